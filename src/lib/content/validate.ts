/**
 * Validates a whole content set from its raw text: size, characters, nesting, YAML, schema, MDX
 * syntax, what the text may contain, and cross-references. It reports every problem in every
 * file, so a writer fixes them in one pass.
 */
import { SCHEMAS } from '../../schemas/index.ts';
import type { CollectionName } from '../constants.ts';
import type { DraftPolicy } from '../drafts.ts';
import { placeContentProblems } from '../places/content-check.ts';
import { bodyProblems, mayBreakBodyRules } from './body-rules.ts';
import { checkCrossReferences, type CheckedEntry } from './cross-references.ts';
import { entryIdFromPath } from './entry-id.ts';
import { scanMdx } from './mdx-scan.ts';
import { citationProblems, linkedSources } from './citations.ts';
import { correctionProblems } from './corrections.ts';
import { placeholderProblems } from './placeholders.ts';
import type { Problem } from './problems.ts';
import { formatFieldPath, schemaProblems } from './schema-problems.ts';
import { screenEntry } from './screen.ts';

export interface SourceFile {
  collection: CollectionName;
  /** Path inside the collection directory: `map.mdx`. */
  name: string;
  /** Path shown in messages: `content/glossary/map.mdx`. */
  file: string;
  text: string;
}

/** A file that could not be read as an entry at all (too big, not UTF-8, in a subfolder, a link out of the content folder). */
export interface RefusedFile {
  collection: CollectionName;
  name: string;
  file: string;
  problem: Omit<Problem, 'file'>;
}

export interface ValidationResult {
  entries: CheckedEntry[];
  problems: Problem[];
}

/** Validates every file, then the references between them. */
export function validateContent(files: readonly (SourceFile | RefusedFile)[], policy: DraftPolicy): ValidationResult {
  const entries: CheckedEntry[] = [];
  const problems: Problem[] = [];
  const invalidIds = new Set<string>();
  for (const source of files) {
    const result = 'problem' in source ? { problems: [{ file: source.file, ...source.problem }] } : validateFile(source);
    problems.push(...result.problems);
    if (result.entry) entries.push(result.entry);
    else invalidIds.add(`${source.collection}/${entryIdFromPath(source.name)}`);
  }
  problems.push(...checkCrossReferences(entries, { showDrafts: policy.showDrafts, invalidIds }));
  problems.push(...placeContentProblems(entries, { showDrafts: policy.showDrafts, invalidIds }));
  return { entries, problems };
}

/** Validates one file on its own; `entry` is set when its frontmatter is valid. */
export function validateFile(source: SourceFile): { entry?: CheckedEntry; problems: Problem[] } {
  const { file } = source;
  const screened = screenEntry(source.text);
  if (!screened.ok) return { problems: screened.problems.map((problem) => ({ file, ...problem })) };
  const { data, lineOf, body, bodyLine } = screened.frontmatter;

  const problems: Problem[] = [];
  const scan = scanMdx(body);
  if (!scan.ok) {
    problems.push({
      file,
      line: bodyLine + scan.line - 1,
      message: scan.message,
      hint: scan.hint,
    });
  } else if (mayBreakBodyRules(body)) {
    // The entry sits one folder below the content folder, plus any folders in its name.
    const depth = source.name.split('/').length;
    for (const problem of bodyProblems(scan.tree, { depth })) problems.push({ file, ...problem, line: bodyLine + problem.line - 1 });
  }

  const schema = SCHEMAS[source.collection];
  const result = schema.safeParse(data);
  if (!result.success) {
    problems.push(...schemaProblems(result.error.issues, { file, data, schema, lineOf }));
    return { problems };
  }
  const entry = {
    collection: source.collection,
    id: entryIdFromPath(source.name),
    file,
    data: result.data,
    lineOf,
    bodyLine,
    body,
    components: scan.ok ? scan.components : [],
  } as CheckedEntry;
  // Most bodies link nothing, and parsing them only to find that out is a large share of the time.
  const links = scan.ok && /https?:\/\//i.test(body) ? linkedSources(scan.tree, bodyLine) : [];
  problems.push(...citationProblems({ file, data: entry.data, lineOf, links }));
  problems.push(...correctionProblems(entry, data));
  if (!entry.data.draft) {
    const fieldLines = fieldPaths(data).map((path) => ({ field: formatFieldPath(path), line: lineOf(path) }));
    problems.push(...placeholderProblems({ file, text: source.text, fieldLines, bodyLine }));
  }
  return { entry, problems };
}

/** Every field path in `data`, parents before children: `sources`, `sources[0]`, `sources[0].url`. */
function fieldPaths(data: unknown, prefix: readonly PropertyKey[] = []): PropertyKey[][] {
  if (data === null || typeof data !== 'object') return [];
  const keys: PropertyKey[] = Array.isArray(data) ? data.map((_, i) => i) : Object.keys(data);
  return keys.flatMap((key) => {
    const path = [...prefix, key];
    return [path, ...fieldPaths((data as Record<PropertyKey, unknown>)[key], path)];
  });
}
