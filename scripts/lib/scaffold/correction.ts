/**
 * `npm run new -- correction <entry>`: a dated correction stub added to an existing entry's
 * frontmatter. The YAML Document API finds where the list is; the stub is spliced in as text, so
 * every other byte of the file stays as the writer left it. Its `TODO` keeps the entry from
 * validating until the writer says what was wrong.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { isDeepStrictEqual } from 'node:util';
import { readFrontmatter } from '../../../src/lib/content/frontmatter.ts';
import { findPlaceholders, PLACEHOLDER } from '../../../src/lib/content/placeholders.ts';
import { ScaffoldError } from './names.ts';
import { yamlString } from './templates.ts';

/** The text a new correction starts with: the newsroom form, with the blanks left to fill. */
export const CORRECTION_STUB = `${PLACEHOLDER}: An earlier version of this entry said … It was …`;

/** An entry's text with a correction stub added. */
export interface CorrectedText {
  text: string;
  /** 1-based line of the stub's `text:`, the line the writer must fill in. */
  line: number;
}

const FENCE = /^---[ \t]*$/;

/**
 * Adds `- date: <today>` / `text: "TODO: …"` at the end of the entry's `corrections`, creating the
 * list if needed. `file` is the path named in messages.
 */
export function addCorrectionStub(fileText: string, today: string, file: string): CorrectedText {
  const before = readFrontmatter(fileText);
  if (!before.ok) {
    throw new ScaffoldError(
      `The frontmatter of ${file} cannot be read (line ${before.line}): ${before.message}`,
      `${before.hint}\nFix that first (npm run validate lists every problem), then run the command again.`,
    );
  }
  const unfinished = unfinishedStub(before.frontmatter.data['corrections']);
  if (unfinished !== undefined) {
    throw new ScaffoldError(
      `${file} already has a correction that still holds its ${PLACEHOLDER} (line ${before.frontmatter.lineOf(['corrections', unfinished, 'text'])}).`,
      'Fill that one in first: one correction can say what was wrong in several places.',
    );
  }
  const bom = fileText.startsWith('\uFEFF') ? '\uFEFF' : '';
  const eol = fileText.includes('\r\n') ? '\r\n' : '\n';
  const lines = fileText.slice(bom.length).split(/\r?\n/);
  const close = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  const yamlLines = lines.slice(1, close);
  const { replaceFrom, replaceTo, insert, stubLine } = planInsertion(yamlLines, before.frontmatter.data['corrections'], today, file);
  // Lines are counted within the YAML, which starts on the file's second line.
  const next = [...lines.slice(0, 1 + replaceFrom), ...insert, ...lines.slice(1 + replaceTo)];
  const text = bom + next.join(eol);
  assertOnlyAdded(text, before.frontmatter.data, today);
  return { text, line: 2 + stubLine };
}

interface Insertion {
  /** 0-based YAML line range [replaceFrom, replaceTo) replaced by `insert`. */
  replaceFrom: number;
  replaceTo: number;
  insert: string[];
  /** 0-based YAML line of the stub's `text:`. */
  stubLine: number;
}

/** Where the stub goes: after the last item of a block list, or as a new block list. */
function planInsertion(yamlLines: readonly string[], existing: unknown, today: string, file: string): Insertion {
  const counter = new LineCounter();
  const doc = parseDocument(yamlLines.join('\n'), { lineCounter: counter });
  const pair = isMap(doc.contents) ? doc.contents.items.find((item) => isScalar(item.key) && item.key.value === 'corrections') : undefined;
  const lineOf = (offset: number) => counter.linePos(offset).line - 1;
  if (!pair) {
    // No list yet: a new one at the end of the frontmatter.
    const insert = ['corrections:', ...stubItem('  ', ' ', today)];
    return { replaceFrom: yamlLines.length, replaceTo: yamlLines.length, insert, stubLine: yamlLines.length + 2 };
  }
  const value = pair.value as Node | null;
  if (isSeq(value) && !value.flow && value.items.length > 0) {
    const first = value.items[0] as Node;
    const [, indent = '  ', gap = ' '] = /^(\s*)-(\s+)/.exec(yamlLines[lineOf(first.range![0])] ?? '') ?? [];
    const last = value.items.at(-1) as Node;
    const after = lineOf(last.range![1] - 1) + 1;
    return { replaceFrom: after, replaceTo: after, insert: stubItem(indent, gap, today), stubLine: after + 1 };
  }
  if (value === null || isSeq(value) || (isScalar(value) && value.value === null)) {
    // `corrections:` with nothing, or a `[…]` list: rewrite that field alone as a block list.
    const keyLine = lineOf((pair.key as Node).range![0]);
    const end = value?.range ? lineOf(Math.max(value.range[1] - 1, value.range[0])) + 1 : keyLine + 1;
    const items = Array.isArray(existing) ? existing.flatMap((item) => blockItem(item)) : [];
    const insert = ['corrections:', ...items, ...stubItem('  ', ' ', today)];
    return { replaceFrom: keyLine, replaceTo: end, insert, stubLine: keyLine + insert.length - 1 };
  }
  throw new ScaffoldError(
    `\`corrections\` in ${file} is not a list, so a correction cannot be added to it.`,
    'Write it as a list of `- date: …` / `text: …` items (npm run validate shows how), then run the command again.',
  );
}

/** The index of a correction whose text still holds a placeholder, if any. */
function unfinishedStub(corrections: unknown): number | undefined {
  if (!Array.isArray(corrections)) return undefined;
  const index = corrections.findIndex((c) => typeof c?.text === 'string' && findPlaceholders(c.text).length > 0);
  return index === -1 ? undefined : index;
}

function stubItem(indent: string, gap: string, today: string): string[] {
  return [`${indent}-${gap}date: ${today}`, `${indent} ${gap}text: ${yamlString(CORRECTION_STUB)}`];
}

/** An existing correction from a `[…]` list, written as a block item. */
function blockItem(item: unknown): string[] {
  const { date, text } = (item ?? {}) as { date?: unknown; text?: unknown };
  return [`  - date: ${String(date)}`, `    text: ${yamlString(String(text ?? ''))}`];
}

/** The new text must read as the old data plus exactly one stub; anything else is a bug, and nothing is written. */
function assertOnlyAdded(text: string, before: Record<string, unknown>, today: string): void {
  const after = readFrontmatter(text);
  const old = Array.isArray(before['corrections']) ? before['corrections'] : [];
  const expected = { ...before, corrections: [...old, { date: today, text: CORRECTION_STUB }] };
  if (!after.ok || !isDeepStrictEqual(after.frontmatter.data, expected)) {
    throw new Error('Adding the correction would have changed other fields of the entry, so the file was left as it was. Please report this.');
  }
}
