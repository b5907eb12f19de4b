/**
 * The lines above the story: headline, photo caption and credit, date line, byline. Web pages and
 * scans print them in any order and often run the caption and its credit together on one line.
 */
import { parseDateLine, type FoundDate } from './dates.ts';
import type { Block, Line } from './lines.ts';
import type { Note } from './report.ts';

/** The photo that ran with the copy. */
export interface Photo {
  caption: string;
  credit: string;
}

/** What the lines above the story held, and the blocks that are left for the body. */
export interface Header {
  headline?: string;
  /** The wire-copy line the headline starts on. */
  headlineLine?: number;
  photo?: Photo;
  published?: FoundDate;
  byline?: string;
  /** The blocks left for the body. */
  body: Block[];
  notes: Note[];
}

/** "… eastern Ukraine. president.gov.ua": a sentence followed by a bare domain. */
const CAPTION_DOMAIN = /^(.+[.!?])\s+((?:[a-z0-9-]+\.)+[a-z]{2,})$/;
/** "… Selt. Photo: Velmora Water Board", "… (Photo: X)". */
const CAPTION_LABEL = /^(.+[.!?])\s+\(?(?:photo(?:graph)?|picture|image|credit)s?\s*(?:by|:)\s*(.+?)\)?$/i;
/** "… since 1984. Marta Lind / Nordpress". */
const CAPTION_SLASH = /^(.+[.!?])\s+((?:[A-Z][\p{L}.'-]*\s+){0,3}[A-Z][\p{L}.'-]*\s*\/\s*[\p{L}][\p{L} .&-]*)$/u;
const BYLINE = /^by\s+(.{2,80})$/i;

/** A line that is a photo caption with its credit, split into the two. */
export function parseCaption(text: string): Photo | undefined {
  for (const pattern of [CAPTION_LABEL, CAPTION_SLASH, CAPTION_DOMAIN]) {
    const m = pattern.exec(text);
    if (m) return { caption: m[1]!.trim(), credit: m[2]!.trim() };
  }
  return undefined;
}

/** Takes the headline block and any metadata lines after it off the top of `blocks`. */
export function readHeader(blocks: readonly Block[]): Header {
  const header: Header = { body: [...blocks], notes: [] };
  const first = header.body[0];
  if (!first || looksLikeBody(first)) {
    header.notes.push({ kind: 'undecided', text: 'Found no headline above the story; `title` is a TODO.' });
    return header;
  }
  header.body.shift();
  const headline: Line[] = [];
  for (const line of first.lines) if (!readMetadata(line, header)) headline.push(line);
  // Caption, date or byline lines sometimes sit in blocks of their own under the headline.
  while (header.body[0] && header.body[0].lines.every((line) => isMetadata(line.text))) {
    for (const line of header.body.shift()!.lines) readMetadata(line, header);
  }
  if (headline.length) {
    header.headline = headline.map((line) => line.text).join(' ');
    header.headlineLine = headline[0]!.n;
    const range = { line: headline[0]!.n, endLine: headline[headline.length - 1]!.n };
    header.notes.push({ kind: 'changed', ...range, text: headline.length > 1 ? `Joined the headline's ${headline.length} lines into \`title\`.` : 'Moved the headline to `title`.' });
  }
  return header;
}

function isMetadata(text: string): boolean {
  return Boolean(parseCaption(text) || parseDateLine(text) || BYLINE.test(text));
}

/** Records a caption, date or byline line in `header`; false for any other line. */
function readMetadata(line: Line, header: Header): boolean {
  const photo = parseCaption(line.text);
  if (photo) {
    if (header.photo) {
      header.notes.push({ kind: 'removed', line: line.n, text: `a second photo caption: ${line.text}` });
    } else {
      header.photo = photo;
      header.notes.push({ kind: 'changed', line: line.n, text: `Moved the photo caption and its credit (${photo.credit}) to \`photo\`.` });
    }
    return true;
  }
  const date = parseDateLine(line.text);
  if (date) {
    if (!header.published) header.published = date;
    header.notes.push({ kind: 'changed', line: line.n, text: `Used the date line "${line.text}" for \`published\`.` });
    return true;
  }
  const byline = BYLINE.exec(line.text)?.[1];
  if (byline) {
    header.byline = byline;
    header.notes.push({ kind: 'changed', line: line.n, text: `Moved the byline to \`byline\`: ${byline}.` });
    return true;
  }
  return false;
}

/** A first block that reads like a paragraph of the story, not a headline. */
function looksLikeBody(block: Block): boolean {
  const text = block.lines.map((line) => line.text).join(' ');
  const rest = block.lines.filter((line) => !isMetadata(line.text));
  return rest.length > 0 && (/[.]["'”’]?$/.test(rest[rest.length - 1]!.text) || text.length > 240);
}
