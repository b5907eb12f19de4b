/**
 * Finds the inline code in built HTML that the site did not put there on purpose: inline scripts
 * and `<style>` elements whose hash is not on the site's own list (site-inline-code.ts), and
 * everything the policy never allows (style attributes, event handlers, `javascript:` URLs) or
 * cannot stop (`<meta http-equiv="refresh">`). Pages are read with parse5's tokenizer (the WHATWG
 * algorithm), so the text hashed is exactly the text the browser hashes; no tree is built.
 */
import { createHash } from 'node:crypto';
import { Tokenizer, TokenizerMode, type Token, type TokenHandler } from 'parse5';

/** What kind of inline code a finding is. */
export type InlineKind = 'script' | 'style' | 'style-attribute' | 'event-handler' | 'script-url' | 'meta-refresh';

/** One piece of inline code found in a page that the Content-Security-Policy does not trust. */
export interface InlineFinding {
  /** The page's URL path: `/glossary/map/`. */
  page: string;
  kind: InlineKind;
  /** The element it is on or in: `script`, `img`, `a`. */
  tagName: string;
  /** The attribute, for attribute findings: `onerror`, `href`, `style`. */
  attribute?: string;
  /** The code itself: a script's text, an attribute's value. */
  code: string;
}

/** The CSP hashes (`'sha256-…'`) of the inline code the site puts in its pages itself. */
export interface AllowedInlineCode {
  scripts: ReadonlySet<string>;
  styles: ReadonlySet<string>;
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
  /** Whether the browser would run or apply its text; external scripts and data blocks are read past. */
  inline: boolean;
  text: string;
}

/**
 * Adds to `into` every piece of inline code in one page (at URL path `page`) that `allowed` does
 * not cover, and returns `into`.
 */
export function findInlineCode(html: string, page: string, allowed: AllowedInlineCode, into: InlineFinding[] = []): InlineFinding[] {
  // Inside <svg> and <math> (foreign content) nothing is raw text, and CDATA sections are allowed.
  let foreignDepth = 0;
  let capture: Capture | undefined;
  const addText = (token: Token.CharacterToken) => {
    if (capture) capture.text += token.chars;
  };
  const handler: TokenHandler = {
    onStartTag(token) {
      const attrs = new Map(token.attrs.map((attr) => [attr.name, attr.value]));
      into.push(...attributeFindings(token.tagName, attrs, page));
      const { tagName } = token;
      if (tagName === 'script' || tagName === 'style') {
        // An SVG <script> loads its file from `href`, an HTML one from `src`.
        const external = attrs.has('src') || attrs.has('href') || attrs.has('xlink:href');
        capture = { tagName, inline: tagName === 'style' || (!external && isExecutableScriptType(attrs.get('type'))), text: '' };
      }
      if ((tagName === 'svg' || tagName === 'math') && !token.selfClosing) foreignDepth++;
      tokenizer.inForeignNode = foreignDepth > 0;
      const state = CONTENT_STATES[tagName];
      if (state !== undefined && foreignDepth === 0) tokenizer.state = state;
    },
    onEndTag(token) {
      if (capture && token.tagName === capture.tagName) {
        const trusted = capture.tagName === 'script' ? allowed.scripts : allowed.styles;
        if (capture.inline && !trusted.has(hashSource(capture.text))) {
          into.push({ page, kind: capture.tagName, tagName: capture.tagName, code: capture.text });
        }
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
  return into;
}

const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster']);
// Browsers strip tabs and newlines from URLs and ignore leading control characters and spaces.
const SCRIPT_URL = /^[\u0000-\u0020]*(?:j[\t\n\r]*a[\t\n\r]*v[\t\n\r]*a[\t\n\r]*s[\t\n\r]*c[\t\n\r]*r[\t\n\r]*i[\t\n\r]*p[\t\n\r]*t|vbscript)[\t\n\r]*:/i;

function attributeFindings(tagName: string, attrs: ReadonlyMap<string, string>, page: string): InlineFinding[] {
  const findings: InlineFinding[] = [];
  const add = (kind: InlineKind, attribute: string, code: string) => findings.push({ page, kind, tagName, attribute, code });
  for (const [name, value] of attrs) {
    if (name === 'style') add('style-attribute', name, value);
    else if (/^on[a-z]+$/i.test(name)) add('event-handler', name, value);
    else if (URL_ATTRIBUTES.has(name) && SCRIPT_URL.test(value)) add('script-url', name, value);
  }
  // No Content-Security-Policy stops a refresh: it would send readers to any address.
  if (tagName === 'meta' && attrs.get('http-equiv')?.trim().toLowerCase() === 'refresh') add('meta-refresh', 'http-equiv', attrs.get('content') ?? '');
  return findings;
}
