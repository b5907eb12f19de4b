/**
 * What a deploy does, worked out before it does anything: which files to upload and in what order,
 * which to skip, which objects to delete and which to keep for one more deploy. Pure: it compares
 * the built site with the bucket's listing and the manifest the previous deploy left.
 */
import { contentTypeFor } from '../headers/content-type.ts';
import { findRule, UPLOAD_STAGES, type UploadStage } from '../headers/rules.ts';
import { UNPUBLISHED_FILES } from './build-record.ts';
import { MANIFEST_KEY, type DeployManifest, type RecordedObject } from './manifest.ts';

/** A file of the built site, keyed relative to its root. */
export interface LocalFile {
  key: string;
  md5: string;
  size: number;
}

/** An object in the bucket, keyed relative to the deploy prefix. */
export interface RemoteObject {
  key: string;
  etag: string;
}

/** A local file with everything the upload needs. */
export interface PlannedFile extends LocalFile {
  contentType: string;
  cacheControl: string;
  stage: UploadStage;
  /** Kept in the bucket for one more deploy after it leaves the site. */
  retain: boolean;
}

/** Why a file is uploaded, as the dry run shows it. */
export type UploadReason = 'new' | 'changed' | 'headers changed';

/** A file to upload, and why. */
export interface Upload extends PlannedFile {
  reason: UploadReason;
}

/** Every operation of a deploy, decided before the first one runs. */
export interface DeployPlan {
  /** In upload order: by stage (UPLOAD_STAGES), then by key. */
  uploads: Upload[];
  /** Same bytes as the bucket, but no finished deploy recorded their headers: checked with HEAD first. */
  unverified: PlannedFile[];
  unchanged: PlannedFile[];
  /** Objects no longer in the site, deleted after every upload. */
  deletes: string[];
  /** Hashed files no longer in the site that pages cached at the edge may still load. */
  retained: string[];
}

/** Content-Type, Cache-Control and stage of a local file, from the header rules. */
export function describeLocalFile(file: LocalFile): PlannedFile {
  const { cacheControl, stage, retain } = findRule(file.key);
  return { ...file, contentType: contentTypeFor(file.key), cacheControl, stage, retain };
}

/** `"abc"` and `W/"abc"` → `abc`: listings and PUT responses quote ETags. */
export function normaliseEtag(etag: string): string {
  return etag.replace(/^W\//, '').replace(/^"|"$/g, '');
}

/** The plan for publishing `local` into a bucket holding `remote`, given the previous deploy's manifest. */
export function planDeploy(local: readonly LocalFile[], remote: readonly RemoteObject[], manifest?: DeployManifest): DeployPlan {
  const files = local.filter((file) => !UNPUBLISHED_FILES.has(file.key)).map(describeLocalFile);
  if (files.some((file) => file.key === MANIFEST_KEY)) {
    throw new Error(`The site contains \`${MANIFEST_KEY}\`, the name the deploy keeps for its own records. Rename that file.`);
  }
  const etags = new Map(remote.map((object) => [object.key, normaliseEtag(object.etag)]));
  const plan: DeployPlan = { uploads: [], unverified: [], unchanged: [], deletes: [], retained: [] };
  for (const file of files) {
    const verdict = compareWithBucket(file, etags.get(file.key), recordedObject(manifest, file.key));
    if (verdict === 'unchanged') plan.unchanged.push(file);
    else if (verdict === 'unverified') plan.unverified.push(file);
    else plan.uploads.push({ ...file, reason: verdict });
  }
  plan.uploads = sortUploads(plan.uploads);
  const localKeys = new Set(files.map((file) => file.key));
  const keep = protectedKeys(manifest, [...etags.keys()], isRedeploy(plan, files, manifest));
  for (const key of [...etags.keys()].sort()) {
    if (localKeys.has(key) || key === MANIFEST_KEY) continue;
    (keep.has(key) ? plan.retained : plan.deletes).push(key);
  }
  return plan;
}

function recordedObject(manifest: DeployManifest | undefined, key: string): RecordedObject | undefined {
  return manifest && Object.hasOwn(manifest.objects, key) ? manifest.objects[key] : undefined;
}

function compareWithBucket(file: PlannedFile, etag: string | undefined, recorded: RecordedObject | undefined) {
  if (etag === undefined) return 'new';
  // A recorded ETag stands in for the MD5 on stores whose ETags are not MD5s (SSE-KMS, multipart).
  const recordedHere = recorded !== undefined && recorded.etag === etag && recorded.md5 === file.md5;
  if (etag !== file.md5 && !recordedHere) return 'changed';
  if (!recordedHere) return 'unverified';
  const sameHeaders = recorded.contentType === file.contentType && recorded.cacheControl === file.cacheControl;
  return sameHeaders ? 'unchanged' : 'headers changed';
}

/** The site is exactly what the last completed deploy published: a re-run must not shorten anyone's grace period. */
function isRedeploy(plan: DeployPlan, files: readonly PlannedFile[], manifest: DeployManifest | undefined): boolean {
  if (!manifest || plan.uploads.length || plan.unverified.length || manifest.pending.length) return false;
  return Object.keys(manifest.objects).length === files.length;
}

/**
 * Hashed files that stay although the site no longer has them: those of the last completed deploy
 * and of unfinished ones. Without a manifest nobody knows which pages are live, so every hashed
 * file in the bucket stays this once.
 */
function protectedKeys(manifest: DeployManifest | undefined, remoteKeys: string[], redeploy: boolean): Set<string> {
  const candidates = manifest
    ? [...Object.keys(manifest.objects), ...manifest.pending, ...(redeploy ? manifest.retained : [])]
    : remoteKeys;
  return new Set(candidates.filter((key) => findRule(key).retain));
}

/** Uploads in stage order, then by key, so every run of the same plan sends the same requests. */
export function sortUploads(uploads: readonly Upload[]): Upload[] {
  const rank = (stage: UploadStage) => UPLOAD_STAGES.indexOf(stage);
  return [...uploads].sort((a, b) => rank(a.stage) - rank(b.stage) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Headers read back with HEAD for the unverified files. */
export interface ObservedHeaders {
  contentType: string | undefined;
  cacheControl: string | undefined;
}

/** The plan once HEAD has shown which unverified files already carry the right headers. */
export function settleUnverified(plan: DeployPlan, observed: ReadonlyMap<string, ObservedHeaders>): DeployPlan {
  const unchanged = [...plan.unchanged];
  const uploads = [...plan.uploads];
  for (const file of plan.unverified) {
    const seen = observed.get(file.key);
    if (seen?.contentType === file.contentType && seen.cacheControl === file.cacheControl) unchanged.push(file);
    else uploads.push({ ...file, reason: 'headers changed' });
  }
  return { ...plan, unverified: [], unchanged, uploads: sortUploads(uploads) };
}

/** Uploads grouped by stage, in stage order, leaving out empty stages. */
export function groupByStage(uploads: readonly Upload[]): [UploadStage, Upload[]][] {
  return UPLOAD_STAGES.map((stage): [UploadStage, Upload[]] => [stage, uploads.filter((upload) => upload.stage === stage)]).filter(
    ([, group]) => group.length > 0,
  );
}
