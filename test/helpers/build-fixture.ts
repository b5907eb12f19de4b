/**
 * Builds a fixture content set with Astro's programmatic build into its own directory under
 * test/.tmp, so integration tests never touch dist/ and parallel builds never share a cache.
 */
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'astro';

export interface FixtureBuild {
  outDir: string;
  /** The text of a built file, by its path inside the output (`timeline/index.html`). */
  read(file: string): Promise<string>;
  cleanup(): Promise<void>;
}

/** Builds `test/fixtures/<name>` as the content root, with `siteUrl` as SITE_URL. */
export async function buildFixture(name: string, siteUrl = 'https://fixture.example'): Promise<FixtureBuild> {
  const root = process.cwd();
  const workDir = path.join(root, 'test/.tmp', `${name}-${process.pid}-${Date.now()}`);
  const outDir = path.join(workDir, 'dist');
  await mkdir(workDir, { recursive: true });
  process.env['BACKGROUNDER_CONTENT_DIR'] = path.join(root, 'test/fixtures', name);
  process.env['SITE_URL'] = siteUrl;
  process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
  await build({ root, outDir, cacheDir: path.join(workDir, 'cache'), logLevel: 'error', mode: 'production' });
  return {
    outDir,
    read: (file) => readFile(path.join(outDir, file), 'utf8'),
    cleanup: () => rm(workDir, { recursive: true, force: true }),
  };
}
