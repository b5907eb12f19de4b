/**
 * Hard-wrapped lines back into paragraphs: unwraps each block, rejoins a sentence that a page break
 * split in two, and marks short standalone lines between paragraphs as crossheads.
 */
import type { Block } from './lines.ts';
import type { Note } from './report.ts';

/** A paragraph of the story, or a crosshead, with the wire-copy lines it came from. */
export interface Paragraph {
  text: string;
  /** `## …` in the output. */
  crosshead: boolean;
  firstLine: number;
  lastLine: number;
}

/** A paragraph that ends a sentence: `.`, `?`, `!`, `:`, `…`, possibly inside closing quotes or brackets. */
const ENDS_SENTENCE = /[.!?:;…]["'”’)\]]*$/;
const CROSSHEAD_MAX_CHARS = 70;
const CROSSHEAD_MAX_WORDS = 10;

/** Unwraps every block into one paragraph; notes the hyphenated breaks it had to guess at. */
export function unwrap(blocks: readonly Block[]): { paragraphs: Paragraph[]; notes: Note[]; lineBreaks: number } {
  const notes: Note[] = [];
  let lineBreaks = 0;
  const paragraphs = blocks.map((block): Paragraph & { lineCount: number; gapBefore: number } => {
    let text = block.lines[0]!.text;
    for (const line of block.lines.slice(1)) {
      lineBreaks++;
      // "pro-" / "Russia": a hyphen at a line end in wire copy is usually part of the word.
      if (/\p{L}-$/u.test(text) && /^\p{L}/u.test(line.text)) {
        const joined = `${/\S+$/.exec(text)![0]}${/^\S+/.exec(line.text)![0]}`;
        notes.push({ kind: 'undecided', line: line.n - 1, endLine: line.n, text: `Joined a word split at a hyphen as \`${joined}\`: check that the hyphen belongs.` });
        text += line.text;
      } else {
        text += ` ${line.text}`;
      }
    }
    return { text, crosshead: false, firstLine: block.lines[0]!.n, lastLine: block.lines[block.lines.length - 1]!.n, lineCount: block.lines.length, gapBefore: block.gapBefore };
  });
  return { paragraphs: mergeAndMark(paragraphs, notes), notes, lineBreaks };
}

type Draft = Paragraph & { lineCount: number; gapBefore: number };

/** Rejoins split sentences and marks crossheads, in one pass from the top. */
function mergeAndMark(drafts: Draft[], notes: Note[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const current = drafts[i]!;
    const next = drafts[i + 1];
    if (!next || ENDS_SENTENCE.test(current.text)) {
      out.push(strip(current));
      continue;
    }
    if (!/^\p{Ll}/u.test(next.text) && isCrosshead(current, out.length)) {
      out.push({ ...strip(current), crosshead: true });
      notes.push({ kind: 'changed', line: current.firstLine, text: `Made the standalone line "${current.text}" a crosshead (##).` });
      continue;
    }
    notes.push({
      kind: 'changed',
      line: current.lastLine,
      endLine: next.firstLine,
      text: `Rejoined a sentence split across ${next.gapBefore} blank or removed line${next.gapBefore === 1 ? '' : 's'}: "…${tail(current.text)} / ${head(next.text)}…".`,
    });
    drafts[i + 1] = { ...next, text: `${current.text} ${next.text}`, firstLine: current.firstLine, lineCount: current.lineCount + next.lineCount };
  }
  const last = out[out.length - 1];
  if (last && !last.crosshead && !ENDS_SENTENCE.test(last.text)) {
    notes.push({ kind: 'undecided', line: last.lastLine, text: 'The last paragraph does not end a sentence: is the end of the story missing?' });
  }
  return out;
}

function isCrosshead(paragraph: Draft, index: number): boolean {
  const words = paragraph.text.split(/\s+/).length;
  return index > 0 && paragraph.lineCount === 1 && paragraph.text.length <= CROSSHEAD_MAX_CHARS && words <= CROSSHEAD_MAX_WORDS && /^[\p{Lu}\d]/u.test(paragraph.text);
}

function strip(draft: Draft): Paragraph {
  return { text: draft.text, crosshead: draft.crosshead, firstLine: draft.firstLine, lastLine: draft.lastLine };
}

function tail(text: string): string {
  return text.split(' ').slice(-3).join(' ');
}

function head(text: string): string {
  return text.split(' ').slice(0, 3).join(' ');
}
