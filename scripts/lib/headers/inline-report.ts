/**
 * Turns the inline code found in built pages into the error a writer or developer reads: each
 * piece traced back to the entry whose text contains it (file and line), or else to the entry
 * whose page it is on, or else to the site's templates, with what to do in each case.
 */
import { formatLocation } from '../../../src/lib/content/problems.ts';
import type { InlineFinding, InlineKind } from './inline-sources.ts';

/** An entry as the trace needs it. */
export interface EntryText {
  /** Its path for messages: `content/glossary/map.mdx`. */
  file: string;
  /** The URL path its own pages start with: `/glossary/map/`. */
  page: string;
  body: string;
  /** The file line the body starts on. */
  bodyLine: number;
}

/** Where a finding came from. */
export type InlineOrigin =
  | { type: 'entry-text'; file: string; line: number }
  | { type: 'entry-page'; file: string }
  | { type: 'templates' };

/** One line of the report: the same code from the same place, on one or more pages. */
interface Group {
  origin: InlineOrigin;
  finding: InlineFinding;
  pages: string[];
}

/** How many pages a report line names before it counts the rest. */
const PAGES_SHOWN = 3;
/** How much of the code a report line quotes. */
const SNIPPET_LENGTH = 60;

/** The whole report for `findings` (none: empty string), tracing each to `entries`. */
export function formatInlineCodeReport(findings: readonly InlineFinding[], entries: readonly EntryText[]): string {
  if (!findings.length) return '';
  const groups = groupFindings(findings, entries);
  const pages = new Set(findings.map((finding) => finding.page)).size;
  const head =
    `${plural(pages, 'built page')} ${pages === 1 ? 'contains' : 'contain'} inline code that is not the site's own. ` +
    `The Content-Security-Policy trusts only the site's own inline code (scripts/lib/headers/site-inline-code.ts), ` +
    `so browsers would block this, and no entry may ever run code on the site.`;
  return [head, ...groups.map(formatGroup)].join('\n\n');
}

function groupFindings(findings: readonly InlineFinding[], entries: readonly EntryText[]): Group[] {
  const groups = new Map<string, Group>();
  for (const finding of findings) {
    const origin = traceFinding(finding, entries);
    const key = JSON.stringify([origin, finding.kind, finding.tagName, finding.attribute, finding.code]);
    const group = groups.get(key) ?? { origin, finding, pages: [] };
    if (!group.pages.includes(finding.page)) group.pages.push(finding.page);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : 1));
}

function sortKey({ origin, finding }: Group): string {
  const place = origin.type === 'templates' ? '~templates' : origin.file;
  const line = origin.type === 'entry-text' ? String(origin.line).padStart(8, '0') : '';
  return `${place}\u0000${line}\u0000${finding.page}`;
}

/** The entry whose text holds the code, else the entry whose page it is on, else the templates. */
export function traceFinding(finding: InlineFinding, entries: readonly EntryText[]): InlineOrigin {
  const needles = [...new Set([finding.code.trim(), decodeEntities(finding.code).trim()])].filter(Boolean);
  const owner = entries.find((entry) => finding.page.startsWith(entry.page));
  // The page's own entry first: an article page also shows other entries' summaries.
  for (const entry of owner ? [owner, ...entries] : entries) {
    for (const needle of needles) {
      const index = entry.body.indexOf(needle);
      if (index !== -1) return { type: 'entry-text', file: entry.file, line: entry.bodyLine + countLines(entry.body, index) };
    }
  }
  return owner ? { type: 'entry-page', file: owner.file } : { type: 'templates' };
}

function countLines(text: string, end: number): number {
  let lines = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < end; index = text.indexOf('\n', index + 1)) lines++;
  return lines;
}

/** Attribute values reach the finding decoded, but a `<script>` in MDX may reach the page with its quotes escaped. */
function decodeEntities(text: string): string {
  const named: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'" };
  return text.replace(/&(?:#(\d+)|#x([\da-f]+)|(quot|amp|lt|gt|apos));/gi, (match, dec?: string, hex?: string, name?: string) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return named[name!.toLowerCase()] ?? match;
  });
}

function formatGroup({ origin, finding, pages }: Group): string {
  const where =
    origin.type === 'entry-text'
      ? formatLocation({ file: origin.file, line: origin.line })
      : origin.type === 'entry-page'
        ? origin.file
        : "The site's templates (src/)";
  const onPages = `on ${listPages(pages)}${origin.type === 'entry-page' ? " (the entry's page; its text does not contain the code)" : ''}`;
  const hints = origin.type === 'templates' ? [TEMPLATE_HINTS[finding.kind]] : [ENTRY_HINTS[finding.kind]];
  if (origin.type === 'entry-page') hints.push(`If the entry does not hold it, it comes from the site's templates: ${lowerFirst(TEMPLATE_HINTS[finding.kind])}`);
  return `${where}: ${describe(finding)}, ${onPages}.\n${hints.map((hint) => `  ${hint}`).join('\n')}`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function describe({ kind, tagName, attribute, code }: InlineFinding): string {
  const snippet = `\`${quote(code)}\``;
  switch (kind) {
    case 'script':
      return `an inline <script> ${snippet}`;
    case 'style':
      return `an inline <style> ${snippet}`;
    case 'style-attribute':
      return `a \`style\` attribute on <${tagName}>, ${snippet}`;
    case 'event-handler':
      return `an \`${attribute}\` attribute on <${tagName}>, ${snippet}`;
    case 'script-url':
      return `a script URL in \`${attribute}\` on <${tagName}>, ${snippet}`;
    case 'meta-refresh':
      return `a <meta http-equiv="refresh">, ${snippet}`;
  }
}

/** The code on one line, shortened: enough to find it, never a page of it. */
function quote(code: string): string {
  const flat = code.replace(/\s+/g, ' ').trim().replace(/`/g, "'");
  return flat.length > SNIPPET_LENGTH ? `${flat.slice(0, SNIPPET_LENGTH - 1)}…` : flat;
}

function listPages(pages: readonly string[]): string {
  const shown = pages.slice(0, PAGES_SHOWN).join(', ');
  const rest = pages.length - PAGES_SHOWN;
  return rest > 0 ? `${shown} and ${plural(rest, 'other page')}` : shown;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

const RUN_NOTHING = 'Entries are text: nothing in them may run. Remove it from the entry; to show code to readers, put it in a code block.';

/** What a writer does about each kind of code in an entry. */
const ENTRY_HINTS: Record<InlineKind, string> = {
  script: RUN_NOTHING,
  'event-handler': RUN_NOTHING,
  'script-url': 'Links in entries must go to web pages: use an https:// address, or remove the link.',
  style: "Remove the <style> from the entry: the site's stylesheet styles every entry.",
  'style-attribute': "Remove the `style` attribute from the entry: the site's stylesheet styles every entry.",
  'meta-refresh': 'Remove the <meta> element from the entry: to send readers to another page, link to it.',
};

const ADD_EVENT_LISTENER = 'Attach the code with addEventListener in a <script> that Astro bundles into a file.';

/** What a developer does about each kind of code in a template. */
const TEMPLATE_HINTS: Record<InlineKind, string> = {
  script:
    'Move it into a <script> that Astro bundles into a file. If it must run before the first paint, add it to SITE_INLINE_SCRIPTS in scripts/lib/headers/site-inline-code.ts, as a constant.',
  'event-handler': ADD_EVENT_LISTENER,
  'script-url': ADD_EVENT_LISTENER,
  style: "Move it into a stylesheet: a component's <style> is bundled into a file (astro.config.mjs sets build.inlineStylesheets to 'never'); <style is:inline> is not.",
  'style-attribute': 'Use a class and a rule in the stylesheet instead.',
  'meta-refresh': 'Redirect at the host instead.',
};
