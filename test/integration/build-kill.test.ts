/**
 * `npm run build` killed at any moment leaves a complete output directory, the previous site or
 * the new one, and the next build recovers. Real builds of a small fixture are stopped at named
 * points (the test-only BACKGROUNDER_TEST_PAUSE hook) with SIGKILL or SIGTERM. The tests run in
 * order: each starts from the state the one before left. What the swap and the recovery do at
 * every other point is tested without builds in test/unit/scripts/lib/build/output-swap.test.ts.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { writeBuildRecord } from '../../scripts/lib/deploy/write-build-record.ts';
import { hashSiteFiles } from '../../scripts/lib/site-files.ts';
import { pauseAnnouncement, type PausePoint } from '../../scripts/lib/build/test-pause.ts';
import { BUILD_RECORD_FILE, compareWithRecord, parseBuildRecord } from '../../scripts/lib/deploy/build-record.ts';
import { DEFAULT_SITE_URL } from '../../src/lib/constants.ts';

const TMP = path.resolve('test/.tmp/build-kill');
const DIST = path.join(TMP, 'dist');
const PREVIOUS = '<!doctype html><title>The previous build</title>';
const NEW_TITLE = 'A Fixture Article About the Widget Accord';

interface BuildRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
}

interface RunningBuild {
  pid: number;
  /** Resolves once the build has announced that it paused at its point. */
  paused: Promise<void>;
  kill(signal: NodeJS.Signals): void;
  done: Promise<BuildRun>;
}

/** Starts `scripts/build.ts` on `content`, into TMP/dist, pausing at `point` for `pauseMs`. */
function startBuild(content: string, point?: PausePoint, pauseMs = 60_000): RunningBuild {
  const env = {
    ...process.env,
    BACKGROUNDER_CONTENT_DIR: content,
    BACKGROUNDER_OUT_DIR: DIST,
    BACKGROUNDER_CACHE_DIR: path.join(TMP, 'cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
    ...(point ? { BACKGROUNDER_TEST_PAUSE: point, BACKGROUNDER_TEST_PAUSE_MS: String(pauseMs) } : {}),
  };
  const child = spawn(process.execPath, ['scripts/build.ts'], { env });
  let output = '';
  let announced: () => void;
  const paused = new Promise<void>((resolve) => (announced = resolve));
  const collect = (chunk: Buffer) => {
    output += chunk;
    if (point && output.includes(pauseAnnouncement(point))) announced();
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const done = new Promise<BuildRun>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, output })));
  return { pid: child.pid!, paused, kill: (signal) => child.kill(signal), done };
}

/** Whether `dir` holds every file its build record lists, with the same bytes, and nothing else. */
async function isComplete(dir: string): Promise<boolean> {
  const record = parseBuildRecord(await readFile(path.join(dir, BUILD_RECORD_FILE), 'utf8'));
  return compareWithRecord(record, await hashSiteFiles(dir, 'sha256')) === undefined;
}

const indexOf = (dir: string) => readFile(path.join(dir, 'index.html'), 'utf8');

/** Work directories builds left beside the output. */
const leftovers = async () => (await readdir(TMP)).filter((name) => name.startsWith('.dist-')).sort();

beforeAll(async () => {
  await rm(TMP, { recursive: true, force: true });
  // The previous site: one page and its build record, so "complete" can be checked.
  await mkdir(DIST, { recursive: true });
  await writeFile(path.join(DIST, 'index.html'), PREVIOUS);
  await writeBuildRecord(DIST, { commit: null, dirty: false, site: DEFAULT_SITE_URL });
});

describe('a build killed', () => {
  let killedPid = 0;

  test('with SIGKILL between the two renames of its swap leaves the previous site, complete, beside the missing output', async () => {
    const build = startBuild('test/fixtures/minimal', 'between-renames');
    await build.paused;
    build.kill('SIGKILL');
    expect((await build.done).signal).toBe('SIGKILL');
    killedPid = build.pid;
    expect(existsSync(DIST)).toBe(false);
    expect(await leftovers()).toEqual([`.dist-build-${killedPid}`, `.dist-old-${killedPid}`]);
    const old = path.join(TMP, `.dist-old-${killedPid}`);
    expect(await indexOf(old)).toBe(PREVIOUS);
    expect(await isComplete(old)).toBe(true);
  });

  test('is recovered by the next build, which restores the previous site first; SIGTERM then stops it and leaves that site', async () => {
    // SIGTERM is handled when the pause ends, as it would be between two steps.
    const build = startBuild('test/fixtures/minimal', 'pages-built', 4000);
    await build.paused;
    expect(await indexOf(DIST)).toBe(PREVIOUS);
    build.kill('SIGTERM');
    const run = await build.done;
    expect(run.code).toBe(143);
    expect(run.output).toContain(`Recovered test/.tmp/build-kill/dist/ from .dist-old-${killedPid}: a build was stopped while swapping it in.`);
    expect(run.output).toContain('The build was stopped (SIGTERM). test/.tmp/build-kill/dist/ holds a complete site');
    expect(run.output).not.toContain('The build failed');
    expect(await indexOf(DIST)).toBe(PREVIOUS);
    expect(await isComplete(DIST)).toBe(true);
    expect(await leftovers()).toEqual([]);
  });

  test('with SIGTERM during its swap finishes the swap first: the new site, complete, and nothing left over', async () => {
    const build = startBuild('test/fixtures/minimal', 'between-renames', 4000);
    await build.paused;
    build.kill('SIGTERM');
    const run = await build.done;
    expect(run.code).toBe(143);
    expect(await indexOf(DIST)).toContain(NEW_TITLE);
    expect(await isComplete(DIST)).toBe(true);
    expect(await leftovers()).toEqual([]);
  });
});
