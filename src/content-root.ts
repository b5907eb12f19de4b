/**
 * Where the content lives. Tests and the benchmark point `BACKGROUNDER_CONTENT_DIR` at a fixture or a
 * generated set; everyone else gets `content/` beside package.json.
 */
import path from 'node:path';

/** Files whose names start with `_` are drafts-in-progress that are not loaded at all. */
export const ENTRY_PATTERN = '**/[!_]*.mdx';

/** The absolute path of the content directory. */
export function contentRoot(): string {
  return path.resolve(process.env['BACKGROUNDER_CONTENT_DIR'] ?? 'content');
}
