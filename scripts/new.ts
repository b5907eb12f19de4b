/**
 * `npm run new -- term|event|article …`: creates a draft entry at its conventional path, from a
 * template that builds as it is. Never overwrites a file; suggests the next free name instead.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentRoot } from '../src/content-root.ts';
import { readFrontmatter } from '../src/lib/content/frontmatter.ts';
import { findNameOwner, nextFreeName, planEntry, ScaffoldError, USAGE, type NamedTerm } from '../src/lib/scaffold/index.ts';
import { readContentFiles } from './lib/content-files.ts';

function fail(message: string, hint: string): number {
  console.error(`${message}\n  ${hint.split('\n').join('\n  ')}`);
  return 1;
}

/** The path writers see: relative to where they ran the command. */
function shown(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') ? file : relative;
}

/** The names (term and aliases) of every glossary entry that can be read. */
async function readGlossaryNames(): Promise<NamedTerm[]> {
  const files = (await readContentFiles(contentRoot())).filter((f) => f.collection === 'glossary');
  return files.flatMap((f) => {
    const parsed = readFrontmatter(f.text);
    if (!parsed.ok) return [];
    const { term, aliases } = parsed.frontmatter.data;
    return typeof term === 'string' ? [{ file: f.file, term, aliases: Array.isArray(aliases) ? aliases.map(String) : [] }] : [];
  });
}

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({ args: argv, allowPositionals: true, options: { slug: { type: 'string' }, category: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    return fail((error as Error).message, USAGE);
  }
  if (args.values.help) {
    console.log(USAGE);
    return 0;
  }
  let plan;
  try {
    plan = planEntry({ positionals: args.positionals, slug: args.values.slug, category: args.values.category }, new Date());
  } catch (error) {
    if (error instanceof ScaffoldError) return fail(error.message, error.hint);
    throw error;
  }
  const dir = path.join(contentRoot(), plan.dir);
  const target = path.join(dir, plan.fileName);
  if (existsSync(target)) {
    const free = nextFreeName(plan.fileName, (name) => existsSync(path.join(dir, name)));
    const slug = free.replace(/\.mdx$/, '').replace(plan.collection === 'timeline' ? /^\d{4}-\d{2}(?:-\d{2})?-/ : /^$/, '');
    const again = ['npm run new --', ...args.positionals.map((p) => (/\s/.test(p) ? `"${p}"` : p)), '--slug', slug].join(' ');
    return fail(
      `${shown(target)} already exists, and npm run new never overwrites a file.`,
      `To edit that entry, open it. To create another one, run: ${again}\n(${free} is free.)`,
    );
  }
  const owner = plan.collection === 'glossary' ? findNameOwner(plan.title, await readGlossaryNames()) : undefined;
  if (owner) {
    console.warn(
      `Note: \`${plan.title}\` is already the ${owner.as} of ${owner.file}. Perhaps edit that entry instead?\n` +
        '  A name can link to only one glossary entry: before publishing this one, remove the name from one of the two files.\n',
    );
  }
  await mkdir(dir, { recursive: true });
  await writeFile(target, plan.text, { flag: 'wx' });
  console.log(
    [
      `Created ${shown(target)}: a draft ${plan.label}.`,
      'Next:',
      '  1. Replace every TODO in it (the build refuses a published entry that still has one).',
      '  2. Run npm run dev to preview it: drafts show there with a "Draft" banner.',
      '  3. Delete the line `draft: true` to publish it, then run npm run build.',
    ].join('\n'),
  );
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
