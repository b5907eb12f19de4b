/**
 * The small JSON object the deploy keeps in the bucket beside the site. It records what the last
 * completed deploy uploaded (so headers can be compared without a request per file), which hashed
 * files were kept for one more deploy, which hashed files deploys that never finished uploaded,
 * and the commit the live site was built from.
 */
import { z } from 'astro/zod';

/** Its key under the deploy prefix. No build writes a file of that name. */
export const MANIFEST_KEY = '.deploy-manifest.json';

const RecordedObjectSchema = z.object({
  md5: z.string(),
  /** The ETag the store returned: an MD5 on AWS and most stores, something else with SSE-KMS or multipart. */
  etag: z.string(),
  contentType: z.string(),
  cacheControl: z.string(),
});

/** The manifest object, version 1. */
export const DeployManifestSchema = z.object({
  version: z.literal(1),
  /** Every file of the last completed deploy, by key relative to the prefix. */
  objects: z.record(z.string(), RecordedObjectSchema),
  /** Hashed files of the deploy before it, kept so pages still cached at the edge find their assets. */
  retained: z.array(z.string()),
  /** Hashed files uploaded by deploys that stopped before the end: some of their pages may be live. */
  pending: z.array(z.string()),
  /**
   * The commit of the newest build whose files may be live: written before a deploy's first upload
   * and again when it completes. Absent in buckets that older deploys wrote.
   */
  commit: z.string().optional(),
});

/** One published file as the manifest records it. */
export type RecordedObject = z.infer<typeof RecordedObjectSchema>;
/** The manifest object, parsed. */
export type DeployManifest = z.infer<typeof DeployManifestSchema>;

/** Reads the manifest object's text; throws a sentence when it is not one this deploy wrote. */
export function parseManifest(text: string): DeployManifest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${MANIFEST_KEY} is not valid JSON.`);
  }
  const result = DeployManifestSchema.safeParse(json);
  if (!result.success) throw new Error(`${MANIFEST_KEY} does not have the expected fields (version 1, objects, retained, pending).`);
  return result.data;
}

/** The manifest as text, with sorted keys and lists, so the same site always gives the same bytes. */
export function serializeManifest(manifest: DeployManifest): string {
  const objects = Object.fromEntries(Object.entries(manifest.objects).sort(([a], [b]) => (a < b ? -1 : 1)));
  const sorted = { ...manifest, objects, retained: [...manifest.retained].sort(), pending: [...manifest.pending].sort() };
  return `${JSON.stringify(sorted, null, 1)}\n`;
}
