import { describe, expect, test } from 'vitest';
import { buildChanged, checkDeleteLimits, checkLineage, notABuild, wrongSite } from '../../../../../scripts/lib/deploy/refusals.ts';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const deletes = (n: number) => ({ deletes: Array.from({ length: n }, (_, i) => `page-${i}/index.html`) });
const limits = { maxDeletes: 256, maxDeleteShare: 20, force: false };

describe('checkDeleteLimits', () => {
  test.each([
    { name: 'within both limits', n: 20, live: 100, set: {}, refused: false },
    { name: 'more than --max-deletes', n: 11, live: 1000, set: { maxDeletes: 10 }, refused: true },
    { name: 'more than the share of live objects', n: 21, live: 100, set: {}, refused: true },
    { name: 'exactly the share', n: 20, live: 100, set: {}, refused: false },
    { name: 'a raised share', n: 21, live: 100, set: { maxDeleteShare: 25 }, refused: false },
    { name: '--force, over both', n: 300, live: 300, set: { force: true }, refused: false },
    { name: 'no deletes at all, with a share of 0', n: 0, live: 10, set: { maxDeleteShare: 0 }, refused: false },
  ])('$name: refused $refused', ({ n, live, set, refused }) => {
    expect(checkDeleteLimits(deletes(n), live, { ...limits, ...set }, 's3://site/') !== undefined).toBe(refused);
  });

  test('over --max-deletes: says what, that nothing changed, and which flags go ahead', () => {
    expect(checkDeleteLimits(deletes(3), 10, { ...limits, maxDeletes: 2 }, 's3://site/')).toMatchInlineSnapshot(`
      "This deploy would delete 3 objects from s3://site/, more than --max-deletes (2). Nothing was uploaded or deleted.
        So many deletes usually mean the wrong bucket or --prefix, or a build that lost pages: check with --dry-run.
        If they are expected, run again with --max-deletes 3, or with --force."
    `);
  });

  test('over the share: gives the share and the flag value that would pass', () => {
    expect(checkDeleteLimits(deletes(30), 120, limits, 's3://site/')).toMatchInlineSnapshot(`
      "This deploy would delete 30 of the 120 objects in s3://site/ (25%), more than --max-delete-share (20%). Nothing was uploaded or deleted.
        Deletes on that scale usually mean the wrong bucket or --prefix, or a build that lost pages: check with --dry-run.
        If they are expected, run again with --max-delete-share 25, or with --force."
    `);
  });
});

describe('the source folder', () => {
  test('without a build record', () => {
    expect(notABuild('dist')).toMatchInlineSnapshot(`
      "dist/ is not a complete build of this site: it has no _build-record.json, the file \`npm run build\` writes last. Nothing was uploaded or deleted.
        Run \`npm run build\` and deploy the folder it makes. No flag overrides this: the deploy publishes only complete, untouched builds."
    `);
  });

  test('with a record that cannot be read', () => {
    expect(notABuild('dist', '_build-record.json is not valid JSON.')).toMatchInlineSnapshot(`
      "dist/ is not a complete build of this site: _build-record.json is not valid JSON. Nothing was uploaded or deleted.
        Run \`npm run build\` and deploy the folder it makes. No flag overrides this: the deploy publishes only complete, untouched builds."
    `);
  });

  test('that lost, changed and gained files', () => {
    const mismatch = { missing: ['a.html', 'b.html', 'c.html', 'd.html'], changed: ['rss.xml'], added: ['notes.txt', 'x.txt'] };
    expect(buildChanged('dist', mismatch)).toMatchInlineSnapshot(`
      "dist/ does not match the build that made it: 4 files are missing (\`a.html\`, \`b.html\`, \`c.html\` and 1 more), 1 file changed since the build (\`rss.xml\`), 2 files were added after the build (\`notes.txt\`, \`x.txt\`). Nothing was uploaded or deleted.
        Run \`npm run build\` and deploy the folder it makes. No flag overrides this: the deploy publishes only complete, untouched builds."
    `);
  });

  test('built for another site', () => {
    expect(wrongSite('dist', 'https://backgrounder.example.org', 'https://explainers.example.com')).toMatchInlineSnapshot(`
      "dist/ was built for https://backgrounder.example.org, but SITE_URL here is https://explainers.example.com: its canonical links, share cards and sitemap would point at the wrong site. Nothing was uploaded or deleted.
        Build again with SITE_URL=https://explainers.example.com, or leave SITE_URL unset for this deploy if https://backgrounder.example.org is right. No flag overrides this."
    `);
  });
});

describe('checkLineage', () => {
  test.each([
    { name: 'a first recorded deploy', live: undefined, build: A, ancestry: undefined, refused: false },
    { name: 'the same commit again', live: A, build: A, ancestry: undefined, refused: false },
    { name: 'a descendant', live: A, build: B, ancestry: 'descendant', refused: false },
    { name: 'not a descendant', live: A, build: B, ancestry: 'not-descendant', refused: true },
    { name: 'a live commit this checkout lacks', live: A, build: B, ancestry: 'unknown', refused: true },
    { name: 'a build without a commit', live: A, build: null, ancestry: undefined, refused: true },
    { name: 'a build without a commit, onto a bucket without one', live: undefined, build: null, ancestry: undefined, refused: false },
  ] as const)('$name: refused $refused, and --allow-rollback lets it through', ({ live, build, ancestry, refused }) => {
    const lineage = { live, build, ...(ancestry ? { ancestry } : {}) };
    expect(checkLineage(lineage, false, 's3://site/').refusal !== undefined).toBe(refused);
    expect(checkLineage(lineage, true, 's3://site/').refusal).toBeUndefined();
  });

  test('refuses a build that does not descend from the live commit, naming both and the flag', () => {
    expect(checkLineage({ live: A, build: B, ancestry: 'not-descendant' }, false, 's3://site/').refusal).toMatchInlineSnapshot(`
      "The live site in s3://site/ was built from commit aaaaaaaaaaaa, and this build (bbbbbbbbbbbb) does not descend from it: publishing it would replace newer or unrelated work. Nothing was uploaded or deleted.
        To roll back on purpose, run again with --allow-rollback. Otherwise build a commit that contains aaaaaaaaaaaa, such as the latest main."
    `);
  });

  test('refuses when the checkout lacks the live commit, and says how to fetch it', () => {
    expect(checkLineage({ live: A, build: B, ancestry: 'unknown' }, false, 's3://site/').refusal).toMatchInlineSnapshot(`
      "The live site in s3://site/ was built from commit aaaaaaaaaaaa, which this checkout does not have, so the deploy cannot tell whether bbbbbbbbbbbb is newer. Nothing was uploaded or deleted.
        Fetch the whole history (\`git fetch --unshallow\`, or \`fetch-depth: 0\` in CI) and run again; to replace the live site anyway, run again with --allow-rollback."
    `);
  });

  test('refuses a build that records no commit', () => {
    expect(checkLineage({ live: A, build: null }, false, 's3://site/').refusal).toMatchInlineSnapshot(`
      "This build records no commit (it was made outside a git checkout), so the deploy cannot tell whether it is newer than the live site in s3://site/, built from aaaaaaaaaaaa. Nothing was uploaded or deleted.
        Build from a git checkout, or run again with --allow-rollback to replace the live site anyway."
    `);
  });

  test('notes what it compared when it lets a deploy through', () => {
    expect([
      checkLineage({ live: undefined, build: A }, false, 's3://site/').note,
      checkLineage({ live: A, build: A }, false, 's3://site/').note,
      checkLineage({ live: A, build: B, ancestry: 'descendant' }, false, 's3://site/').note,
      checkLineage({ live: B, build: A, ancestry: 'not-descendant' }, true, 's3://site/').note,
    ]).toMatchInlineSnapshot(`
      [
        "This build: aaaaaaaaaaaa. s3://site/ records no commit for its live site, so there is nothing to compare.",
        "This build and the live site: aaaaaaaaaaaa.",
        "This build (bbbbbbbbbbbb) descends from the live site's commit (aaaaaaaaaaaa).",
        "--allow-rollback: replacing the live site (bbbbbbbbbbbb) with aaaaaaaaaaaa, which does not descend from it.",
      ]
    `);
  });
});
