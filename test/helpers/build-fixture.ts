/**
 * The one way tests build a site: with Astro alone (`astroBuild`, `buildFixture`), as `astro build`
 * or `npm run dev` would, or with `npm run build`'s script in a child process (`runBuildScript`).
 * Each build gets its own output and caches, and neither leaves anything in process.env.
 */
import { execFile } from 'node:child_process';
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { build } from 'astro';

/**
 * What Vitest adds to process.env (it backs import.meta.env with it). Astro reads import.meta.env.*
 * from process.env while it builds, so a build that saw them would think it ran in development.
 */
const VITEST_ENV = ['BASE_URL', 'DEV', 'MODE', 'NODE_ENV', 'PROD', 'SSR'];

/** The environment `npm run build` has in a shell: the process's own, without Vitest's additions, plus `extra`. */
export function shellEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  for (const key of VITEST_ENV) delete env[key];
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

/** Runs `run` with process.env set to `env`, then restores every variable as it was. */
export async function withEnv<T>(env: NodeJS.ProcessEnv, run: () => Promise<T>): Promise<T> {
  const saved = { ...process.env };
  const replace = (values: NodeJS.ProcessEnv) => {
    for (const key of Object.keys(process.env)) if (!(key in values)) delete process.env[key];
    Object.assign(process.env, values);
  };
  replace(env);
  try {
    return await run();
  } finally {
    replace(saved);
  }
}

export interface AstroBuildOptions {
  /** The content root (BACKGROUNDER_CONTENT_DIR). */
  content: string;
  outDir: string;
  cacheDir: string;
  /** SITE_URL; the documented default when absent. */
  siteUrl?: string;
  logLevel?: 'error' | 'silent';
}

/** Builds `content` with Astro's programmatic build, as a bare `astro build` would: no validation first, no cards. */
export async function astroBuild({ content, outDir, cacheDir, siteUrl, logLevel = 'error' }: AstroBuildOptions): Promise<void> {
  const env = shellEnv({ BACKGROUNDER_CONTENT_DIR: content, SITE_URL: siteUrl });
  await withEnv(env, () => build({ root: process.cwd(), outDir, cacheDir, logLevel }));
}

export interface FixtureBuild {
  outDir: string;
  /** The text of a built file, by its path inside the output (`timeline/index.html`). */
  read(file: string): Promise<string>;
  cleanup(): Promise<void>;
}

/** Builds `test/fixtures/<name>` with Astro into its own directory under test/.tmp, with `siteUrl` as SITE_URL. */
export async function buildFixture(name: string, siteUrl = 'https://fixture.example'): Promise<FixtureBuild> {
  const root = process.cwd();
  const workDir = path.join(root, 'test/.tmp', `${name}-${process.pid}-${Date.now()}`);
  const outDir = path.join(workDir, 'dist');
  await mkdir(workDir, { recursive: true });
  await astroBuild({ content: path.join(root, 'test/fixtures', name), outDir, cacheDir: path.join(workDir, 'cache'), siteUrl });
  return {
    outDir,
    read: (file) => readFile(path.join(outDir, file), 'utf8'),
    cleanup: () => rm(workDir, { recursive: true, force: true }),
  };
}

export interface ScriptBuild {
  /** The exit status: 0 for a finished build. */
  code: number;
  stdout: string;
  stderr: string;
  /** stdout, then stderr. */
  output: string;
}

const run = promisify(execFile);

/** Runs `scripts/build.ts` as `npm run build` does, on `content`, into `<dir>/dist` with its caches in `<dir>/cache`. */
export async function runBuildScript(content: string, dir: string, extraEnv: Record<string, string | undefined> = {}): Promise<ScriptBuild> {
  const env = shellEnv({ BACKGROUNDER_CONTENT_DIR: content, BACKGROUNDER_OUT_DIR: path.join(dir, 'dist'), BACKGROUNDER_CACHE_DIR: path.join(dir, 'cache'), ...extraEnv });
  try {
    const { stdout, stderr } = await run(process.execPath, ['scripts/build.ts'], { env, maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, stdout, stderr, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr, output: failed.stdout + failed.stderr };
  }
}
