/**
 * The checks that stop a deploy before it uploads or deletes anything, and their messages: each
 * says what is wrong, why it matters, and which flag (if any) overrides it.
 */
import { BUILD_RECORD_FILE, type RecordMismatch } from './build-record.ts';
import type { DeployPlan } from './plan.ts';

/** The closing sentence of every refusal: a refusal never leaves half a deploy behind. */
export const NOTHING_CHANGED = 'Nothing was uploaded or deleted.';

/** A commit as messages show it. */
export function shortCommit(commit: string): string {
  return commit.slice(0, 12);
}

const REBUILD = "Run `npm run build` and deploy the folder it makes. No flag overrides this: the deploy publishes only complete, untouched builds.";

/** The source folder has no build record, or one that cannot be read (`problem`). */
export function notABuild(dir: string, problem?: string): string {
  const why = problem ?? `it has no ${BUILD_RECORD_FILE}, the file \`npm run build\` writes last`;
  return `${dir}/ is not a complete build of this site: ${why.replace(/\.$/, '')}. ${NOTHING_CHANGED}\n  ${REBUILD}`;
}

/** The source folder lost, changed or gained files since its build. */
export function buildChanged(dir: string, mismatch: RecordMismatch): string {
  const parts = [
    listPart(mismatch.missing, 'is missing', 'are missing'),
    listPart(mismatch.changed, 'changed since the build', 'changed since the build'),
    listPart(mismatch.added, 'was added after the build', 'were added after the build'),
  ].filter(Boolean);
  return `${dir}/ does not match the build that made it: ${parts.join(', ')}. ${NOTHING_CHANGED}\n  ${REBUILD}`;
}

function listPart(keys: readonly string[], one: string, many: string): string {
  if (!keys.length) return '';
  const shown = keys.slice(0, 3).map((key) => `\`${key}\``).join(', ');
  const more = keys.length > 3 ? ` and ${keys.length - 3} more` : '';
  return `${keys.length} ${keys.length === 1 ? `file ${one}` : `files ${many}`} (${shown}${more})`;
}

/** The build was made for another site URL than the one this deploy publishes. */
export function wrongSite(dir: string, builtFor: string, siteUrl: string): string {
  return (
    `${dir}/ was built for ${builtFor}, but SITE_URL here is ${siteUrl}: its canonical links, share cards and sitemap would point at the wrong site. ${NOTHING_CHANGED}\n` +
    `  Build again with SITE_URL=${siteUrl}, or leave SITE_URL unset for this deploy if ${builtFor} is right. No flag overrides this.`
  );
}

/** The deletes of `plan` against `liveCount` live objects, if they exceed either limit and `force` is off. */
export function checkDeleteLimits(
  plan: Pick<DeployPlan, 'deletes'>,
  liveCount: number,
  limits: { maxDeletes: number; maxDeleteShare: number; force: boolean },
  where: string,
): string | undefined {
  const deletes = plan.deletes.length;
  if (limits.force || deletes === 0) return undefined;
  const cause = 'usually mean the wrong bucket or --prefix, or a build that lost pages: check with --dry-run.';
  if (deletes > limits.maxDeletes) {
    return (
      `This deploy would delete ${objects(deletes)} from ${where}, more than --max-deletes (${limits.maxDeletes}). ${NOTHING_CHANGED}\n` +
      `  So many deletes ${cause}\n` +
      `  If they are expected, run again with --max-deletes ${deletes}, or with --force.`
    );
  }
  const share = (deletes / liveCount) * 100;
  if (share > limits.maxDeleteShare) {
    return (
      `This deploy would delete ${deletes} of the ${objects(liveCount)} in ${where} (${percent(share)}), more than --max-delete-share (${percent(limits.maxDeleteShare)}). ${NOTHING_CHANGED}\n` +
      `  Deletes on that scale ${cause}\n` +
      `  If they are expected, run again with --max-delete-share ${Math.ceil(share)}, or with --force.`
    );
  }
  return undefined;
}

function objects(n: number): string {
  return `${n} ${n === 1 ? 'object' : 'objects'}`;
}

function percent(value: number): string {
  return `${Number.isInteger(value) ? value : value.toFixed(1)}%`;
}

/** How the build's commit relates to the live site's, as git answers `merge-base --is-ancestor`. */
export type Ancestry = 'descendant' | 'not-descendant' | 'unknown';

/** What the deploy knows about the two commits. */
export interface Lineage {
  /** The commit the manifest records for the live site; undefined before the first recorded deploy. */
  live: string | undefined;
  /** The build record's commit; null when the build was made outside a git checkout. */
  build: string | null;
  /** Asked of git only when both commits are known and differ. */
  ancestry?: Ancestry;
}

/** Whether this deploy may replace the live site, as a refusal or a log line. */
export function checkLineage(lineage: Lineage, allowRollback: boolean, where: string): { refusal?: string; note: string } {
  const { live, build, ancestry } = lineage;
  const built = build ? shortCommit(build) : 'no commit';
  if (!live) return { note: `This build: ${built}. ${where} records no commit for its live site, so there is nothing to compare.` };
  const liveShort = shortCommit(live);
  if (build === live) return { note: `This build and the live site: ${built}.` };
  if (build && ancestry === 'descendant') return { note: `This build (${built}) descends from the live site's commit (${liveShort}).` };
  const refusal = lineageRefusal(liveShort, build, ancestry, where);
  return allowRollback
    ? { note: `--allow-rollback: replacing the live site (${liveShort}) with ${built}, which does not descend from it.` }
    : { refusal, note: '' };
}

function lineageRefusal(live: string, build: string | null, ancestry: Ancestry | undefined, where: string): string {
  if (!build) {
    return (
      `This build records no commit (it was made outside a git checkout), so the deploy cannot tell whether it is newer than the live site in ${where}, built from ${live}. ${NOTHING_CHANGED}\n` +
      `  Build from a git checkout, or run again with --allow-rollback to replace the live site anyway.`
    );
  }
  if (ancestry !== 'not-descendant') {
    return (
      `The live site in ${where} was built from commit ${live}, which this checkout does not have, so the deploy cannot tell whether ${shortCommit(build)} is newer. ${NOTHING_CHANGED}\n` +
      `  Fetch the whole history (\`git fetch --unshallow\`, or \`fetch-depth: 0\` in CI) and run again; to replace the live site anyway, run again with --allow-rollback.`
    );
  }
  return (
    `The live site in ${where} was built from commit ${live}, and this build (${shortCommit(build)}) does not descend from it: publishing it would replace newer or unrelated work. ${NOTHING_CHANGED}\n` +
    `  To roll back on purpose, run again with --allow-rollback. Otherwise build a commit that contains ${live}, such as the latest main.`
  );
}
