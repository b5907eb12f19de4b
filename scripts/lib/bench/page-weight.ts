/**
 * Page weight from built files: which files a page makes a browser fetch, and what they cost on
 * the wire with text compressed. Pure (parsing and gzip in memory); the bench reads the files.
 */
import { gzipSync } from 'node:zlib';
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';
import postcss from 'postcss';

export type AssetKind = 'css' | 'js' | 'font' | 'image' | 'other';

/** A file a page references, by the URL written in it. */
export interface AssetRef {
  url: string;
  kind: AssetKind;
}

/** What a browser downloads for one page, in bytes on the wire. */
export interface PageWeight {
  page: string;
  html: number;
  css: number;
  js: number;
  fonts: number;
  images: number;
  total: number;
}

/** The files `html` makes a browser fetch before it is usable, and the page's visible text. */
export function readPage(html: string): { assets: AssetRef[]; text: string } {
  const assets: AssetRef[] = [];
  let text = '';
  const visit = (node: T.ChildNode | T.Document): void => {
    if (node.nodeName === '#text') text += (node as T.TextNode).value;
    if (!('childNodes' in node)) return;
    if ('tagName' in node) {
      const ref = assetOf(node);
      if (ref) assets.push(ref);
      if (node.tagName === 'script' || node.tagName === 'style') return;
    }
    const children = node.nodeName === 'template' ? (node as T.Template).content.childNodes : node.childNodes;
    children.forEach(visit);
  };
  visit(parse(html));
  return { assets, text };
}

function assetOf(element: T.Element): AssetRef | undefined {
  const attr = (name: string) => element.attrs.find((a) => a.name === name)?.value;
  const rel = (attr('rel') ?? '').toLowerCase().split(/\s+/);
  if (element.tagName === 'script') return attr('src') ? { url: attr('src')!, kind: 'js' } : undefined;
  if (element.tagName === 'img') return attr('src') && attr('loading') !== 'lazy' ? { url: attr('src')!, kind: 'image' } : undefined;
  if (element.tagName !== 'link' || !attr('href')) return undefined;
  const url = attr('href')!;
  if (rel.includes('stylesheet')) return { url, kind: 'css' };
  if (rel.includes('modulepreload')) return { url, kind: 'js' };
  if (rel.includes('preload')) return { url, kind: attr('as') === 'font' ? 'font' : attr('as') === 'style' ? 'css' : attr('as') === 'script' ? 'js' : 'other' };
  if (rel.includes('icon')) return { url, kind: 'image' };
  return undefined;
}

/** Each `@font-face` in `css`: the first URL of its `src` and its `unicode-range`, if any. */
export function readFontFaces(css: string): { url: string; unicodeRange?: string }[] {
  const faces: { url: string; unicodeRange?: string }[] = [];
  postcss.parse(css).walkAtRules('font-face', (rule) => {
    let url: string | undefined;
    let unicodeRange: string | undefined;
    rule.walkDecls((decl) => {
      if (decl.prop === 'src') url ??= /url\(\s*['"]?([^'")]+)['"]?\s*\)/.exec(decl.value)?.[1];
      if (decl.prop === 'unicode-range') unicodeRange = decl.value;
    });
    if (url) faces.push(unicodeRange ? { url, unicodeRange } : { url });
  });
  return faces;
}

/**
 * True when a browser would download a face with this `unicode-range` for `text`: when any
 * character falls in the range (no range means every character).
 */
export function rangeCovers(unicodeRange: string | undefined, text: string): boolean {
  if (!unicodeRange) return true;
  const spans = unicodeRange.split(',').map((part) => {
    const [from = '0', to] = part.trim().replace(/^U\+/i, '').split('-');
    if (!to && from.includes('?')) return [parseInt(from.replace(/\?/g, '0'), 16), parseInt(from.replace(/\?/g, 'F'), 16)];
    return [parseInt(from, 16), parseInt(to ?? from, 16)];
  });
  for (const char of new Set(text)) {
    const code = char.codePointAt(0)!;
    if (spans.some(([lo, hi]) => code >= lo! && code <= hi!)) return true;
  }
  return false;
}

const COMPRESSED_KINDS = new Set<AssetKind | 'html'>(['html', 'css', 'js']);

/** Bytes on the wire: gzip (level 6, a CDN's usual setting) for text, as stored for fonts and images. */
export function transferBytes(content: Uint8Array, kind: AssetKind | 'html', path = ''): number {
  const text = COMPRESSED_KINDS.has(kind) || /\.(svg|json|xml|txt)$/i.test(path);
  return text ? gzipSync(content, { level: 6 }).length : content.length;
}

/** Sums transfers by kind into a PageWeight. */
export function totalWeight(page: string, transfers: readonly { kind: AssetKind | 'html'; bytes: number }[]): PageWeight {
  const sum = (kinds: readonly (AssetKind | 'html')[]) =>
    transfers.filter((t) => kinds.includes(t.kind)).reduce((total, t) => total + t.bytes, 0);
  return {
    page,
    html: sum(['html']),
    css: sum(['css']),
    js: sum(['js']),
    fonts: sum(['font']),
    images: sum(['image', 'other']),
    total: sum(['html', 'css', 'js', 'font', 'image', 'other']),
  };
}

/**
 * The path under the site root that `url`, written in the page or stylesheet at `from`
 * (`/articles/x/index.html`), points to; undefined for other origins and `data:` URLs.
 */
export function sitePathOf(url: string, from: string): string | undefined {
  if (/^(data|blob|mailto|tel|javascript):/i.test(url)) return undefined;
  const base = new URL(from, 'https://site.invalid');
  const resolved = new URL(url, base);
  if (resolved.origin !== base.origin) return undefined;
  const path = decodeURIComponent(resolved.pathname);
  return path.endsWith('/') ? `${path}index.html` : path;
}
