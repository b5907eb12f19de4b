/**
 * The folder a deploy publishes, checked against the record its build wrote: every file listed is
 * there with the same bytes, nothing was added, and (when SITE_URL is set) it was built for this site.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { BUILD_RECORD_FILE, compareWithRecord, parseBuildRecord, type BuildRecord } from './build-record.ts';
import type { LocalFile } from './plan.ts';
import { buildChanged, notABuild, wrongSite } from './refusals.ts';
import { digestSiteFiles } from '../site-files.ts';
import { DeployError } from './deploy-error.ts';

/** A complete build, as the deploy uses it. */
export interface VerifiedBuild {
  /** Every file but the record, with its MD5 (the ETag S3 gives a single-part upload). */
  files: LocalFile[];
  record: BuildRecord;
}

/** Reads `dir` and its build record; throws a DeployError refusal when it is not a complete, untouched build for `siteUrl`. */
export async function readVerifiedBuild(dir: string, siteUrl: string | undefined): Promise<VerifiedBuild> {
  const text = await readFile(path.join(dir, BUILD_RECORD_FILE), 'utf8').catch(() => undefined);
  if (text === undefined) throw new DeployError(notABuild(dir));
  let record: BuildRecord;
  try {
    record = parseBuildRecord(text);
  } catch (error) {
    throw new DeployError(notABuild(dir, (error as Error).message));
  }
  const files = (await digestSiteFiles(dir)).filter((file) => file.key !== BUILD_RECORD_FILE);
  const mismatch = compareWithRecord(record, files.map((file) => ({ key: file.key, hash: file.sha256 })));
  if (mismatch) throw new DeployError(buildChanged(dir, mismatch));
  if (siteUrl !== undefined && record.site !== siteUrl) throw new DeployError(wrongSite(dir, record.site, siteUrl));
  return { files: files.map(({ key, md5, size }) => ({ key, md5, size })), record };
}
