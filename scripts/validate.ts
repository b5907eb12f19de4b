/**
 * `npm run validate`: checks every content entry (YAML, fields, MDX syntax, references, sources)
 * and lists every problem at once. Exit status 1 when there is an error; warnings are printed only.
 */
import { parseArgs } from 'node:util';
import { showDrafts } from '../src/lib/drafts.ts';
import { contentRoot } from '../src/node/content-root.ts';
import { checkContent } from './lib/content/check-content.ts';

const { values } = parseArgs({ options: { drafts: { type: 'boolean', default: false } } });
// As `npm run build` checks the content; with --drafts, as `npm run dev` shows it.
const result = await checkContent(contentRoot(), { showDrafts: showDrafts(values.drafts ? 'dev' : 'build') });
if (!result.ok) {
  console.error(result.report);
  process.exit(1);
}
if (result.report) console.warn(`${result.report}\n`);
const warned = result.warnings ? ` (${result.warnings} warning${result.warnings === 1 ? '' : 's'} above)` : '';
console.log(`All ${result.files} content files are valid${warned}.`);
