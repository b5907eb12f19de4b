/**
 * The deploy's refusals against a real S3-compatible server (s3rver, started here): a folder that
 * is not a complete, untouched build of this site; deletes over --max-deletes or --max-delete-share;
 * a build that does not descend from the live site's commit (in a real git repository). Each
 * refusal changes nothing in the bucket, and each has its flag (where one exists).
 */
import { appendFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { ancestryOf } from '../../../scripts/lib/git.ts';
import { BUILD_RECORD_FILE, type BuildOrigin } from '../../../scripts/lib/deploy/build-record.ts';
import { MANIFEST_KEY, parseManifest } from '../../../scripts/lib/deploy/manifest.ts';
import type { DeployOptions } from '../../../scripts/lib/deploy/options.ts';
import { createRepo, type TestRepo } from './git-repo.ts';
import { deployIn, runCli, writesTo } from './runs.ts';
import { startS3, type S3Harness } from './s3-harness.ts';
import { SITE_V1, SITE_V2, SITE_V3, UNVERSIONED, writeSite } from './sites.ts';

const TMP = path.resolve('test/.tmp/deploy-safety');
let s3: S3Harness;
let repo: TestRepo;
/** A → B on main, and C, a sibling of B. */
const commits = { A: '', B: '', C: '' };
let buckets = 0;

beforeAll(async () => {
  s3 = await startS3(TMP);
  repo = await createRepo(path.join(TMP, 'repo'));
  commits.A = await repo.commit('A');
  commits.B = await repo.commit('B');
  commits.C = await repo.commit('C', commits.A);
});

afterAll(() => s3?.close());

beforeEach(() => {
  s3.inject = undefined;
  s3.observe = undefined;
});

async function newBucket(): Promise<string> {
  const name = `safe-${++buckets}`;
  await s3.createBucket(name);
  return name;
}

let sites = 0;
/** A synthetic build of `files`, made at `commit`. */
function site(files: Record<string, string>, origin: Partial<BuildOrigin> = {}): Promise<string> {
  return writeSite(path.join(TMP, `site-${++sites}`), files, { ...UNVERSIONED, ...origin });
}

/** Deploys in this process, asking git in the test repository. */
const deploy = (bucket: string, dir: string, extra: Partial<DeployOptions> = {}) =>
  deployIn(s3, bucket, dir, extra, (ancestor, commit) => ancestryOf(repo.dir, ancestor, commit));

/** Everything the bucket saw, from now on. */
function record(bucket: string): () => string[] {
  const from = s3.operations.length;
  return () => s3.operations.slice(from).filter((op) => op.bucket === bucket).map((op) => `${op.method} ${op.keys.join(',')}`);
}

async function liveCommit(bucket: string): Promise<string | undefined> {
  const objects = await s3.snapshot(bucket);
  return parseManifest(objects[MANIFEST_KEY]!.body).commit;
}

describe('a folder that is not a complete, untouched build', () => {
  test.each([
    { name: 'without a build record', change: (dir: string) => rm(path.join(dir, BUILD_RECORD_FILE)), message: /is not a complete build of this site: it has no _build-record\.json/ },
    { name: 'with an unreadable build record', change: (dir: string) => writeFile(path.join(dir, BUILD_RECORD_FILE), '{'), message: /is not a complete build of this site: _build-record\.json is not valid JSON\./ },
    { name: 'that lost a file', change: (dir: string) => rm(path.join(dir, '_astro/Base.v1.css')), message: /1 file is missing \(`_astro\/Base\.v1\.css`\)/ },
    { name: 'with a file changed since', change: (dir: string) => appendFile(path.join(dir, 'index.html'), '<!-- edited -->'), message: /1 file changed since the build \(`index\.html`\)/ },
    { name: 'with a file added since', change: (dir: string) => writeFile(path.join(dir, 'notes.txt'), 'todo'), message: /1 file was added after the build \(`notes\.txt`\)/ },
  ])('$name is refused before the bucket is touched', async ({ change, message }) => {
    const bucket = await newBucket();
    const dir = await site(SITE_V1);
    await change(dir);
    const seen = record(bucket);
    await expect(deploy(bucket, dir)).rejects.toThrow(message);
    expect(seen()).toEqual([]);
  });

  test('built for another site URL than SITE_URL is refused; built for it, it deploys', async () => {
    const bucket = await newBucket();
    const dir = await site(SITE_V1, { site: 'https://staging.example.org' });
    const seen = record(bucket);
    await expect(deploy(bucket, dir, { siteUrl: 'https://explainers.example.org' })).rejects.toThrow(
      /was built for https:\/\/staging\.example\.org, but SITE_URL here is https:\/\/explainers\.example\.org/,
    );
    expect(seen()).toEqual([]);
    const { summary } = await deploy(bucket, dir, { siteUrl: 'https://staging.example.org' });
    expect(summary.uploaded).toBe(13);
  });
});

describe('--max-delete-share', () => {
  // Keeps 5 of version 1's 13 files: 7 deletes (the search chunk is kept one more deploy), 54% of the live objects.
  const SHRUNK = Object.fromEntries(Object.entries(SITE_V1).filter(([key]) => /^(index\.html|404\.html|_astro|favicon|robots)/.test(key)));

  test('refuses to delete more than 20% of the live objects by default, before changing anything', async () => {
    const bucket = await newBucket();
    await deploy(bucket, await site(SITE_V1));
    const seen = record(bucket);
    await expect(deploy(bucket, await site(SHRUNK))).rejects.toThrow(
      /would delete 7 of the 13 objects in s3:\/\/safe-\d+\/ at \S+ \(53\.8%\), more than --max-delete-share \(20%\)\. Nothing was uploaded or deleted\.\n.*\n {2}If they are expected, run again with --max-delete-share 54, or with --force\./,
    );
    expect(seen().filter((op) => !op.startsWith('GET') && !op.startsWith('HEAD'))).toEqual([]);
  });

  test.each([
    { name: 'a raised share', extra: { maxDeleteShare: 54 } },
    { name: '--force', extra: { force: true } },
  ])('goes ahead with $name', async ({ extra }) => {
    const bucket = await newBucket();
    await deploy(bucket, await site(SITE_V1));
    const { summary } = await deploy(bucket, await site(SHRUNK), extra);
    expect(summary.deleted).toBe(7);
  });

  test('a dry run prints the whole plan, then refuses', async () => {
    const bucket = await newBucket();
    await deploy(bucket, await site(SITE_V1));
    const error = (await deploy(bucket, await site(SHRUNK), { dryRun: true }).catch((thrown: unknown) => thrown)) as Error & { lines: string[] };
    expect(error.message).toMatch(/more than --max-delete-share/);
    expect(error.lines).toContain('  delete, last (7):');
  });
});

describe("the live site's commit", () => {
  test('is recorded in the manifest, and a descendant replaces it', async () => {
    const bucket = await newBucket();
    await deploy(bucket, await site(SITE_V1, { commit: commits.A }));
    expect(await liveCommit(bucket)).toBe(commits.A);
    const { lines } = await deploy(bucket, await site(SITE_V2, { commit: commits.B }));
    expect(lines).toContain(`This build (${commits.B.slice(0, 12)}) descends from the live site's commit (${commits.A.slice(0, 12)}).`);
    expect(await liveCommit(bucket)).toBe(commits.B);
  });

  test.each([
    { name: 'an older commit', build: () => commits.A, message: /does not descend from it/ },
    { name: 'a sibling commit', build: () => commits.C, message: /does not descend from it/ },
    { name: 'a build without a commit', build: () => null, message: /This build records no commit/ },
  ])('refuses $name before changing anything; --allow-rollback replaces it', async ({ build, message }) => {
    const bucket = await newBucket();
    await deploy(bucket, await site(SITE_V2, { commit: commits.B }));
    const older = await site(SITE_V3, { commit: build() });
    const seen = record(bucket);
    await expect(deploy(bucket, older)).rejects.toThrow(message);
    expect(seen().filter((op) => !op.startsWith('GET') && !op.startsWith('HEAD'))).toEqual([]);
    const { lines } = await deploy(bucket, older, { allowRollback: true });
    expect(lines.some((line) => line.startsWith('--allow-rollback: replacing the live site'))).toBe(true);
    expect(await liveCommit(bucket)).toBe(build() ?? undefined);
  });

  test('refuses when the checkout does not have the live commit, and says to fetch it', async () => {
    const bucket = await newBucket();
    const unknown = 'f'.repeat(40);
    await deploy(bucket, await site(SITE_V1, { commit: unknown }));
    await expect(deploy(bucket, await site(SITE_V2, { commit: commits.B }))).rejects.toThrow(/which this checkout does not have[\s\S]*git fetch --unshallow/);
  });

  test("of a deploy killed after its first upload counts: the older build is refused afterwards", async () => {
    const bucket = await newBucket();
    await deploy(bucket, await site(SITE_V1, { commit: commits.A }));
    const newer = await site(SITE_V2, { commit: commits.B });
    let child: ChildProcess | undefined;
    let puts = 0;
    s3.observe = (op) => {
      if (op.bucket === bucket && op.method === 'PUT' && op.keys[0] !== MANIFEST_KEY && ++puts === 2) child?.kill('SIGKILL');
    };
    const args = ['--bucket', bucket, '--endpoint', s3.endpoint, '--dir', newer, '--concurrency', '1'];
    const run = await runCli(args, { cwd: repo.dir, started: (started) => (child = started) });
    s3.observe = undefined;
    await s3.settled();
    expect(run.signal).toBe('SIGKILL');
    expect(await liveCommit(bucket)).toBe(commits.B);
    await expect(deploy(bucket, await site(SITE_V1, { commit: commits.A }))).rejects.toThrow(/does not descend from it/);
  });
});

describe('from the command line', () => {
  test('a refusal exits 1, prints what, why and the flag, and changes nothing', async () => {
    const bucket = await newBucket();
    await deploy(bucket, await site(SITE_V2, { commit: commits.B }));
    const older = await site(SITE_V3, { commit: commits.A });
    const seen = record(bucket);
    const run = await runCli(['--bucket', bucket, '--endpoint', s3.endpoint, '--dir', older], { cwd: repo.dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`The deploy stopped. The live site in s3://${bucket}/ at ${s3.endpoint} was built from commit ${commits.B.slice(0, 12)}`);
    expect(run.stderr).toContain('To roll back on purpose, run again with --allow-rollback.');
    expect(seen().filter((op) => !op.startsWith('GET') && !op.startsWith('HEAD'))).toEqual([]);
    const rollback = await runCli(['--bucket', bucket, '--endpoint', s3.endpoint, '--dir', older, '--allow-rollback'], { cwd: repo.dir });
    expect(rollback.code).toBe(0);
    expect(writesTo(s3.operations, bucket).length).toBeGreaterThan(0);
  });
});
