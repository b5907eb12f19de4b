/**
 * Finds what a Content-Security-Policy must allow by hash in built HTML: inline scripts, inline
 * styles and style attributes. The pages are read with parse5's tokenizer (the WHATWG algorithm),
 * so the text hashed is exactly the text the browser hashes; no tree is built, which halves the
 * time at 1000 pages. Inline event handlers and `javascript:` URLs are reported instead, because
 * the policy deliberately never allows them.
 */
import { createHash } from 'node:crypto';
import { Tokenizer, TokenizerMode, type Token, type TokenHandler } from 'parse5';

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

/**
 * How the tokenizer reads an element's content, as the tree builder would switch it: raw text for
 * scripts and styles (their text is what gets hashed), escapable raw text for titles and
 * textareas (so a `<script>` written inside one is not mistaken for a script).
 */
const CONTENT_STATES: Record<string, (typeof TokenizerMode)[keyof typeof TokenizerMode]> = {
  script: TokenizerMode.SCRIPT_DATA,
  style: TokenizerMode.RAWTEXT,
  xmp: TokenizerMode.RAWTEXT,
  iframe: TokenizerMode.RAWTEXT,
  noembed: TokenizerMode.RAWTEXT,
  noframes: TokenizerMode.RAWTEXT,
  // Browsers run with scripting on, so <noscript> content is raw text to them.
  noscript: TokenizerMode.RAWTEXT,
  title: TokenizerMode.RCDATA,
  textarea: TokenizerMode.RCDATA,
  plaintext: TokenizerMode.PLAINTEXT,
};

/** An inline <script> or <style> whose text is being read. */
interface Capture {
  tagName: 'script' | 'style';
  /** Where its hash goes; none for external scripts and data blocks, which are read past. */
  into: Set<string> | undefined;
  text: string;
}

/** Adds the inline code of one page (named `page` in reports) to `sources`. */
export function collectInlineSources(html: string, sources: InlineSources, page = 'the page'): InlineSources {
  // Inside <svg> and <math> (foreign content) nothing is raw text, and CDATA sections are allowed.
  let foreignDepth = 0;
  let capture: Capture | undefined;
  const addText = (token: Token.CharacterToken) => {
    if (capture) capture.text += token.chars;
  };
  const handler: TokenHandler = {
    onStartTag(token) {
      const attrs = new Map(token.attrs.map((attr) => [attr.name, attr.value]));
      inspectAttributes(token.tagName, attrs, sources, page);
      const { tagName } = token;
      if (tagName === 'script' || tagName === 'style') {
        const executable = tagName === 'style' || (!attrs.has('src') && isExecutableScriptType(attrs.get('type')));
        capture = { tagName, into: executable ? (tagName === 'script' ? sources.scripts : sources.styles) : undefined, text: '' };
      }
      if ((tagName === 'svg' || tagName === 'math') && !token.selfClosing) foreignDepth++;
      tokenizer.inForeignNode = foreignDepth > 0;
      const state = CONTENT_STATES[tagName];
      if (state !== undefined && foreignDepth === 0) tokenizer.state = state;
    },
    onEndTag(token) {
      if (capture && token.tagName === capture.tagName) {
        capture.into?.add(hashSource(capture.text));
        capture = undefined;
      }
      if ((token.tagName === 'svg' || token.tagName === 'math') && foreignDepth > 0) foreignDepth--;
      tokenizer.inForeignNode = foreignDepth > 0;
    },
    onCharacter: addText,
    onWhitespaceCharacter: addText,
    onNullCharacter: addText,
    onComment() {},
    onDoctype() {},
    onEof() {},
  };
  const tokenizer = new Tokenizer({ sourceCodeLocationInfo: false }, handler);
  tokenizer.write(html, true);
  return sources;
}

const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href']);

function inspectAttributes(tagName: string, attrs: ReadonlyMap<string, string>, sources: InlineSources, page: string): void {
  const style = attrs.get('style');
  if (style !== undefined) sources.styleAttributes.add(hashSource(style));
  for (const [name, value] of attrs) {
    const isHandler = /^on[a-z]+$/.test(name);
    const isScriptUrl = URL_ATTRIBUTES.has(name) && /^\s*javascript:/i.test(value);
    if (isHandler || isScriptUrl) sources.blocked.add(`\`${name}\` on <${tagName}> in ${page}`);
  }
}
