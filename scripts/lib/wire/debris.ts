/**
 * Layout debris that web pages and scans leave in wire copy: stray links, author links and
 * "Related article" teasers on lines of their own. They leave the body but stay in the report.
 */
import type { Line } from './lines.ts';
import type { Note } from './report.ts';

const BARE_URL = /^<?((?:https?:\/\/|www\.)\S+?)>?$/i;
const AUTHOR_PATH = /\/(?:authors?|by|profiles?|people|staff|journalists?|writers?)\/([^/?#]+)\/?$/i;
const TEASER = /^(?:related(?: articles?| stories| story| content| reading| coverage)?|read (?:more|also|next)|see also|more on this(?: story)?|also read|recommended)\s*[:|»>–—-]\s*(.+)$/i;
const DATE_IN_PATH = /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})\//;

/** What the removed links tell about the story: its author page and the outlet’s host. */
export interface Debris {
  /** The author page a link pointed to, if one was found. */
  authorUrl?: string;
  /** The author's id from that page's address: `afp`, `olga-shylenko`. */
  authorSlug?: string;
  /** Host names of the links removed, so the writer can tell which outlet ran the copy. */
  hosts: string[];
}

/** Splits `lines` into the lines to keep and notes on the debris removed. */
export function removeDebris(lines: readonly Line[]): { kept: Line[]; notes: Note[]; debris: Debris } {
  const kept: Line[] = [];
  const notes: Note[] = [];
  const debris: Debris = { hosts: [] };
  for (const line of lines) {
    const url = BARE_URL.exec(line.text)?.[1];
    const teaser = url ? undefined : TEASER.exec(line.text)?.[1];
    if (url) {
      notes.push({ kind: 'removed', line: line.n, text: describeLink(url, debris) });
      kept.push({ n: line.n, text: '' });
    } else if (teaser) {
      notes.push({ kind: 'removed', line: line.n, text: `a "related article" teaser: ${teaser}` });
      kept.push({ n: line.n, text: '' });
    } else {
      kept.push(line);
    }
  }
  return { kept, notes, debris };
}

function describeLink(url: string, debris: Debris): string {
  const parsed = safeUrl(url);
  if (parsed && !debris.hosts.includes(parsed.host)) debris.hosts.push(parsed.host);
  const author = parsed ? AUTHOR_PATH.exec(parsed.pathname)?.[1] : undefined;
  if (author && !debris.authorUrl) {
    debris.authorUrl = parsed!.href;
    debris.authorSlug = decodeURIComponent(author);
    return `an author link: ${url} (used for the byline and the source; check both)`;
  }
  const dated = DATE_IN_PATH.exec(url);
  const caveat = dated ? ` Its date (${dated[1]}/${dated[2]}/${dated[3]}) belongs to another page and was not used to date this story.` : '';
  return `a stray link: ${url}.${caveat}`;
}

function safeUrl(text: string): URL | undefined {
  try {
    return new URL(/^www\./i.test(text) ? `https://${text}` : text);
  } catch {
    return undefined;
  }
}
