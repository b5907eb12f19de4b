/**
 * Carries out a deploy: reads the site and the bucket, plans, and then (unless it is a dry run)
 * marks the new hashed files pending, uploads stage by stage, deletes, and records the result.
 * Stopped at any point, a re-run finds the bucket between two safe states and finishes the job.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import pLimit from 'p-limit';
import { MANIFEST_KEY, parseManifest, serializeManifest, type DeployManifest } from '../../../src/lib/deploy/manifest.ts';
import type { DeployOptions } from '../../../src/lib/deploy/options.ts';
import {
  groupByStage,
  normaliseEtag,
  planDeploy,
  settleUnverified,
  type DeployPlan,
  type ObservedHeaders,
  type PlannedFile,
  type RemoteObject,
  type Upload,
} from '../../../src/lib/deploy/plan.ts';
import { checkDeleteLimit, completeManifest, markPending } from '../../../src/lib/deploy/records.ts';
import { formatPlan, type DeploySummary } from '../../../src/lib/deploy/report.ts';
import { HEADERS_FILE } from '../../../src/lib/headers/headers-file.ts';
import { hashSiteFiles } from '../site-files.ts';
import type { Origin } from './s3-origin.ts';
import { startStageProgress } from './progress.ts';

/** S3's limit for one DeleteObjects request. */
const DELETE_BATCH = 1000;

/** A deploy that stopped on purpose or failed; the message says what happened and what to do. */
export class DeployError extends Error {
  override name = 'DeployError';
}

/** The plan a deploy followed and its figures. */
export interface DeployResult {
  plan: DeployPlan;
  summary: DeploySummary;
}

/** Runs the deploy `options` describe against `origin`, printing progress through `log`. */
export async function runDeploy(options: DeployOptions, origin: Origin, log: (line: string) => void): Promise<DeployResult> {
  const started = performance.now();
  const { local, remote, manifest, manifestText } = await survey(options, origin, log);
  const draft = planDeploy(local, remote, manifest);
  const plan = settleUnverified(draft, await headAll(origin, draft.unverified, options));
  const refusal = checkDeleteLimit(plan, options.maxDeletes, options.force, origin.target);
  if (refusal) throw new DeployError(refusal);
  if (options.dryRun) {
    formatPlan(plan, origin.target).forEach((line) => log(line));
    return { plan, summary: summarise(plan, started, origin) };
  }
  const pending = markPending(manifest, plan, remote);
  if (pending) await origin.writeManifest(serializeManifest(pending));
  const etags = new Map(remote.map((object) => [object.key, normaliseEtag(object.etag)]));
  for (const [stage, uploads] of groupByStage(plan.uploads)) await uploadStage(stage, uploads, options, origin, etags, log);
  await deleteAll(plan.deletes, origin, log);
  const next = serializeManifest(completeManifest([...plan.unchanged, ...plan.uploads], etags, plan.retained));
  if (next !== manifestText) await origin.writeManifest(next);
  return { plan, summary: summarise(plan, started, origin) };
}

interface Survey {
  local: { key: string; md5: string; size: number }[];
  remote: RemoteObject[];
  manifest: DeployManifest | undefined;
  manifestText: string | undefined;
}

/** The built site and the bucket as they are now. */
async function survey(options: DeployOptions, origin: Origin, log: (line: string) => void): Promise<Survey> {
  const files = await hashSiteFiles(options.dir, 'md5').catch(() => []);
  if (!files.some((file) => file.key === 'index.html')) {
    throw new DeployError(`There is no built site in ${options.dir}/ (no index.html). Run \`npm run build\` first.`);
  }
  const [listing, manifestText] = await Promise.all([origin.list(), origin.readManifest()]);
  let manifest: DeployManifest | undefined;
  try {
    manifest = manifestText === undefined ? undefined : parseManifest(manifestText);
  } catch (error) {
    log(`Warning: ${(error as Error).message} Every hashed file in the bucket is kept this time, and the manifest is rewritten.`);
  }
  const local = files.map((file) => ({ key: file.key, md5: file.hash, size: file.size }));
  const remote = listing.filter((object) => object.key !== MANIFEST_KEY);
  log(`${local.filter((file) => file.key !== HEADERS_FILE).length} files to publish in ${options.dir}/, ${remote.length} objects in ${origin.target}.`);
  return { local, remote, manifest, manifestText };
}

/** Reads Content-Type and Cache-Control of files whose headers no finished deploy recorded. */
async function headAll(origin: Origin, files: readonly PlannedFile[], options: DeployOptions): Promise<Map<string, ObservedHeaders>> {
  const limit = pLimit(options.concurrency);
  const heads = await Promise.all(files.map((file) => limit(async () => [file.key, await origin.head(file.key)] as const)));
  return new Map(heads);
}

/** Uploads one stage; stops starting new uploads after the first failure, and fails the deploy. */
async function uploadStage(
  stage: string,
  uploads: readonly Upload[],
  options: DeployOptions,
  origin: Origin,
  etags: Map<string, string>,
  log: (line: string) => void,
): Promise<void> {
  const limit = pLimit(options.concurrency);
  const progress = startStageProgress(stage, uploads.length, log);
  const failures: string[] = [];
  await Promise.all(
    uploads.map((upload) =>
      limit(async () => {
        if (failures.length) return;
        try {
          const body = await readFile(path.join(options.dir, upload.key));
          etags.set(upload.key, await origin.put(upload, body));
          progress.advance(upload.size);
        } catch (error) {
          failures.push(`${upload.key}: ${(error as Error).message}`);
        }
      }),
    ),
  );
  progress.finish();
  if (failures.length) {
    throw new DeployError(
      `${failures.length} uploads failed in stage ${stage}, after ${origin.retries} retries in all:\n  ${failures.slice(0, 10).join('\n  ')}\n` +
        `  Later stages were not started, so no page went live without its assets. Run the deploy again: it uploads only what is missing.`,
    );
  }
}

async function deleteAll(keys: readonly string[], origin: Origin, log: (line: string) => void): Promise<void> {
  for (let start = 0; start < keys.length; start += DELETE_BATCH) {
    await origin.deleteBatch(keys.slice(start, start + DELETE_BATCH));
  }
  if (keys.length) log(`  deleted: ${keys.length} objects`);
}

function summarise(plan: DeployPlan, started: number, origin: Origin): DeploySummary {
  return {
    uploaded: plan.uploads.length,
    skipped: plan.unchanged.length,
    deleted: plan.deletes.length,
    retained: plan.retained.length,
    bytes: plan.uploads.reduce((sum, upload) => sum + upload.size, 0),
    seconds: (performance.now() - started) / 1000,
    retries: origin.retries,
  };
}
