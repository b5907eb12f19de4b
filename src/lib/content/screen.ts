/**
 * The checks an entry's text passes before any parser reads its body: its size, its characters,
 * its frontmatter (no YAML aliases, anchors or tags) and its nesting. They are linear in the text
 * and cheap, and they keep what follows (the YAML and MDX parsers, the compiler) within seconds and
 * a few hundred MB whatever the file holds. The validator and the entry loader both run them.
 */
import { characterProblems, escapedCharacterProblem } from './encoding.ts';
import { readFrontmatter, type Frontmatter } from './frontmatter.ts';
import { formatFieldPath } from './schema-problems.ts';
import { formatBytes, MAX_ENTRY_BYTES, MAX_NESTING, MAX_OPEN } from './limits.ts';
import { findDeepNesting, type BodyNestingKind } from './nesting.ts';

/** A problem found by screening, at a 1-based line of the file when it has one. */
export interface ScreenProblem {
  line?: number;
  message: string;
  hint: string;
}

/** The parsed frontmatter of an entry that passed, or every problem that stopped it. */
export type Screened = { ok: true; frontmatter: Frontmatter } | { ok: false; problems: ScreenProblem[] };

/** Screens a whole entry file's text. */
export function screenEntry(text: string): Screened {
  const size = sizeProblem(utf8Length(text));
  if (size) return { ok: false, problems: [size] };
  const characters = characterProblems(text);
  if (characters.length) return { ok: false, problems: characters.map(({ line, message, hint }) => ({ line, message, hint })) };
  const parsed = readFrontmatter(text);
  if (!parsed.ok) return { ok: false, problems: [{ line: parsed.line, message: parsed.message, hint: parsed.hint }] };
  const escaped = escapedProblems(parsed.frontmatter);
  if (escaped.length) return { ok: false, problems: escaped };
  const { body, bodyLine } = parsed.frontmatter;
  const deep = findDeepNesting(body);
  if (deep) return { ok: false, problems: [{ line: bodyLine + deep.line - 1, ...NESTING_WORDS[deep.kind]() }] };
  return { ok: true, frontmatter: parsed.frontmatter };
}

/** Forbidden characters that YAML escapes put into field values, one problem per field. */
function escapedProblems({ data, lineOf }: Frontmatter): ScreenProblem[] {
  const problems: ScreenProblem[] = [];
  const visit = (value: unknown, path: PropertyKey[]): void => {
    if (typeof value === 'string') {
      const problem = escapedCharacterProblem(formatFieldPath(path), value);
      if (problem) problems.push({ line: lineOf(path), ...problem });
    } else if (Array.isArray(value)) value.forEach((item, index) => visit(item, [...path, index]));
    else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
  };
  visit(data, []);
  return problems;
}

/** The problem with a file of `bytes` bytes, or undefined when it is within the limit. */
export function sizeProblem(bytes: number): ScreenProblem | undefined {
  if (bytes <= MAX_ENTRY_BYTES) return undefined;
  return {
    message: `The file is ${formatBytes(bytes)}; an entry can be at most ${formatBytes(MAX_ENTRY_BYTES)}.`,
    hint: 'That is about 10,000 words of text, more than any article, event or term needs. A file this large usually holds pasted data or a mistake: check what was pasted, or split the text into several entries.',
  };
}

/** The length of `text` in UTF-8 bytes, without encoding it. */
function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Two bytes up to U+07FF, three up to U+FFFF; a surrogate pair (two units) is four.
    if (code >= 0x80) bytes += code >= 0x800 && (code < 0xd800 || code > 0xdfff) ? 2 : 1;
  }
  return bytes;
}

const NESTING_WORDS: Record<BodyNestingKind, () => Omit<ScreenProblem, 'line'>> = {
  blocks: () => ({
    message: `This line is nested more than ${MAX_NESTING} levels deep: lists in lists, quotations (\`>\`) in quotations, or indentation.`,
    hint: 'Each `>`, each list marker and every two spaces of indentation at the start of a line count as a level. No entry needs more than a few: flatten the structure, and remove indentation the text does not need.',
  }),
  elements: () => ({
    message: `More than ${MAX_OPEN} components or HTML elements are open at once here.`,
    hint: 'A closing tag is probably missing or misspelt: check that every <Aside>, <PullQuote>, <Term> and <span> has its closing tag.',
  }),
  brackets: () => ({
    message: `More than ${MAX_OPEN} square brackets \`[\` are open at once in this paragraph.`,
    hint: 'Check that the text of each link ends with `]`. To show a square bracket itself, write `\\[`.',
  }),
  braces: () => ({
    message: `More than ${MAX_OPEN} curly braces \`{\` are open at once here.`,
    hint: 'An entry cannot hold code. To show a curly brace, write `&#123;` for { and `&#125;` for }.',
  }),
  emphasis: () => ({
    message: `More than ${MAX_OPEN} emphasis markers (\`*\`, \`_\` or \`~\`) are open at once in this paragraph.`,
    hint: 'Check for a long run of `*` or `_`. For a dividing line, write `---` on a line of its own; to show an asterisk itself, write `\\*`.',
  }),
};
