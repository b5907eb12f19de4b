/**
 * How the manifest changes during a deploy. It is written twice: before the first upload (its
 * hashed files are pending, so a later deploy keeps them even if this one dies halfway, and the
 * new commit is recorded, since some of its pages may go live) and after the deletes (the deploy
 * is complete).
 */
import { findRule } from '../headers/rules.ts';
import type { DeployManifest } from './manifest.ts';
import type { DeployPlan, PlannedFile, RemoteObject } from './plan.ts';

/** The manifest to write before uploading, or undefined when it already covers every hashed file this deploy adds, and its commit. */
export function markPending(
  manifest: DeployManifest | undefined,
  plan: DeployPlan,
  remote: readonly RemoteObject[],
  commit?: string,
): DeployManifest | undefined {
  // Without a manifest every hashed file in the bucket is protected (see planDeploy); keep it that way.
  const base = manifest ?? {
    version: 1 as const,
    objects: {},
    retained: [],
    pending: remote.map((object) => object.key).filter((key) => findRule(key).retain),
  };
  const known = new Set([...Object.keys(base.objects), ...base.pending]);
  const fresh = plan.uploads.filter((upload) => upload.retain && !known.has(upload.key)).map((upload) => upload.key);
  const newCommit = commit !== undefined && commit !== base.commit && plan.uploads.length > 0;
  if (!fresh.length && !newCommit) return undefined;
  return { ...base, pending: [...base.pending, ...fresh], ...(newCommit ? { commit } : {}) };
}

/** The manifest of a completed deploy: what it published (with the ETags the store gave), what it kept, and its commit. */
export function completeManifest(
  files: readonly PlannedFile[],
  etags: ReadonlyMap<string, string>,
  retained: readonly string[],
  commit?: string,
): DeployManifest {
  const objects = Object.fromEntries(
    files.map((file) => {
      const etag = etags.get(file.key);
      if (etag === undefined) throw new Error(`No ETag is known for \`${file.key}\` after the deploy; it cannot be recorded.`);
      return [file.key, { md5: file.md5, etag, contentType: file.contentType, cacheControl: file.cacheControl }];
    }),
  );
  return { version: 1, objects, retained: [...retained], pending: [], ...(commit ? { commit } : {}) };
}
