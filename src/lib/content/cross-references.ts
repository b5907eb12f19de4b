/**
 * Checks that need every entry at once: ids that must exist, names claimed twice, file names
 * that disagree with their dates. Astro only logs a missing reference; these fail the build.
 */
import type { ArticleData, GlossaryTermData, PlaceData, TimelineEventData } from '../../schemas/index.ts';
import { isShown } from '../drafts.ts';
import type { ComponentUse } from './mdx-scan.ts';
import type { Problem } from './problems.ts';
import { didYouMean } from '../../schemas/suggest.ts';
import { entryIdFromPath } from './entry-id.ts';

interface EntryBase {
  id: string;
  /** Path relative to the project root, for messages. */
  file: string;
  /** Line of a frontmatter field, when the caller knows it. */
  lineOf?: (path: readonly PropertyKey[]) => number;
  /** Writer components used in the body, with body-relative lines. */
  components?: readonly ComponentUse[];
  /** File line on which the body starts. */
  bodyLine?: number;
  /** The MDX body, when the caller read it. */
  body?: string | undefined;
}

export type CheckedEntry =
  | (EntryBase & { collection: 'articles'; data: ArticleData })
  | (EntryBase & { collection: 'timeline'; data: TimelineEventData })
  | (EntryBase & { collection: 'glossary'; data: GlossaryTermData })
  | (EntryBase & { collection: 'places'; data: PlaceData });

/** The components writers may use in MDX without importing them. */
export const WRITER_COMPONENTS = ['Term', 'PullQuote', 'Aside'] as const;

export interface CrossReferenceOptions {
  /** When drafts are not shown (every build), nothing published may point at one (src/lib/drafts.ts). */
  showDrafts: boolean;
  /** Ids of files that exist but failed validation: references to them are not reported again. */
  invalidIds?: ReadonlySet<string>;
}

/** Every cross-reference problem in `entries`, in no particular order. */
export function checkCrossReferences(entries: readonly CheckedEntry[], options: CrossReferenceOptions): Problem[] {
  const glossary = entries.filter((e) => e.collection === 'glossary');
  const published = (e: CheckedEntry) => isShown(e.data, options);
  const invalid = options.invalidIds ?? new Set<string>();
  const termIds = new Set(glossary.filter(published).map((e) => e.id));
  const draftTermIds = new Set(glossary.filter((e) => !published(e)).map((e) => e.id));
  const events = entries.filter((e) => e.collection === 'timeline');
  const eventIds = new Set(events.filter(published).map((e) => e.id));

  const problems: Problem[] = [...checkIds(entries), ...checkNameClaims(glossary.filter(published))];
  for (const entry of entries) {
    if (!published(entry)) continue;
    const refer = (ids: readonly string[], field: string) => {
      ids.forEach((id, index) => {
        if (invalid.has(`glossary/${id}`)) return;
        const problem = checkTermId(id, `\`${field}\``, termIds, draftTermIds);
        if (problem) problems.push({ ...at(entry, [field, index]), ...problem });
      });
    };
    if (entry.collection === 'timeline') {
      problems.push(...checkDatePrefix(entry));
      refer(entry.data.terms, 'terms');
    } else if (entry.collection === 'glossary') {
      refer(entry.data.related, 'related');
      if (entry.data.related.includes(entry.id)) {
        problems.push({ ...at(entry, ['related']), message: 'A term lists itself in `related`.', hint: `Remove \`${entry.id}\` from \`related\`.` });
      }
    } else if (entry.collection === 'articles') {
      refer(entry.data.glossaryExclude, 'glossaryExclude');
      entry.data.events.forEach((id, index) => {
        if (eventIds.has(id) || invalid.has(`timeline/${id}`)) return;
        problems.push({
          ...at(entry, ['events', index]),
          message: `Unknown timeline event \`${id}\` in \`events\`.`,
          hint: `Use the file name of an entry in content/timeline/, without \`.mdx\`.${didYouMean(id, eventIds)}`,
        });
      });
    }
    problems.push(...checkComponents(entry, termIds, draftTermIds, invalid));
  }
  return problems;
}

function at(entry: CheckedEntry, path: readonly PropertyKey[]): Pick<Problem, 'file' | 'line' | 'field'> {
  const field = path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
  return { file: entry.file, ...(entry.lineOf ? { line: entry.lineOf(path) } : {}), field };
}

/** A problem for a glossary id that does not resolve, or undefined when it does. `where` names the field or component. */
function checkTermId(id: string, where: string, termIds: ReadonlySet<string>, draftTermIds: ReadonlySet<string>) {
  if (termIds.has(id)) return undefined;
  if (draftTermIds.has(id)) {
    return {
      message: `The glossary term \`${id}\` in ${where} is still a draft, so published pages cannot link to it.`,
      hint: `Publish content/glossary/${id}.mdx (remove \`draft: true\`), or remove the reference.`,
    };
  }
  return {
    message: `Unknown glossary term \`${id}\` in ${where}.`,
    hint: `Use the file name of an entry in content/glossary/, without \`.mdx\`.${didYouMean(id, termIds)}\nIf it is a new term, create it with: npm run new -- term "${titleFromId(id)}"`,
  };
}

function titleFromId(id: string): string {
  const text = id.replace(/-/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** File names must be valid ids, and no two files may end up with the same id. */
function checkIds(entries: readonly CheckedEntry[]): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, CheckedEntry>();
  for (const entry of entries) {
    const name = entry.file.split('/').pop() ?? entry.file;
    const expected = `${entryIdFromPath(name)}.mdx`;
    if (name !== expected) {
      problems.push({
        file: entry.file,
        message: `The file name \`${name}\` cannot be used as a web address.`,
        hint: `Rename the file to \`${expected}\`: lowercase letters, digits and hyphens only.`,
      });
    }
    const key = `${entry.collection}/${entry.id}`;
    const first = seen.get(key);
    if (first) {
      problems.push({
        file: entry.file,
        message: `Two files have the same id \`${entry.id}\`: this one and ${first.file}.`,
        hint: 'Ids come from file names and become URLs, so each must be unique. Rename one of the files.',
      });
    } else {
      seen.set(key, entry);
    }
  }
  return problems;
}

/** A term or alias may link to only one glossary entry. */
function checkNameClaims(glossary: readonly CheckedEntry[]): Problem[] {
  const problems: Problem[] = [];
  const claims = new Map<string, { entry: CheckedEntry; field: string }>();
  const sorted = [...glossary].sort((a, b) => a.file.localeCompare(b.file));
  for (const entry of sorted) {
    if (entry.collection !== 'glossary') continue;
    const names: [string, readonly PropertyKey[]][] = [
      [entry.data.term, ['term']],
      ...entry.data.aliases.map((alias, index): [string, readonly PropertyKey[]] => [alias, ['aliases', index]]),
    ];
    for (const [name, path] of names) {
      const key = name.toLowerCase();
      const claim = claims.get(key);
      if (!claim) {
        claims.set(key, { entry, field: path[0] === 'term' ? 'term' : 'alias' });
      } else if (claim.entry !== entry) {
        problems.push({
          ...at(entry, path),
          message: `\`${name}\` is already the ${claim.field} of ${claim.entry.file}.`,
          hint: `A name can link to only one glossary entry. Remove \`${name}\` from one of the two files.`,
        });
      }
    }
  }
  return problems;
}

function checkDatePrefix(entry: CheckedEntry & { collection: 'timeline' }): Problem[] {
  const { date } = entry.data;
  const name = entry.id.split('/').pop() ?? entry.id;
  if (name.startsWith(`${date}-`) && name.length > date.length + 1) return [];
  const rest = name.replace(/^\d{4}-\d{2}(?:-\d{2})?-?/, '') || 'event';
  const prefix = /^\d{4}-\d{2}(?:-\d{2})?/.exec(name)?.[0];
  return [
    {
      ...at(entry, ['date']),
      message: prefix
        ? `The file name starts with \`${prefix}\` but \`date\` is \`${date}\`.`
        : `The file name must start with the event's date, \`${date}\`.`,
      hint: `Rename the file to \`${date}-${rest}.mdx\`, or correct \`date\`.`,
    },
  ];
}

function checkComponents(
  entry: CheckedEntry,
  termIds: ReadonlySet<string>,
  draftTermIds: ReadonlySet<string>,
  invalid: ReadonlySet<string>,
): Problem[] {
  const problems: Problem[] = [];
  const known: readonly string[] = WRITER_COMPONENTS;
  for (const use of entry.components ?? []) {
    const line = (entry.bodyLine ?? 1) + use.line - 1;
    // Unknown components and attributes written as code are reported with the other rules of the text (body-rules.ts).
    if (!known.includes(use.name) || use.code) continue;
    if (use.name === 'PullQuote' && !use.props['cite']?.trim()) {
      problems.push({
        file: entry.file,
        line,
        message: '`<PullQuote>` needs a `cite`: who said it.',
        hint: 'Write it as <PullQuote cite="Volodymyr Zelensky">the quoted words</PullQuote>. The quote’s own page and share card show the speaker.',
      });
      continue;
    }
    if (use.name !== 'Term') continue;
    const id = use.props['id'];
    if (id === undefined) {
      problems.push({ file: entry.file, line, message: '`<Term>` needs an `id`.', hint: 'Write it as <Term id="map">text</Term>, with the id of a file in content/glossary/.' });
      continue;
    }
    if (invalid.has(`glossary/${id}`)) continue;
    const problem = checkTermId(id, '<Term id="…">', termIds, draftTermIds);
    if (problem) problems.push({ file: entry.file, line, ...problem });
  }
  return problems;
}

