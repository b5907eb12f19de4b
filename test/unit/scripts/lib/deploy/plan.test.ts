import { describe, expect, test } from 'vitest';
import type { DeployManifest } from '../../../../../scripts/lib/deploy/manifest.ts';
import {
  describeLocalFile,
  groupByStage,
  normaliseEtag,
  planDeploy,
  settleUnverified,
  type LocalFile,
  type RemoteObject,
} from '../../../../../scripts/lib/deploy/plan.ts';

const SITE = ['sitemap-index.xml', 'index.html', '_astro/a.1.css', 'robots.txt', 'sitemap-0.xml', 'articles/x/index.html', 'og/x.png', '_headers'];

const local = (keys: string[], md5 = (key: string) => `md5-${key}`): LocalFile[] => keys.map((key) => ({ key, md5: md5(key), size: 10 }));
const remote = (keys: string[], etag = (key: string) => `"md5-${key}"`): RemoteObject[] => keys.map((key) => ({ key, etag: etag(key) }));

/** The manifest a completed deploy of `keys` leaves behind. */
function manifestOf(keys: string[], extra: Partial<DeployManifest> = {}): DeployManifest {
  const objects = Object.fromEntries(
    keys.map((key) => {
      const { contentType, cacheControl } = describeLocalFile({ key, md5: `md5-${key}`, size: 10 });
      return [key, { md5: `md5-${key}`, etag: `md5-${key}`, contentType, cacheControl }];
    }),
  );
  return { version: 1, objects, retained: [], pending: [], ...extra };
}

const uploaded = (plan: ReturnType<typeof planDeploy>) => plan.uploads.map((upload) => `${upload.key} (${upload.reason})`);

describe('planDeploy: what to upload', () => {
  test('a first deploy uploads every file but _headers: assets, then other files, pages, feeds, the sitemap index', () => {
    const plan = planDeploy(local(SITE), []);
    expect(uploaded(plan)).toEqual([
      '_astro/a.1.css (new)',
      'og/x.png (new)',
      'robots.txt (new)',
      'articles/x/index.html (new)',
      'index.html (new)',
      'sitemap-0.xml (new)',
      'sitemap-index.xml (new)',
    ]);
    expect(groupByStage(plan.uploads).map(([stage]) => stage)).toEqual(['assets', 'other', 'pages', 'feeds', 'sitemap-index']);
  });

  test.each([
    {
      name: 'an unchanged site uploads nothing',
      remote: remote(['index.html', 'robots.txt']),
      manifest: manifestOf(['index.html', 'robots.txt']),
      uploads: [],
      unverified: [],
    },
    {
      name: 'changed bytes are uploaded',
      remote: remote(['index.html', 'robots.txt'], (key) => (key === 'index.html' ? '"old"' : `"md5-${key}"`)),
      manifest: manifestOf(['index.html', 'robots.txt']),
      uploads: ['index.html (changed)'],
      unverified: [],
    },
    {
      name: 'same bytes with a new Cache-Control rule are uploaded again',
      remote: remote(['index.html', 'robots.txt']),
      manifest: (() => {
        const manifest = manifestOf(['index.html', 'robots.txt']);
        manifest.objects['robots.txt']!.cacheControl = 'public, max-age=60';
        return manifest;
      })(),
      uploads: ['robots.txt (headers changed)'],
      unverified: [],
    },
    {
      name: 'same bytes that no finished deploy recorded are checked with HEAD',
      remote: remote(['index.html', 'robots.txt']),
      manifest: undefined,
      uploads: [],
      unverified: ['index.html', 'robots.txt'],
    },
    {
      name: 'a recorded non-MD5 ETag (SSE-KMS, multipart) counts as the same bytes',
      remote: remote(['index.html', 'robots.txt'], (key) => `"kms-${key}-2"`),
      manifest: (() => {
        const manifest = manifestOf(['index.html', 'robots.txt']);
        for (const object of Object.values(manifest.objects)) object.etag = object.etag.replace('md5-', 'kms-') + '-2';
        return manifest;
      })(),
      uploads: [],
      unverified: [],
    },
  ])('$name', ({ remote: objects, manifest, uploads, unverified }) => {
    const plan = planDeploy(local(['index.html', 'robots.txt']), objects, manifest);
    expect(uploaded(plan)).toEqual(uploads);
    expect(plan.unverified.map((file) => file.key)).toEqual(unverified);
  });

  test('refuses a site that contains the manifest’s own name', () => {
    expect(() => planDeploy(local(['index.html', '.deploy-manifest.json']), [])).toThrow(
      'The site contains `.deploy-manifest.json`, the name the deploy keeps for its own records. Rename that file.',
    );
  });
});

describe('planDeploy: what to delete and what to keep', () => {
  const current = ['index.html', '_astro/new.css'];

  test.each([
    {
      name: 'a removed page is deleted; the previous deploy’s hashed files are kept once',
      bucket: [...current, 'old/index.html', '_astro/previous.css', '_astro/two-deploys-ago.css'],
      manifest: manifestOf(['index.html', 'old/index.html', '_astro/previous.css'], { retained: ['_astro/two-deploys-ago.css'] }),
      deletes: ['_astro/two-deploys-ago.css', 'old/index.html'],
      retained: ['_astro/previous.css'],
    },
    {
      name: 'hashed files of a deploy that never finished are kept',
      bucket: [...current, '_astro/previous.css', '_astro/unfinished.css'],
      manifest: manifestOf(['index.html', '_astro/previous.css'], { pending: ['_astro/unfinished.css'] }),
      deletes: [],
      retained: ['_astro/previous.css', '_astro/unfinished.css'],
    },
    {
      name: 'without a manifest every hashed file stays this once, and other leftovers go',
      bucket: [...current, '_astro/unknown.css', 'pagefind/fragment/en_1.pf_fragment', 'stale/index.html'],
      manifest: undefined,
      deletes: ['stale/index.html'],
      retained: ['_astro/unknown.css', 'pagefind/fragment/en_1.pf_fragment'],
    },
    {
      name: 'the manifest itself is never deleted',
      bucket: [...current, '.deploy-manifest.json'],
      manifest: manifestOf(current),
      deletes: [],
      retained: [],
    },
  ])('$name', ({ bucket, manifest, deletes, retained }) => {
    const plan = planDeploy(local(current), remote(bucket), manifest);
    expect(plan.deletes).toEqual(deletes);
    expect(plan.retained).toEqual(retained);
  });

  test('re-running a completed deploy keeps what that deploy kept', () => {
    const manifest = manifestOf(current, { retained: ['_astro/previous.css'] });
    const plan = planDeploy(local(current), remote([...current, '_astro/previous.css']), manifest);
    expect(plan).toMatchObject({ uploads: [], deletes: [], retained: ['_astro/previous.css'] });
  });

  test('a deploy that changes something lets the previous grace period end', () => {
    const manifest = manifestOf(current, { retained: ['_astro/previous.css'] });
    const plan = planDeploy(local(current, (key) => `new-${key}`), remote([...current, '_astro/previous.css']), manifest);
    expect(plan.deletes).toEqual(['_astro/previous.css']);
  });
});

describe('settleUnverified', () => {
  test('keeps files whose headers are right and uploads the others, in stage order', () => {
    const plan = planDeploy(local(['index.html', '_astro/a.css', 'robots.txt']), remote(['index.html', '_astro/a.css', 'robots.txt']));
    const right = (key: string) => describeLocalFile({ key, md5: '', size: 0 });
    const settled = settleUnverified(
      plan,
      new Map([
        ['index.html', { contentType: 'text/html', cacheControl: right('index.html').cacheControl }],
        ['_astro/a.css', { contentType: right('_astro/a.css').contentType, cacheControl: 'no-cache' }],
        ['robots.txt', { contentType: right('robots.txt').contentType, cacheControl: right('robots.txt').cacheControl }],
      ]),
    );
    expect(uploaded(settled)).toEqual(['_astro/a.css (headers changed)', 'index.html (headers changed)']);
    expect(settled.unchanged.map((file) => file.key)).toEqual(['robots.txt']);
    expect(settled.unverified).toEqual([]);
  });
});

describe('normaliseEtag', () => {
  test.each([
    ['"abc"', 'abc'],
    ['W/"abc"', 'abc'],
    ['abc', 'abc'],
  ])('%s → %s', (etag, expected) => {
    expect(normaliseEtag(etag)).toBe(expected);
  });
});
