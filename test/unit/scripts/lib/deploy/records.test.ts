import { describe, expect, test } from 'vitest';
import { planDeploy, type LocalFile } from '../../../../../scripts/lib/deploy/plan.ts';
import { completeManifest, markPending } from '../../../../../scripts/lib/deploy/records.ts';
import type { DeployManifest } from '../../../../../scripts/lib/deploy/manifest.ts';

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

  test.each([
    { name: 'records a new commit before anything uploads', recorded: 'a', commit: 'b', site: ['index.html'], written: 'b' },
    { name: 'writes nothing for the commit already recorded', recorded: 'b', commit: 'b', site: ['index.html'], written: undefined },
    { name: 'writes nothing when nothing uploads: the completed manifest records it', recorded: 'a', commit: 'b', site: [], written: undefined },
  ])('$name', ({ recorded, commit, site, written }) => {
    const manifest = { ...empty, commit: recorded };
    const plan = planDeploy(local(site), [], manifest);
    expect(markPending(manifest, plan, [], commit)?.commit).toBe(written);
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

  test('records the commit the site was built from', () => {
    const plan = planDeploy(local(['index.html']), []);
    expect(completeManifest(plan.uploads, new Map([['index.html', 'e1']]), [], 'c0ffee').commit).toBe('c0ffee');
  });

  test('refuses to record a file without an ETag', () => {
    const plan = planDeploy(local(['index.html']), []);
    expect(() => completeManifest(plan.uploads, new Map(), [])).toThrow('No ETag is known for `index.html`');
  });
});
