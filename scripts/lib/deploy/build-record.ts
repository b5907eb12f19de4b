/**
 * The build record: the last file `npm run build` writes into a finished build, listing every
 * other file with its SHA-256, the commit it was built from and the site URL it was built for.
 * The deploy publishes a folder only when the record is there and the folder matches it, so a
 * half-copied artifact, a hand-edited file or another project's output never goes live.
 */
import { z } from 'astro/zod';
import { HEADERS_FILE } from '../headers/headers-file.ts';

/** Its name in the build's root. The deploy does not upload it. */
export const BUILD_RECORD_FILE = '_build-record.json';

/** Files a build holds for the host and the deploy, never published as objects. */
export const UNPUBLISHED_FILES: ReadonlySet<string> = new Set([HEADERS_FILE, BUILD_RECORD_FILE]);

const GENERATOR = 'backgrounder';

/** The record, version 1. */
export const BuildRecordSchema = z.object({
  generator: z.literal(GENERATOR),
  version: z.literal(1),
  /** The commit checked out when the site was built; null outside a git checkout. */
  commit: z.string().regex(/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/).nullable(),
  /** Whether the checkout had uncommitted changes (untracked files included). */
  dirty: z.boolean(),
  /** The SITE_URL the pages were built for. */
  site: z.string(),
  /** Every other file of the build, by key, with its hex SHA-256. */
  files: z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/)),
});

/** The record, parsed. */
export type BuildRecord = z.infer<typeof BuildRecordSchema>;

/** Where a build came from, as the record states it. */
export type BuildOrigin = Pick<BuildRecord, 'commit' | 'dirty' | 'site'>;

/** The record for a build of `files` (key and SHA-256), made at `origin`. */
export function createBuildRecord(origin: BuildOrigin, files: readonly { key: string; hash: string }[]): BuildRecord {
  const listed = files.filter((file) => file.key !== BUILD_RECORD_FILE).sort((a, b) => (a.key < b.key ? -1 : 1));
  return { generator: GENERATOR, version: 1, ...origin, files: Object.fromEntries(listed.map((file) => [file.key, file.hash])) };
}

/** The record as text: one file per line, so a diff of two builds' records reads well. */
export function serializeBuildRecord(record: BuildRecord): string {
  return `${JSON.stringify(record, null, 1)}\n`;
}

/** Reads a record's text; throws a sentence when it is not a record a build of this site wrote. */
export function parseBuildRecord(text: string): BuildRecord {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${BUILD_RECORD_FILE} is not valid JSON.`);
  }
  const result = BuildRecordSchema.safeParse(json);
  if (!result.success) throw new Error(`${BUILD_RECORD_FILE} was not written by a build of this site (backgrounder, version 1).`);
  return result.data;
}

/** How a folder differs from its record: files missing, changed since the build, or added to it. */
export interface RecordMismatch {
  missing: string[];
  changed: string[];
  added: string[];
}

/** Compares the folder's `files` (key and SHA-256, the record itself left out) with `record`; undefined when they match. */
export function compareWithRecord(record: BuildRecord, files: readonly { key: string; hash: string }[]): RecordMismatch | undefined {
  const present = new Map(files.filter((file) => file.key !== BUILD_RECORD_FILE).map((file) => [file.key, file.hash]));
  const listed = Object.entries(record.files);
  const mismatch: RecordMismatch = {
    missing: listed.filter(([key]) => !present.has(key)).map(([key]) => key),
    changed: listed.filter(([key, hash]) => present.has(key) && present.get(key) !== hash).map(([key]) => key),
    added: [...present.keys()].filter((key) => !Object.hasOwn(record.files, key)).sort(),
  };
  return mismatch.missing.length + mismatch.changed.length + mismatch.added.length ? mismatch : undefined;
}
