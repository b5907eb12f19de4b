/**
 * The inline-code scan's findings kept between builds. A page's findings depend only on its HTML,
 * its URL path, the hashes the site allows and the scanner's code, so a page whose bytes did not
 * change is looked up instead of parsed again: after a one-entry edit most pages are byte for byte
 * what they were. One JSON file, rewritten whole after each build with this build's pages only, so
 * it never outgrows the site; a missing or unreadable file is an empty cache.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildCacheDir } from '../../../src/node/cache-dir.ts';
import { sourceFingerprint } from '../../../src/node/source-fingerprint.ts';
import type { AllowedInlineCode, InlineFinding } from './inline-sources.ts';

/** Findings by page key, filled during one scan. */
export interface ScanCache {
  /** The findings stored for `key` by an earlier build, or undefined. */
  get(key: string): InlineFinding[] | undefined;
  /** Keeps `findings` for `key` in the next version of the file. */
  set(key: string, findings: InlineFinding[]): void;
  /** Writes the pages of this scan, and only those, for the next build. */
  save(): Promise<void>;
}

/** What the findings are made by: the scanner and the HTML tokenizer it runs. */
export function scannerFingerprint(root = process.cwd()): string {
  return sourceFingerprint(root, ['scripts/lib/headers/inline-sources.ts'], ['parse5']);
}

/** The key of one page's findings: everything they are a function of. Pure. */
export function pageScanKey(html: string, page: string, allowed: AllowedInlineCode, scanner: string): string {
  const hash = createHash('sha256').update(`${scanner}\0${page}\0`);
  for (const list of [allowed.scripts, allowed.styles]) hash.update(`${[...list].sort().join(' ')}\0`);
  return hash.update(html).digest('hex');
}

/** Where the findings are kept: `inline-code.json` in the build cache (src/node/cache-dir.ts). */
export function scanCacheFile(root = process.cwd()): string {
  return path.join(buildCacheDir(root), 'inline-code.json');
}

/** The cache in `file`. */
export async function openScanCache(file: string): Promise<ScanCache> {
  const previous = await readFile(file, 'utf8')
    .then((text) => new Map(Object.entries(JSON.parse(text) as Record<string, InlineFinding[]>)))
    .catch(() => new Map<string, InlineFinding[]>());
  const next = new Map<string, InlineFinding[]>();
  return {
    get: (key) => previous.get(key),
    set: (key, findings) => void next.set(key, findings),
    async save() {
      await mkdir(path.dirname(file), { recursive: true });
      // Whole or not at all: a build killed mid-write leaves the previous file.
      const partial = `${file}.${process.pid}.tmp`;
      await writeFile(partial, JSON.stringify(Object.fromEntries(next)));
      await rename(partial, file);
    },
  };
}
