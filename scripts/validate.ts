/**
 * `npm run validate`: checks every content entry (YAML, fields, MDX syntax, references) and lists
 * every problem at once. Exit status 1 when there is any.
 */
import { parseArgs } from 'node:util';
import { contentRoot } from '../src/content-root.ts';
import { checkContent } from './lib/check-content.ts';

const { values } = parseArgs({ options: { drafts: { type: 'boolean', default: false } } });
const result = await checkContent(contentRoot(), !values.drafts);
if (!result.ok) {
  console.error(result.report);
  process.exit(1);
}
console.log(`All ${result.files} content files are valid.`);
