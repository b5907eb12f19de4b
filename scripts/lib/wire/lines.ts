/** Raw wire copy → numbered lines → blocks of consecutive non-blank lines. */
import type { Note } from './report.ts';

/** One line of wire copy, trimmed. */
export interface Line {
  /** 1-based line number in the wire copy. */
  n: number;
  text: string;
}

/** Consecutive non-blank lines: a paragraph, a headline, or debris. */
export interface Block {
  lines: Line[];
  /** Blank lines (and removed debris lines) between the previous block and this one. */
  gapBefore: number;
}

/** Trims every line and drops a BOM and Windows line ends; notes how many lines had stray spaces. */
export function readLines(raw: string): { lines: Line[]; notes: Note[] } {
  const source = raw.replace(/^\uFEFF/, '').split(/\r?\n/);
  let trimmed = 0;
  const lines = source.map((text, index) => {
    const clean = text.trim();
    if (clean !== text) trimmed++;
    return { n: index + 1, text: clean };
  });
  while (lines.length && lines[lines.length - 1]!.text === '') lines.pop();
  const notes: Note[] = trimmed
    ? [{ kind: 'changed', text: `Removed stray spaces or tabs at the start or end of ${trimmed} line${trimmed === 1 ? '' : 's'} (the file now ends with one newline).` }]
    : [];
  return { lines, notes };
}

/** Groups lines into blocks separated by blank lines, keeping the size of each gap. */
export function toBlocks(lines: readonly Line[]): Block[] {
  const blocks: Block[] = [];
  let gap = 0;
  let current: Block | undefined;
  for (const line of lines) {
    if (line.text === '') {
      gap++;
      current = undefined;
      continue;
    }
    if (!current) {
      current = { lines: [], gapBefore: gap };
      blocks.push(current);
      gap = 0;
    }
    current.lines.push(line);
  }
  return blocks;
}
