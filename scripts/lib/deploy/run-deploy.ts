/**
 * Carries out a deploy: checks the build and the live site it would replace, reads the bucket,
 * plans, and then (unless it is a dry run) marks the new hashed files pending, uploads stage by
 * stage, deletes, and records the result. Every refusal comes before the first write. Stopped at
 * any point, a re-run finds the bucket between two safe states and finishes the job.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import pLimit from 'p-limit';
import { UNPUBLISHED_FILES } from './build-record.ts';
import { MANIFEST_KEY, parseManifest, serializeManifest, type DeployManifest } from './manifest.ts';
import type { DeployOptions } from './options.ts';
import {
  groupByStage,
  normaliseEtag,
  planDeploy,
  settleUnverified,
  type DeployPlan,
  type LocalFile,
  type ObservedHeaders,
  type PlannedFile,
  type RemoteObject,
  type Upload,
} from './plan.ts';
import { completeManifest, markPending } from './records.ts';
import { checkDeleteLimits, checkLineage, shortCommit, type Ancestry } from './refusals.ts';
import { formatPlan, type DeploySummary } from './report.ts';
import { ancestryOf } from '../git.ts';
import { DeployError } from './deploy-error.ts';
import type { Origin } from './s3-origin.ts';
import { startStageProgress } from './progress.ts';
import { readVerifiedBuild, type VerifiedBuild } from './source.ts';

export { DeployError } from './deploy-error.ts';

/** S3's limit for one DeleteObjects request. */
const DELETE_BATCH = 1000;

/** The plan a deploy followed and its figures. */
export interface DeployResult {
  plan: DeployPlan;
  summary: DeploySummary;
}

/** Answers whether `commit` descends from `ancestor`; git in the working directory by default. */
export type AncestryCheck = (ancestor: string, commit: string) => Promise<Ancestry>;

const gitInWorkingDirectory: AncestryCheck = (ancestor, commit) => ancestryOf(process.cwd(), ancestor, commit);

/** Runs the deploy `options` describe against `origin`, printing progress through `log`. */
export async function runDeploy(
  options: DeployOptions,
  origin: Origin,
  log: (line: string) => void,
  ancestry: AncestryCheck = gitInWorkingDirectory,
): Promise<DeployResult> {
  const started = performance.now();
  const build = await readVerifiedBuild(options.dir, options.siteUrl);
  const { remote, manifest, manifestText } = await survey(options, origin, build.files, log);
  await checkReplacesLiveSite(build, manifest, options, origin, ancestry, log);
  const draft = planDeploy(build.files, remote, manifest);
  const plan = settleUnverified(draft, await headAll(origin, draft.unverified, options));
  const refusal = checkDeleteLimits(plan, remote.length, options, origin.target);
  if (options.dryRun) formatPlan(plan, origin.target).forEach((line) => log(line));
  if (refusal) throw new DeployError(refusal);
  if (options.dryRun) return { plan, summary: summarise(plan, started, origin) };
  const commit = build.record.commit ?? undefined;
  const pending = markPending(manifest, plan, remote, commit);
  if (pending) await origin.writeManifest(serializeManifest(pending));
  const etags = new Map(remote.map((object) => [object.key, normaliseEtag(object.etag)]));
  for (const [stage, uploads] of groupByStage(plan.uploads)) await uploadStage(stage, uploads, options, origin, etags, log);
  await deleteAll(plan.deletes, origin, log);
  const next = serializeManifest(completeManifest([...plan.unchanged, ...plan.uploads], etags, plan.retained, commit));
  if (next !== manifestText) await origin.writeManifest(next);
  return { plan, summary: summarise(plan, started, origin) };
}

/** Refuses to replace a live site built from a commit this build does not descend from, unless --allow-rollback. */
async function checkReplacesLiveSite(
  build: VerifiedBuild,
  manifest: DeployManifest | undefined,
  options: DeployOptions,
  origin: Origin,
  ancestry: AncestryCheck,
  log: (line: string) => void,
): Promise<void> {
  const live = manifest?.commit;
  const { commit, dirty } = build.record;
  const asked = live && commit && live !== commit ? await ancestry(live, commit) : undefined;
  const verdict = checkLineage({ live, build: commit, ...(asked ? { ancestry: asked } : {}) }, options.allowRollback, origin.target);
  if (verdict.refusal) throw new DeployError(verdict.refusal);
  log(verdict.note);
  if (dirty && commit) log(`Warning: this build was made from ${shortCommit(commit)} with uncommitted changes; the commit does not fully describe it.`);
}

interface Survey {
  remote: RemoteObject[];
  manifest: DeployManifest | undefined;
  manifestText: string | undefined;
}

/** The bucket as it is now. */
async function survey(options: DeployOptions, origin: Origin, local: readonly LocalFile[], log: (line: string) => void): Promise<Survey> {
  const [listing, manifestText] = await Promise.all([origin.list(), origin.readManifest()]);
  let manifest: DeployManifest | undefined;
  try {
    manifest = manifestText === undefined ? undefined : parseManifest(manifestText);
  } catch (error) {
    log(`Warning: ${(error as Error).message} Every hashed file in the bucket is kept this time, and the manifest is rewritten.`);
  }
  const remote = listing.filter((object) => object.key !== MANIFEST_KEY);
  log(`${local.filter((file) => !UNPUBLISHED_FILES.has(file.key)).length} files to publish in ${options.dir}/, ${remote.length} objects in ${origin.target}.`);
  return { remote, manifest, manifestText };
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
