import { describe, expect, test } from 'vitest';
import { planDeploy, type LocalFile } from '../../../../src/lib/deploy/plan.ts';
import { checkDeleteLimit, completeManifest, markPending } from '../../../../src/lib/deploy/records.ts';
import type { DeployManifest } from '../../../../src/lib/deploy/manifest.ts';

const local = (keys: string[]): LocalFile[] => keys.map((key) => ({ key, md5: `md5-${key}`, size: 1 }));
const empty: DeployManifest = { version: 1, objects: {}, retained: [], pending: [] };

describe('markPending', () => {
  test.each([
    {
      name: 'adds the hashed files this deploy uploads',
      manifest: { ...empty, pending: ['_astro/old.css'] },
      site: ['index.html', '_astro/new.css'],
      bucket: [],
      pending: ['_astro/old.css', '_astro/new.css'],
    },
    {
      name: 'without a manifest, also every hashed file already in the bucket',
      manifest: undefined,
      site: ['index.html', '_astro/new.css'],
      bucket: ['_astro/unknown.css', 'old/index.html'],
      pending: ['_astro/unknown.css', '_astro/new.css'],
    },
    {
      name: 'writes nothing when no new hashed file is uploaded',
      manifest: empty,
      site: ['index.html'],
      bucket: [],
      pending: undefined,
    },
  ])('$name', ({ manifest, site, bucket, pending }) => {
    const remote = bucket.map((key) => ({ key, etag: 'x' }));
    const plan = planDeploy(local(site), remote, manifest);
    expect(markPending(manifest, plan, remote)?.pending).toEqual(pending);
  });
});

describe('completeManifest', () => {
  test('records each file with the ETag the store returned, and clears pending', () => {
    const plan = planDeploy(local(['index.html']), []);
    expect(completeManifest(plan.uploads, new Map([['index.html', 'e1']]), ['_astro/kept.css'])).toEqual({
      version: 1,
      objects: {
        'index.html': {
          md5: 'md5-index.html',
          etag: 'e1',
          contentType: 'text/html; charset=utf-8',
          cacheControl: 'public, max-age=0, must-revalidate, s-maxage=300',
        },
      },
      retained: ['_astro/kept.css'],
      pending: [],
    });
  });

  test('refuses to record a file without an ETag', () => {
    const plan = planDeploy(local(['index.html']), []);
    expect(() => completeManifest(plan.uploads, new Map(), [])).toThrow('No ETag is known for `index.html`');
  });
});

describe('checkDeleteLimit', () => {
  const plan = planDeploy(local(['index.html']), ['a/index.html', 'b/index.html', 'c/index.html'].map((key) => ({ key, etag: 'x' })));

  test.each([
    { maxDeletes: 3, force: false, refused: false },
    { maxDeletes: 2, force: false, refused: true },
    { maxDeletes: 0, force: true, refused: false },
  ])('3 deletes, --max-deletes $maxDeletes, --force $force: refused $refused', ({ maxDeletes, force, refused }) => {
    expect(checkDeleteLimit(plan, maxDeletes, force, 's3://site/') !== undefined).toBe(refused);
  });

  test('says what would happen, that nothing changed, and how to go ahead', () => {
    expect(checkDeleteLimit(plan, 2, false, 's3://site/')).toMatchInlineSnapshot(`
      "This deploy would delete 3 objects from s3://site/, more than --max-deletes (2). Nothing was changed.
        So many deletes usually mean the wrong bucket or --prefix, or a build that lost pages: check \`--dry-run\` first.
        If they are expected, run again with --max-deletes 3 or --force."
    `);
  });
});
