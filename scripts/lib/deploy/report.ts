/** What the deploy prints: the plan (all of it in a dry run), progress lines and the closing summary. */
import { groupByStage, type DeployPlan } from './plan.ts';

/** Byte counts for people: `812 B`, `14.2 kB`, `7.7 MB` (decimal units, as S3 consoles show them). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} kB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** Every operation of a plan, stage by stage: what a dry run prints. */
export function formatPlan(plan: DeployPlan, target: string): string[] {
  const lines = [`Plan for ${target}:`];
  for (const [stage, uploads] of groupByStage(plan.uploads)) {
    lines.push(`  upload, stage ${stage} (${uploads.length}):`);
    lines.push(...uploads.map((upload) => `    ${upload.key}  [${upload.reason}; ${upload.contentType}; ${upload.cacheControl}]`));
  }
  if (plan.unverified.length) {
    lines.push(`  check headers with HEAD, upload again if they differ (${plan.unverified.length}):`);
    lines.push(...plan.unverified.map((file) => `    ${file.key}`));
  }
  if (plan.deletes.length) lines.push(`  delete, last (${plan.deletes.length}):`, ...plan.deletes.map((key) => `    ${key}`));
  if (plan.retained.length) {
    lines.push(`  keep for one more deploy (${plan.retained.length}):`, ...plan.retained.map((key) => `    ${key}`));
  }
  lines.push(`  unchanged: ${plan.unchanged.length} files.`);
  return lines;
}

/** The figures of a finished (or dry) deploy. */
export interface DeploySummary {
  uploaded: number;
  skipped: number;
  deleted: number;
  retained: number;
  bytes: number;
  seconds: number;
  retries: number;
}

/** The closing line(s): the figures CI logs and the lead reads. */
export function formatSummary(summary: DeploySummary, target: string, dryRun: boolean): string {
  const figures = [
    `${summary.uploaded} uploaded (${formatBytes(summary.bytes)})`,
    `${summary.skipped} skipped`,
    `${summary.deleted} deleted`,
    `${summary.retained} kept from the previous deploy`,
    `${summary.retries} ${summary.retries === 1 ? 'retry' : 'retries'}`,
  ];
  const seconds = `${summary.seconds.toFixed(1)} s`;
  return dryRun
    ? `Dry run for ${target} in ${seconds}: would have ${figures.slice(0, 4).join(', ')}. Nothing was changed.`
    : `Deployed to ${target} in ${seconds}: ${figures.join(', ')}.`;
}

/** One progress line: `pages: 40/75 files, 1.2 MB, 3.1 s`. */
export function formatProgress(stage: string, done: number, total: number, bytes: number, seconds: number): string {
  return `  ${stage}: ${done}/${total} files, ${formatBytes(bytes)}, ${seconds.toFixed(1)} s`;
}
