/**
 * `npm run import -- <wire.txt> [--slug s] [--dry-run]`: turns raw wire copy into a draft article
 * in content/articles/, and prints what it changed and what it could not decide.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentRoot } from '../src/node/content-root.ts';
import { nextFreeName, ScaffoldError } from './lib/scaffold/index.ts';
import { slugFor } from './lib/scaffold/names.ts';
import { formatNotes, importWire } from './lib/wire/import-wire.ts';

const USAGE = 'npm run import -- <wire-copy.txt> [--slug <file-name>] [--dry-run]\n  --dry-run prints the article instead of writing it.';

function fail(message: string, hint: string): number {
  console.error(`${message}\n  ${hint.split('\n').join('\n  ')}`);
  return 1;
}

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({ args: argv, allowPositionals: true, options: { slug: { type: 'string' }, 'dry-run': { type: 'boolean', default: false } } });
  } catch (error) {
    return fail((error as Error).message, USAGE);
  }
  const [input, ...extra] = args.positionals;
  if (!input || extra.length) return fail(input ? `Give one wire-copy file, not ${args.positionals.length}.` : 'Give the wire-copy file to import.', USAGE);
  let raw: string;
  try {
    raw = await readFile(input, 'utf8');
  } catch (error) {
    return fail(`Cannot read \`${input}\`: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'there is no such file' : (error as Error).message}.`, 'Check the path; it is relative to the folder you run the command in.');
  }
  const result = importWire(raw, { now: new Date(), fileName: path.basename(input) });
  let slug: string;
  try {
    slug = slugFor(args.values.slug ?? result.title ?? path.basename(input, path.extname(input)));
  } catch (error) {
    if (error instanceof ScaffoldError) return fail(error.message, error.hint);
    throw error;
  }
  const report = formatNotes(result.notes);
  if (args.values['dry-run']) {
    console.log(`${result.mdx}\n${report}`);
    return 0;
  }
  const dir = path.join(contentRoot(), 'articles');
  if (existsSync(path.join(dir, `${slug}.mdx`))) {
    const free = nextFreeName(`${slug}.mdx`, (name) => existsSync(path.join(dir, name)));
    return fail(
      `content/articles/${slug}.mdx already exists, and npm run import never overwrites a file.`,
      `To import under another name, run: npm run import -- ${input} --slug ${free.replace(/\.mdx$/, '')}`,
    );
  }
  const fileName = `${slug}.mdx`;
  await mkdir(dir, { recursive: true });
  const target = path.join(dir, fileName);
  await writeFile(target, result.mdx, { flag: 'wx' });
  const shown = path.relative(process.cwd(), target).startsWith('..') ? target : path.relative(process.cwd(), target);
  console.log(`Imported ${input} → ${shown} (a draft).\n\n${report}\n\nNext: fill in every TODO (dek, key points, credit, …), preview with npm run dev, then delete \`draft: true\`.`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
