/** Turns Zod issues into problems a writer can act on: the field, its line, and the fix. */
import type { z } from 'astro/zod';
import type { Problem } from './problems.ts';
import { CATEGORIES } from '../constants.ts';
import { didYouMean } from '../../schemas/suggest.ts';

type Issue = z.core.$ZodIssue;

/** A valid example of each field that writers most often leave out or get wrong, shown in hints. */
const FIELD_EXAMPLES: Record<string, string> = {
  title: 'title: Ukraine urges NATO to speed up membership',
  dek: 'dek: One or two sentences under the headline that say why the story matters.',
  published: 'published: 2021-04-06T12:00:00+03:00',
  byline: 'byline: AFP (Olga Shylenko)',
  credit: 'credit: AFP via The Moscow Times',
  source: 'source:\n  name: The Moscow Times\n  url: https://www.themoscowtimes.com/…',
  keyPoints: 'keyPoints:\n  - A first short fact.\n  - A second one.\n  - A third one.',
  date: 'date: 2021-04-06',
  category: `category: ${CATEGORIES[0]}    # or ${CATEGORIES.slice(1).join(', ')}`,
  term: 'term: Minsk agreements',
  short: 'short: A plain-text definition of at most 200 characters.',
  sources: 'sources:\n  - name: NATO\n    url: https://www.nato.int/…',
  // `name` alone is a place's; a source's name is looked up as `sources.name` or `source.name`.
  name: 'name: Kyiv    # the spelling readers see on maps',
  'sources.name': 'name: Reuters',
  'source.name': 'name: Reuters',
  lat: 'lat: 50.4547    # decimal degrees, north positive',
  lon: 'lon: 30.5238    # decimal degrees, east positive',
  kind: 'kind: city    # or town, village, site, region, country, peninsula, island, sea, strait',
  country: 'country: UA    # two-letter ISO code; Crimea is UA',
  url: 'url: https://www.nato.int/…',
  corrections: 'corrections:\n  - date: 2026-11-29\n    text: "An earlier version of this entry said … It was …"',
  // Inside a list item, `<list>.<field>` is looked up first: a correction's date is not an event's.
  'corrections.date': 'date: 2026-11-29',
  'corrections.text': 'text: "An earlier version of this entry said … It was …"',
};

const EXAMPLES: Record<string, string> = {
  string: 'text',
  array: 'a list such as `[a, b]`',
  object: 'a group of indented `name: value` lines',
  boolean: '`true` or `false`',
  number: 'a number',
};

/** Formats a Zod path as writers write it: `sources[0].url`. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

export interface SchemaProblemContext {
  file: string;
  data: Record<string, unknown>;
  schema: z.ZodType;
  lineOf?: (path: readonly PropertyKey[]) => number;
}

/** One problem per Zod issue; unknown fields become one problem each, with a suggestion. */
export function schemaProblems(issues: readonly Issue[], context: SchemaProblemContext): Problem[] {
  return issues.flatMap((issue) => toProblems(issue, context));
}

function toProblems(issue: Issue, context: SchemaProblemContext): Problem[] {
  const { file, data, lineOf } = context;
  const path = issue.path;
  const where = (p: readonly PropertyKey[]) => ({
    file,
    ...(lineOf ? { line: lineOf(p) } : {}),
    ...(p.length ? { field: formatFieldPath(p) } : {}),
  });

  if (issue.code === 'unrecognized_keys') {
    const known = knownKeys(context.schema, path);
    return issue.keys.map((key) => ({
      ...where([...path, key]),
      message: `\`${key}\` is not a field of this kind of entry.`,
      hint: `Remove it, or fix its spelling.${didYouMean(key, known)} The fields are: ${known.join(', ')}.`,
    }));
  }

  const value = valueAt(data, path);
  const key = String(path[path.length - 1] ?? '');
  const example = FIELD_EXAMPLES[`${String(path[0])}.${key}`] ?? FIELD_EXAMPLES[key];
  const showExample = example ? `\n${example.replace(/^/gm, '  ')}` : '';
  if (value === undefined && isRecord(valueAt(data, path.slice(0, -1)))) {
    const name = formatFieldPath(path);
    // A missing field has no line of its own; point at the entry, not at an unrelated line.
    const { line: _line, ...place } = where(path);
    return [
      {
        ...place,
        message: `The required field \`${name}\` is missing.`,
        hint: example
          ? `Add it like this:${showExample}`
          : `Add \`${key}:\` with ${EXAMPLES[issue.code === 'invalid_type' ? issue.expected : ''] ?? 'a value'}. The writers' guide (content/README.md) describes every field.`,
      },
    ];
  }
  if (value === null) {
    return [
      {
        ...where(path),
        message: `\`${formatFieldPath(path)}\` is empty.`,
        hint: `Write a value after \`${key}:\`. A value that starts with # must be in double quotes, or YAML reads it as a comment.`,
      },
    ];
  }
  if (issue.code === 'invalid_type') {
    const message = issue.message.startsWith('Invalid input')
      ? `\`${formatFieldPath(path)}\` should be ${EXAMPLES[issue.expected] ?? issue.expected}, not \`${JSON.stringify(value)}\`.`
      : issue.message;
    return [{ ...where(path), message, ...(example ? { hint: `Write it like this:${showExample}` } : {}) }];
  }
  return [{ ...where(path), message: issue.message }];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** The field names the schema allows at `path`, for "did you mean". */
function knownKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: unknown = schema;
  for (const part of [...path, undefined]) {
    current = unwrap(current);
    const def = (current as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
    if (!def) return [];
    if (part === undefined) {
      return def['type'] === 'object' ? Object.keys(def['shape'] as object) : [];
    }
    if (def['type'] === 'object') current = (def['shape'] as Record<string, unknown>)[String(part)];
    else if (def['type'] === 'array') current = def['element'];
    else return [];
  }
  return [];
}

function unwrap(schema: unknown): unknown {
  let current = schema;
  for (;;) {
    const def = (current as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
    if (!def) return current;
    if (def['innerType']) current = def['innerType'];
    else if (def['type'] === 'pipe') current = def['in'];
    else return current;
  }
}
