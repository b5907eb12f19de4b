/** Writes the build record (scripts/lib/deploy/build-record.ts) into a finished build: the last file a build writes. */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BUILD_RECORD_FILE, createBuildRecord, serializeBuildRecord, type BuildOrigin } from './build-record.ts';
import { hashSiteFiles } from '../site-files.ts';

/** Lists every file under `outDir` with its SHA-256 in `outDir/_build-record.json`; returns how many. */
export async function writeBuildRecord(outDir: string, origin: BuildOrigin): Promise<number> {
  const file = path.join(outDir, BUILD_RECORD_FILE);
  if (existsSync(file)) {
    throw new Error(`The site already contains \`${BUILD_RECORD_FILE}\`, the name the build keeps for its own record. Rename that file (in public/ or src/pages/).`);
  }
  const record = createBuildRecord(origin, await hashSiteFiles(outDir, 'sha256'));
  await writeFile(file, serializeBuildRecord(record));
  return Object.keys(record.files).length;
}
