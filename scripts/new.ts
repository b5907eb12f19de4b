/**
 * `npm run new -- term|event|article …`: creates a draft entry at its conventional path, from a
 * template that builds as it is. Never overwrites a file; suggests the next free name instead.
 * `npm run new -- correction <entry>` adds a dated correction stub to an existing entry instead.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentRoot } from '../src/node/content-root.ts';
import { entryIdFromPath } from '../src/lib/content/entry-id.ts';
import { readFrontmatter } from '../src/lib/content/frontmatter.ts';
import {
  addCorrectionStub,
  CORRECTION_KIND,
  findEntry,
  findNameOwner,
  nextFreeName,
  planEntry,
  ScaffoldError,
  USAGE,
  type EntryFile,
  type NamedTerm,
} from './lib/scaffold/index.ts';
import { entryPage, routes } from '../src/lib/routes.ts';
import { COLLECTIONS } from '../src/lib/constants.ts';
import { formatDate } from '../src/lib/timeline/dates.ts';
import { readContentFiles } from './lib/content/read-content.ts';
import { lookupPlace } from '../src/node/gazetteer.ts';
import { buildGazetteer, resolvePlace, suggestPlace, type PlaceEntry, type PlaceNames } from '../src/lib/places/gazetteer.ts';
import { formatCoordinates } from '../src/schemas/coordinates.ts';
import { countryName } from '../src/schemas/countries.ts';

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

/** The gazetteer as it stands: every place entry whose name can be read. */
async function readPlaces(): Promise<PlaceEntry<PlaceNames & { urls: string[] }>[]> {
  const files = (await readContentFiles(contentRoot())).filter((f) => f.collection === 'places');
  return files.flatMap((f) => {
    const parsed = readFrontmatter(f.text);
    if (!parsed.ok) return [];
    const { name, aliases, sources } = parsed.frontmatter.data;
    const urls = Array.isArray(sources) ? sources.flatMap((s: { url?: unknown }) => (typeof s?.url === 'string' ? [s.url] : [])) : [];
    return typeof name === 'string' ? [{ id: entryIdFromPath(f.name), file: f.file, data: { name, aliases: Array.isArray(aliases) ? aliases.map(String) : [], urls } }] : [];
  });
}

/**
 * Refuses a place the gazetteer already has under that name or spelling, and, when GeoNames knows
 * no such place, a name a letter or two from a known one: most likely a misspelling.
 */
async function checkNewPlace(name: string, geonamesUrl: string | undefined): Promise<string | undefined> {
  const places = await readPlaces();
  const { gazetteer } = buildGazetteer(places);
  const existing = resolvePlace(gazetteer, name);
  if (existing) {
    return `\`${name}\` is already a place: ${existing.file} (${existing.data.name}).\n  Use it in \`places:\` as it is; to add a spelling, add it to that entry's \`aliases\`.`;
  }
  const cited = geonamesUrl && places.find((place) => place.data.urls.includes(geonamesUrl));
  if (cited) {
    return `GeoNames' closest match for \`${name}\` (${geonamesUrl}) is already ${cited.file}. Did you mean \`${cited.data.name}\`?\n  If you did, use it in \`places:\` as it is, or add \`${name}\` to its \`aliases\`.`;
  }
  if (geonamesUrl) return undefined;
  const near = suggestPlace(gazetteer, name);
  if (!near) return undefined;
  return `GeoNames has no place called \`${name}\`, and the site has \`${near.spelling}\` (${near.place.file}). Did you mean \`${near.spelling}\`?\n  If you did, use it in \`places:\` as it is. If \`${name}\` is another place, add --slug <file-name> to create it anyway.`;
}

/** Today in the writer's own calendar, `2026-11-29`: the day a correction appears. */
function localDay(now: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

/** Every entry file under the content root, as findEntry takes them. */
async function listEntries(): Promise<EntryFile[]> {
  const root = contentRoot();
  return (await readContentFiles(root)).map((f) => ({
    collection: f.collection,
    id: entryIdFromPath(f.name),
    file: f.file,
    absolute: path.join(root, COLLECTIONS[f.collection].dir, f.name),
  }));
}

/** `npm run new -- correction <entry>`: adds the stub, writing the file in one step (a temporary file, then a rename). */
async function addCorrection(targets: readonly string[]): Promise<number> {
  const [input] = targets;
  if (!input || targets.length > 1) {
    return fail(
      input ? 'Correct one entry at a time.' : 'Say which entry to correct.',
      'Give its file, its id or its page address: npm run new -- correction content/timeline/2015-02-12-minsk-ii-signed.mdx',
    );
  }
  const today = localDay(new Date());
  let entry;
  let corrected;
  let original;
  try {
    // npm runs scripts in the project folder; a relative path is relative to where the writer typed it.
    entry = findEntry(input, path.resolve(process.env['INIT_CWD'] ?? process.cwd(), input), await listEntries());
    original = await readFile(entry.absolute, 'utf8');
    corrected = addCorrectionStub(original, today, entry.file);
  } catch (error) {
    if (error instanceof ScaffoldError) return fail(error.message, error.hint);
    throw error;
  }
  const temporary = `${entry.absolute}.${process.pid}.tmp`;
  await writeFile(temporary, corrected.text, { flag: 'wx' });
  await rename(temporary, entry.absolute);
  const read = readFrontmatter(original);
  const draft = read.ok && read.frontmatter.data['draft'] === true;
  const page = entryPage(entry.collection, entry.id);
  console.log(
    [
      `Added a correction dated ${today} to ${entry.file} (line ${corrected.line}).`,
      'Next:',
      '  1. Fix the wrong fact in the entry itself.',
      `  2. On line ${corrected.line}, replace the TODO with what was wrong and what is right:`,
      '     "An earlier version of this entry said … It was …"',
      '  3. Run npm run validate: it refuses the entry until the TODO is gone. Then npm run build.',
      `Readers will see the correction at the end of ${page} and on ${routes.corrections()}, and the entry shows "Updated ${formatDate(today)}".`,
      ...(draft ? ['', 'Note: this entry is a draft, so readers have not seen it. A draft needs no correction: fix the text and delete the correction.'] : []),
    ].join('\n'),
  );
  return 0;
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
  const [kind, ...targets] = args.positionals;
  if (kind?.toLowerCase() === CORRECTION_KIND) return addCorrection(targets);
  let plan;
  try {
    plan = planEntry({ positionals: args.positionals, slug: args.values.slug, category: args.values.category }, new Date(), (name) => lookupPlace(name));
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
  if (plan.collection === 'places') {
    const refusal = await checkNewPlace(plan.title, plan.proposal?.source.url);
    if (refusal && !(args.values.slug && refusal.startsWith('GeoNames has no'))) {
      const [message, ...hint] = refusal.split('\n  ');
      return fail(message!, hint.join('\n'));
    }
  }
  await mkdir(dir, { recursive: true });
  await writeFile(target, plan.text, { flag: 'wx' });
  if (plan.collection === 'places') {
    const p = plan.proposal;
    console.log(
      p
        ? `GeoNames proposes ${p.name}, ${countryName(p.country) ?? p.country}, at ${formatCoordinates(p.lat, p.lon)} (${p.source.url}). Check on that page that it is the place you mean.`
        : `GeoNames has no place called \`${plan.title}\`: fill in the point from the place's Wikipedia article, and say in the source's note what the point is.`,
    );
  }
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
