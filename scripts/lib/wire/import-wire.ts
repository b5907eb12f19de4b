/**
 * `npm run import`: raw wire copy (a scan or a paste, full of layout debris) → a draft article.
 * Pure: text in, MDX and a report out. Every change is reported, and whatever it cannot decide
 * is left for the writer as a note or a `TODO`.
 */
import { PLACEHOLDER } from '../../../src/lib/content/placeholders.ts';
import { renderArticle, type ArticleDraft } from '../scaffold/templates.ts';
import { removeDebris, type Debris } from './debris.ts';
import type { FoundDate } from './dates.ts';
import { readHeader, type Header } from './header.ts';
import { readLines, toBlocks } from './lines.ts';
import { escapeMdxText } from './mdx-text.ts';
import { unwrap, type Paragraph } from './paragraphs.ts';
import { normaliseQuotes, quotesBalance } from './quotes.ts';
import type { Note } from './report.ts';
import { countSourceSpellings } from './spellings.ts';
import { fixTypos } from './typos.ts';

export { formatNotes, type Note } from './report.ts';

/** Inputs that are not in the wire copy itself. */
export interface ImportOptions {
  /** Stands in for the publication time when the copy gives none. */
  now: Date;
  /** The wire file's name, recorded in a comment. */
  fileName?: string;
}

/** The draft article and everything the importer has to say about it. */
export interface ImportResult {
  title: string | undefined;
  mdx: string;
  /** The cleaned body paragraphs, crossheads as `## …`. */
  paragraphs: string[];
  notes: Note[];
}

/** Cleans `raw` wire copy into a draft article. */
export function importWire(raw: string, options: ImportOptions): ImportResult {
  const { lines, notes } = readLines(raw);
  const cleaned = removeDebris(lines);
  notes.push(...cleaned.notes);
  const header = readHeader(toBlocks(cleaned.kept));
  notes.push(...header.notes);
  const unwrapped = unwrap(header.body);
  notes.push(...unwrapped.notes);
  if (unwrapped.lineBreaks) {
    notes.push({ kind: 'changed', text: `Unwrapped ${unwrapped.lineBreaks} hard line breaks into ${unwrapped.paragraphs.length} paragraphs.` });
  }
  const cleaner: Cleaner = { notes, straightened: 0 };
  const title = header.headline === undefined ? undefined : cleanText(header.headline, header.headlineLine === undefined ? {} : { line: header.headlineLine }, cleaner);
  const paragraphs = unwrapped.paragraphs.map((p, i, all) => renderParagraph(p, all[i + 1], cleaner));
  notes.push(...reviewNotes(header, paragraphs.join('\n')));
  if (cleaner.straightened) {
    notes.push({ kind: 'changed', text: `Straightened ${cleaner.straightened} curly quotation mark${cleaner.straightened === 1 ? '' : 's'}, so that each quotation could be paired.` });
  }
  const draft: ArticleDraft = {
    title,
    published: publishedFrom(header.published, options.now),
    byline: bylineFrom(header, cleaned.debris),
    source: sourceFrom(cleaned.debris),
    photo: header.photo && { caption: cleanText(header.photo.caption, {}, { notes: [], straightened: 0 }), credit: header.photo.credit },
    body: paragraphs.join('\n\n'),
    comment: `Imported${options.fileName ? ` from ${options.fileName}` : ''} by npm run import. Check every TODO, then remove draft: true.`,
  };
  return { title, mdx: renderArticle(draft), paragraphs, notes };
}

/** Where fixes are noted while the text is cleaned. */
interface Cleaner {
  notes: Note[];
  /** Curly quotation marks straightened so far; reported once, as a total. */
  straightened: number;
}

/** Quotes and typos fixed in one piece of text, each fix noted against the lines it came from. */
function cleanText(text: string, lines: Pick<Note, 'line' | 'endLine'>, cleaner: Cleaner): string {
  const at = lines;
  const quoted = normaliseQuotes(text);
  cleaner.straightened += quoted.straightened;
  for (const fix of quoted.fixes) cleaner.notes.push({ kind: 'changed', ...at, text: `Fixed mismatched quotation marks: ${fix.before} → ${fix.after}` });
  const typos = fixTypos(quoted.text);
  for (const fix of typos.fixes) cleaner.notes.push({ kind: 'changed', ...at, text: `Fixed a likely dropped letter: "${fix.before}" → "${fix.after}". Check it.` });
  return typos.text;
}

function renderParagraph(paragraph: Paragraph, next: Paragraph | undefined, cleaner: Cleaner): string {
  const { notes } = cleaner;
  const text = cleanText(paragraph.text, { line: paragraph.firstLine, endLine: paragraph.lastLine }, cleaner);
  // News style leaves a quotation open at the end of a paragraph when the next one continues it.
  if (!quotesBalance(text) && !(next?.text.startsWith('"') || next?.text.startsWith('“'))) {
    notes.push({ kind: 'undecided', line: paragraph.firstLine, endLine: paragraph.lastLine, text: `A quotation mark has no partner in "${text.slice(0, 60)}…". Check where the quotation opens and closes.` });
  }
  const escaped = escapeMdxText(text);
  if (escaped.escaped) notes.push({ kind: 'changed', line: paragraph.firstLine, text: 'Escaped characters that MDX would read as code (<, { or }, or a leading #, - or >).' });
  return paragraph.crosshead ? `## ${escaped.text}` : escaped.text;
}

/** Notes that need the whole text: the caption repeating the story, and the source's spellings. */
function reviewNotes(header: Header, body: string): Note[] {
  const notes: Note[] = [];
  const caption = header.photo?.caption.replace(/[.!?]$/, '');
  if (caption && body.includes(caption)) {
    notes.push({ kind: 'changed', text: 'The photo caption repeats a sentence of the story; it appears only once, in the story.' });
  }
  const spellings = countSourceSpellings(body);
  if (spellings.length) {
    const list = spellings.map((s) => `${s.spelling} (${s.count}×; the site writes ${s.site})`).join(', ');
    notes.push({ kind: 'undecided', text: `Kept the source's spellings, as the spelling policy asks: ${list}. Make sure the glossary lists them as aliases.` });
  }
  return notes;
}

function publishedFrom(found: FoundDate | undefined, now: Date): ArticleDraft['published'] {
  if (found?.time && found.offset) return { value: `${found.day}T${found.time}${found.offset}` };
  if (found) return { value: `${found.day}T${found.time ?? '12:00:00'}Z`, check: `the copy gives the day${found.time ? ' and time' : ''} but no time zone; set the time and UTC offset` };
  return { value: now.toISOString().replace(/\.\d{3}Z$/, 'Z'), check: 'the copy gives no date; set when the story was first published, with its UTC offset' };
}

function bylineFrom(header: Header, debris: Debris): ArticleDraft['byline'] {
  if (header.byline) return { value: header.byline };
  if (!debris.authorSlug) return undefined;
  const words = debris.authorSlug.split(/[-_+]/).filter(Boolean);
  const name = words.length === 1 && words[0]!.length <= 4 ? words[0]!.toUpperCase() : words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ');
  return { value: name, check: `guessed from the author link ${debris.authorUrl}; check it` };
}

function sourceFrom(debris: Debris): ArticleDraft['source'] {
  const host = debris.hosts[0];
  return {
    ...(host ? { name: { value: `${PLACEHOLDER}: the outlet's name (its links point to ${host})` } } : {}),
    ...(debris.authorUrl ? { url: { value: debris.authorUrl, check: "the outlet's page for this author; use the story's own address if you can find it" } } : {}),
  };
}
