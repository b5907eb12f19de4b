/**
 * Where the content lives. Tests and the benchmark point `BACKGROUNDER_CONTENT_DIR` at a fixture or a
 * generated set; everyone else gets `content/` beside package.json.
 */
import path from 'node:path';

/** The absolute path of the content directory. */
export function contentRoot(): string {
  return path.resolve(process.env['BACKGROUNDER_CONTENT_DIR'] ?? 'content');
}
