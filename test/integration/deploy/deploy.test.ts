/**
 * `npm run deploy` against a real S3-compatible server (s3rver on 127.0.0.1, started here), with
 * small synthetic sites. Most deploys run in process; the CLI runs as a child process where exit
 * codes, output or a kill matter.
 */
import { PutObjectCommand } from '@aws-sdk/client-s3';
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { MANIFEST_KEY } from '../../../scripts/lib/deploy/manifest.ts';
import type { DeployOptions } from '../../../scripts/lib/deploy/options.ts';
import { cacheControlFor, contentTypeFor, findRule } from '../../../scripts/lib/headers/index.ts';
import { deployIn, runCli as runCliIn, writesTo } from './runs.ts';
import { startS3, type S3Harness } from './s3-harness.ts';
import { missingAssets, SITE_V1, SITE_V2, SITE_V3, writeSite } from './sites.ts';

const TMP = path.resolve('test/.tmp/deploy');
let s3: S3Harness;
let v1: string;
let v2: string;
let v3: string;
let buckets = 0;

beforeAll(async () => {
  s3 = await startS3(TMP);
  v1 = await writeSite(path.join(TMP, 'v1'), SITE_V1);
  v2 = await writeSite(path.join(TMP, 'v2'), SITE_V2);
  v3 = await writeSite(path.join(TMP, 'v3'), SITE_V3);
});

afterAll(() => s3?.close());

beforeEach(() => {
  s3.inject = undefined;
  s3.observe = undefined;
});

async function newBucket(): Promise<string> {
  const name = `site-${++buckets}`;
  await s3.createBucket(name);
  return name;
}

/** Deploys `dir` into `bucket` in this process. */
const deploy = (bucket: string, dir: string, extra: Partial<DeployOptions> = {}) => deployIn(s3, bucket, dir, extra);

/** Runs the command line, handing the child process to `started`. */
const runCli = (args: string[], started?: (child: ChildProcess) => void) => runCliIn(args, started ? { started } : {});

/** Requests that change objects of `bucket` (not the bucket itself). */
const writes = writesTo;

const siteKeys = (files: Record<string, string>) => Object.keys(files).filter((key) => key !== '_headers').sort();

describe('a first deploy', () => {
  test('uploads every file but _headers, with its Content-Type and Cache-Control, and records a manifest', async () => {
    const bucket = await newBucket();
    const { summary } = await deploy(bucket, v1);
    const objects = await s3.snapshot(bucket);
    expect(Object.keys(objects).sort()).toEqual([MANIFEST_KEY, ...siteKeys(SITE_V1)].sort());
    for (const key of siteKeys(SITE_V1)) {
      expect(objects[key], key).toMatchObject({ contentType: contentTypeFor(key), cacheControl: cacheControlFor(key), body: SITE_V1[key] });
    }
    expect(summary).toMatchObject({ uploaded: 13, skipped: 0, deleted: 0, retries: 0 });
  });

  test('uploads assets first, then other files, pages, feeds, and the sitemap index last', async () => {
    const bucket = await newBucket();
    s3.operations.length = 0;
    await deploy(bucket, v1);
    const puts = writes(s3.operations, bucket).filter((op) => op.keys[0] !== MANIFEST_KEY).map((op) => op.keys[0]!);
    const stages = puts.map((key) => findRule(key).stage);
    const order = ['assets', 'other', 'pages', 'feeds', 'sitemap-index'];
    expect(stages).toEqual([...stages].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    expect(puts.at(-1)).toBe('sitemap-index.xml');
  });

  test('keeps to its prefix: objects outside it are neither listed nor deleted', async () => {
    const bucket = await newBucket();
    await s3.client.send(new PutObjectCommand({ Bucket: bucket, Key: 'elsewhere/keep.txt', Body: 'mine' }));
    await deploy(bucket, v1, { prefix: 'explainers/nato/' });
    await deploy(bucket, v2, { prefix: 'explainers/nato/' });
    const keys = Object.keys(await s3.snapshot(bucket));
    expect(keys).toContain('elsewhere/keep.txt');
    expect(keys).toContain('explainers/nato/articles/three/index.html');
    expect(keys.filter((key) => !key.startsWith('explainers/nato/'))).toEqual(['elsewhere/keep.txt']);
  });
});

describe('a re-deploy', () => {
  test('of an unchanged site uploads nothing and writes nothing', async () => {
    const bucket = await newBucket();
    await deploy(bucket, v1);
    s3.operations.length = 0;
    const { summary } = await deploy(bucket, v1);
    expect(summary).toMatchObject({ uploaded: 0, skipped: 13, deleted: 0 });
    expect(writes(s3.operations, bucket)).toEqual([]);
  });

  test('deletes removed pages after every upload, and keeps the previous stylesheet for one more deploy', async () => {
    const bucket = await newBucket();
    await deploy(bucket, v1);
    s3.operations.length = 0;
    const second = await deploy(bucket, v2);
    const ops = writes(s3.operations, bucket).filter((op) => op.keys[0] !== MANIFEST_KEY);
    const lastPut = ops.findLastIndex((op) => op.method === 'PUT');
    const firstDelete = ops.findIndex((op) => op.method === 'DELETE');
    expect(ops[firstDelete]!.keys).toEqual(['articles/two/index.html']);
    expect(firstDelete).toBeGreaterThan(lastPut);
    expect(second.summary).toMatchObject({ deleted: 1, retained: 2 });

    const objects = await s3.snapshot(bucket);
    expect(objects).toHaveProperty(['_astro/Base.v1.css']);
    expect(objects).not.toHaveProperty(['articles/two/index.html']);

    const third = await deploy(bucket, v3);
    expect(third.plan.deletes).toEqual(['_astro/Base.v1.css', 'pagefind/fragment/en_aaa.pf_fragment']);
    expect(third.plan.retained).toEqual(['_astro/Base.v2.css']);
  });
});

describe('--dry-run', () => {
  test('prints the plan and changes nothing', async () => {
    const bucket = await newBucket();
    await deploy(bucket, v1);
    const before = await s3.snapshot(bucket);
    s3.operations.length = 0;
    const { lines, summary } = await deploy(bucket, v2, { dryRun: true });
    expect(writes(s3.operations, bucket)).toEqual([]);
    expect(await s3.snapshot(bucket)).toEqual(before);
    expect(lines).toContain('  delete, last (1):');
    expect(lines).toContain('    articles/two/index.html');
    expect(summary.uploaded).toBe(10);
  });

  test('from the command line, exits 0 and says nothing was changed', async () => {
    const bucket = await newBucket();
    const run = await runCli(['--bucket', bucket, '--endpoint', s3.endpoint, '--dir', v1, '--dry-run']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Dry run for s3:\/\/site-\d+\/ at http:\/\/127\.0\.0\.1:\d+ in [\d.]+ s: would have 13 uploaded/);
    expect(run.stdout).toContain('Nothing was changed.');
    expect(writes(s3.operations, bucket)).toEqual([]);
  });
});

describe('--max-deletes', () => {
  test('refuses a deploy with more deletes before changing anything, and --force allows it', async () => {
    const bucket = await newBucket();
    await deploy(bucket, v1);
    s3.operations.length = 0;
    await expect(deploy(bucket, v2, { maxDeletes: 0 })).rejects.toThrow(
      /would delete 1 object from s3:\/\/site-\d+\/ at http:\S+, more than --max-deletes \(0\)\. Nothing was uploaded or deleted\./,
    );
    expect(writes(s3.operations, bucket)).toEqual([]);
    const { summary } = await deploy(bucket, v2, { maxDeletes: 0, force: true });
    expect(summary.deleted).toBe(1);
  });
});

describe('failures', () => {
  test('retries uploads the store answers with 503 SlowDown, and finishes', async () => {
    const bucket = await newBucket();
    const failedOnce = new Set<string>();
    s3.inject = (op) => {
      const key = op.keys[0];
      if (op.bucket !== bucket || op.method !== 'PUT' || !key || key === MANIFEST_KEY || failedOnce.has(key)) return undefined;
      failedOnce.add(key);
      return 503;
    };
    const { summary } = await deploy(bucket, v1);
    expect(summary).toMatchObject({ uploaded: 13, retries: 13 });
    const objects = await s3.snapshot(bucket);
    expect(siteKeys(SITE_V1).every((key) => objects[key]?.body === SITE_V1[key])).toBe(true);
  });

  test('stops before any page when an asset keeps failing, and says how to finish', async () => {
    const bucket = await newBucket();
    s3.inject = (op) => (op.bucket === bucket && op.method === 'PUT' && op.keys[0] === '_astro/Base.v1.css' ? 500 : undefined);
    await expect(deploy(bucket, v1)).rejects.toThrow(/1 uploads failed in stage assets, after 4 retries in all:\n  _astro\/Base\.v1\.css: /);
    const puts = writes(s3.operations, bucket).map((op) => op.keys[0]!);
    expect(puts.filter((key) => key.endsWith('.html'))).toEqual([]);
  });

  test('from the command line, a bad flag exits 1 with a suggestion', async () => {
    const run = await runCli(['--bucket', 'x', '--max-delete', '3']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("Unknown option '--max-delete'. Did you mean `--max-deletes`?");
  });
});

describe('a deploy killed midway', () => {
  test.each([
    { when: 'while marking its hashed files pending', method: 'PUT', n: 1 },
    { when: 'during the assets', method: 'PUT', n: 3 },
    { when: 'during the pages', method: 'PUT', n: 7 },
    { when: 'during the deletes', method: 'DELETE', n: 1 },
    { when: 'while recording the manifest', method: 'PUT', n: 12 },
  ])('$when, then re-run, ends identical to an uninterrupted deploy', async ({ method, n }) => {
    const [interrupted, reference] = [await newBucket(), await newBucket()];
    await deploy(interrupted, v1);
    await deploy(reference, v1);

    let child: ChildProcess | undefined;
    let seen = 0;
    s3.observe = (op) => {
      if (op.bucket === interrupted && op.method === method && ++seen === n) child?.kill('SIGKILL');
    };
    const args = ['--bucket', interrupted, '--endpoint', s3.endpoint, '--dir', v2, '--concurrency', '1'];
    const run = await runCli(args, (started) => (child = started));
    s3.observe = undefined;
    await s3.settled();
    expect(run.signal).toBe('SIGKILL');
    expect(missingAssets(await s3.snapshot(interrupted))).toEqual([]);

    await deploy(interrupted, v2);
    await deploy(reference, v2);
    expect(await s3.snapshot(interrupted)).toEqual(await s3.snapshot(reference));
  });

  test('and followed by a different site, keeps the assets its live pages load', async () => {
    const bucket = await newBucket();
    await deploy(bucket, v1);
    let child: ChildProcess | undefined;
    let puts = 0;
    // Kill once the first v2 page is being uploaded: from then on v2 pages may be cached at the edge.
    s3.observe = (op) => {
      if (op.bucket === bucket && op.method === 'PUT' && ++puts > 1 && op.keys[0]?.endsWith('.html')) child?.kill('SIGKILL');
    };
    await runCli(['--bucket', bucket, '--endpoint', s3.endpoint, '--dir', v2, '--concurrency', '1'], (started) => (child = started));
    s3.observe = undefined;
    await s3.settled();
    const { plan } = await deploy(bucket, v3);
    expect(plan.retained).toEqual(['_astro/Base.v1.css', '_astro/Base.v2.css', 'pagefind/fragment/en_aaa.pf_fragment']);
  });
});
