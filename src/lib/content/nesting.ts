/**
 * How deeply an entry nests, bounded from its text in one pass, before any parser sees it. The
 * MDX parser's time grows much faster than linearly with nesting (the measurements are in
 * src/lib/content/README.md), and the compiler recurses once per level, so a deep enough body also
 * overflows the stack.
 *
 * Every figure here is an upper bound that a writer cannot talk down: it never undercounts, at the
 * cost of counting some harmless text too.
 * - Lists and quotations: a line inside k nested containers carries k markers or at least 2k
 *   columns of indentation, so the markers plus half the indentation bound its depth.
 * - Elements, brackets, braces and emphasis: whatever is open around a point was opened before it
 *   and is closed after it, so the depth there is at most the smaller of the openers before and the
 *   closers after. Counting every candidate, in code and attributes too, keeps that true; many
 *   pairs side by side raise the figure a little (n pairs in a row count as n/2), which is why
 *   these limits are higher than the limit on lists.
 */
import { MAX_NESTING, MAX_OPEN } from './limits.ts';

/** The kinds of nesting, each bounded on its own. */
export type NestingKind = 'blocks' | 'elements' | 'brackets' | 'braces' | 'emphasis' | 'yaml';

/** The kinds counted in an MDX body. */
export type BodyNestingKind = Exclude<NestingKind, 'yaml'>;

/** The first place where one kind of nesting goes past its limit. */
export interface DeepNesting<Kind extends NestingKind = NestingKind> {
  kind: Kind;
  /** 1-based line within the text that was scanned. */
  line: number;
  /** The limit that was passed. */
  limit: number;
}

/** One opener or closer: the line it is on, the paragraph it belongs to, and how many it counts for. */
interface Mark {
  line: number;
  chunk: number;
  opens: number;
  closes: number;
}

/** Quotation markers, list markers and the indentation around them, at the start of a line. */
const BLOCK_PREFIX = /^(?:[ \t]|>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$))*/;
const FENCE = /^(`{3,}|~{3,})/;
/** What MDX reads as the start of a tag after `<` (a name or a fragment's `>`); after anything else `<` is text or an error. */
const TAG_START = /[A-Za-z$_>]/;

type InlineKind = 'elements' | 'brackets' | 'braces' | 'emphasis';

/** The first place in an MDX `body` nested past a limit, or undefined. */
export function findDeepNesting(body: string, limits = { blocks: MAX_NESTING, inline: MAX_OPEN }): DeepNesting<BodyNestingKind> | undefined {
  const marks: Record<InlineKind, Mark[]> = { elements: [], brackets: [], braces: [], emphasis: [] };
  let fence: Fence | undefined;
  let chunk = 0;
  for (const [index, raw] of body.split('\n').entries()) {
    const line = index + 1;
    const prefix = BLOCK_PREFIX.exec(raw)![0];
    const content = raw.slice(prefix.length);
    if (fence && inFence(fence, prefix, content)) {
      // Code is literal: nothing inside a fenced block nests.
      if (content.startsWith(fence.marker)) fence = undefined;
      continue;
    }
    fence = undefined;
    if (blockDepth(prefix) > limits.blocks) return { kind: 'blocks', line, limit: limits.blocks };
    const opened = FENCE.exec(content);
    if (opened) fence = { marker: opened[1]!, quotes: count(prefix, '>'), columns: columns(prefix) };
    else if (!content.trim()) chunk++;
    else collectMarks(content, line, chunk, marks);
  }
  // Link text and emphasis end with their paragraph; elements and expressions may span paragraphs.
  const byParagraph = { elements: false, brackets: true, braces: false, emphasis: true };
  for (const kind of ['elements', 'brackets', 'braces', 'emphasis'] as const) {
    const line = firstLineOver(marks[kind], limits.inline, byParagraph[kind]);
    if (line !== undefined) return { kind, line, limit: limits.inline };
  }
  return undefined;
}

/** An open fenced code block: its fence, and the quotation markers and indentation it sits in. */
interface Fence {
  marker: string;
  quotes: number;
  columns: number;
}

/**
 * Whether a line is still inside `fence`. A fence ends with its container, and code is never a
 * lazy continuation, so a line with a list marker, fewer `>` or less indentation than the opening
 * fence is read as outside: where unsure, it is counted, which can only raise the figures.
 */
function inFence(fence: Fence, prefix: string, content: string): boolean {
  if (!content.trim()) return true;
  return !/[-*+.)]/.test(prefix) && count(prefix, '>') >= fence.quotes && columns(prefix) >= fence.columns;
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

/** The width of `prefix` in columns, tabs stopping at multiples of 4. */
function columns(prefix: string): number {
  let width = 0;
  for (const char of prefix) width = char === '\t' ? width + 4 - (width % 4) : width + 1;
  return width;
}

/** Each `>` or list marker is a level (with the one space that belongs to it), and so is every further two columns of indentation. */
function blockDepth(prefix: string): number {
  const markers = (prefix.match(/[>\-*+.)]/g) ?? []).length;
  const indentation = prefix.replace(/[>\-*+.)][ \t]?/g, '').replace(/\d/g, '');
  // A tab counts as the widest it can be: four columns.
  const width = indentation.length + 3 * count(indentation, '\t');
  return markers + Math.floor(width / 2);
}

/** Records every character on the line that could open or close a level. Escaped characters are text. */
function collectMarks(text: string, line: number, chunk: number, marks: Record<InlineKind, Mark[]>): void {
  const mark = (kind: InlineKind, opens: number, closes: number) => marks[kind].push({ line, chunk, opens, closes });
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '\\') i++;
    else if (char === '<' && text[i + 1] === '/') mark('elements', 0, 1);
    else if (char === '<' && TAG_START.test(text[i + 1] ?? '')) mark('elements', 1, 0);
    else if (char === '[') mark('brackets', 1, 0);
    else if (char === ']') mark('brackets', 0, 1);
    else if (char === '{') mark('braces', 1, 0);
    else if (char === '}') mark('braces', 0, 1);
    else if (char === '*' || char === '_' || char === '~') {
      let end = i;
      while (text[end] === char) end++;
      const length = end - i;
      // A run can close when text precedes it and open when text follows it (both, inside a word).
      const closes = i > 0 && !/\s/.test(text[i - 1]!) ? length : 0;
      const opens = end < text.length && !/\s/.test(text[end]!) ? length : 0;
      if (opens || closes) mark('emphasis', opens, closes);
      i = end - 1;
    }
  }
}

/**
 * The line of the first point where more than `limit` are open: opened before it and closed after
 * it, within one paragraph when `byParagraph`, else within the whole text.
 */
function firstLineOver(marks: readonly Mark[], limit: number, byParagraph: boolean): number | undefined {
  const closing = new Map<number, number>();
  const chunkOf = (mark: Mark) => (byParagraph ? mark.chunk : 0);
  for (const mark of marks) closing.set(chunkOf(mark), (closing.get(chunkOf(mark)) ?? 0) + mark.closes);
  let chunk = -1;
  let opened = 0;
  let closesAfter = 0;
  for (const mark of marks) {
    if (chunkOf(mark) !== chunk) {
      chunk = chunkOf(mark);
      opened = 0;
      closesAfter = closing.get(chunk)!;
    }
    // A run that both closes and opens closes first: what it opens is open after it.
    closesAfter -= mark.closes;
    opened += mark.opens;
    if (Math.min(opened, closesAfter) > limit) return mark.line;
  }
  return undefined;
}

/**
 * The first line of a YAML `text` inside more than `limit` flow collections (`[…]`, `{…}`),
 * bounded the same way: brackets opened before a point and closed after it.
 */
export function findDeepYaml(text: string, limit = MAX_NESTING): DeepNesting<'yaml'> | undefined {
  const marks: Mark[] = [];
  for (const [index, content] of text.split('\n').entries()) {
    for (const char of content) {
      if (char === '[' || char === '{') marks.push({ line: index + 1, chunk: 0, opens: 1, closes: 0 });
      else if (char === ']' || char === '}') marks.push({ line: index + 1, chunk: 0, opens: 0, closes: 1 });
    }
  }
  const line = firstLineOver(marks, limit, false);
  return line === undefined ? undefined : { kind: 'yaml', line, limit };
}
