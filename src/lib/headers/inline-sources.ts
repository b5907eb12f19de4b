/**
 * Finds what a Content-Security-Policy must allow by hash in built HTML: inline scripts, inline
 * styles and style attributes. Parsed with parse5 (the WHATWG algorithm), so the text hashed is
 * exactly the text the browser hashes. Inline event handlers and `javascript:` URLs are reported
 * instead, because the policy deliberately never allows them.
 */
import { createHash } from 'node:crypto';
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';

/** Everything inline in a set of pages, as CSP source expressions (`'sha256-…'`). */
export interface InlineSources {
  scripts: Set<string>;
  styles: Set<string>;
  styleAttributes: Set<string>;
  /** Inline code the policy blocks, as `` `onclick` on <button> in page.html `` descriptions. */
  blocked: Set<string>;
}

/** An empty collection to add pages to. */
export function createInlineSources(): InlineSources {
  return { scripts: new Set(), styles: new Set(), styleAttributes: new Set(), blocked: new Set() };
}

/** `'sha256-<base64>'` of a text's UTF-8 bytes: the form CSP expects. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

// The HTML standard's JavaScript MIME type essences, plus the script types that CSP also governs.
const EXECUTABLE_TYPES = new Set([
  '',
  'module',
  'importmap',
  'speculationrules',
  ...['application/ecmascript', 'application/javascript', 'application/x-ecmascript', 'application/x-javascript'],
  ...['text/ecmascript', 'text/javascript', 'text/jscript', 'text/livescript', 'text/x-ecmascript', 'text/x-javascript'],
  ...['1.0', '1.1', '1.2', '1.3', '1.4', '1.5'].map((version) => `text/javascript${version}`),
]);

/**
 * Whether a `<script type>` runs (and so needs a hash). Any other type, such as
 * `application/ld+json`, is a data block: the browser never executes it, and CSP ignores it.
 */
export function isExecutableScriptType(type: string | undefined): boolean {
  return EXECUTABLE_TYPES.has((type ?? '').split(';')[0]!.trim().toLowerCase());
}

/** Adds the inline code of one page (named `page` in reports) to `sources`. */
export function collectInlineSources(html: string, sources: InlineSources, page = 'the page'): InlineSources {
  visit(parse(html), (element) => inspectElement(element, sources, page));
  return sources;
}

function visit(node: T.ParentNode, inspect: (element: T.Element) => void): void {
  for (const child of node.childNodes) {
    if (!('tagName' in child)) continue;
    inspect(child);
    visit(child.tagName === 'template' ? (child as T.Template).content : child, inspect);
  }
}

const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href']);

function inspectElement(element: T.Element, sources: InlineSources, page: string): void {
  const attrs = new Map(element.attrs.map((attr) => [attr.name, attr.value]));
  if (element.tagName === 'script' && !attrs.has('src') && isExecutableScriptType(attrs.get('type'))) {
    sources.scripts.add(hashSource(textOf(element)));
  }
  if (element.tagName === 'style') sources.styles.add(hashSource(textOf(element)));
  const style = attrs.get('style');
  if (style !== undefined) sources.styleAttributes.add(hashSource(style));
  for (const [name, value] of attrs) {
    const isHandler = /^on[a-z]+$/.test(name);
    const isScriptUrl = URL_ATTRIBUTES.has(name) && /^\s*javascript:/i.test(value);
    if (isHandler || isScriptUrl) sources.blocked.add(`\`${name}\` on <${element.tagName}> in ${page}`);
  }
}

function textOf(element: T.Element): string {
  return element.childNodes.map((child) => (child.nodeName === '#text' ? (child as T.TextNode).value : '')).join('');
}
