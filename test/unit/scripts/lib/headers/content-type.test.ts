import { describe, expect, test } from 'vitest';
import { contentTypeFor } from '../../../../../scripts/lib/headers/content-type.ts';

describe('contentTypeFor', () => {
  test.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['_astro/Base.x.css', 'text/css; charset=utf-8'],
    ['_astro/page.x.js', 'text/javascript; charset=utf-8'],
    ['pagefind/pagefind-entry.json', 'application/json; charset=utf-8'],
    ['rss.xml', 'application/xml; charset=utf-8'],
    ['manifest.webmanifest', 'application/manifest+json; charset=utf-8'],
    ['favicon.svg', 'image/svg+xml; charset=utf-8'],
    ['robots.txt', 'text/plain; charset=utf-8'],
    ['og/articles/x.png', 'image/png'],
    ['_astro/inter.x.woff2', 'font/woff2'],
    ['pagefind/wasm.en.pagefind', 'application/octet-stream'],
    ['pagefind/fragment/en_1.pf_fragment', 'application/octet-stream'],
  ])('%s is served as %s', (key, type) => {
    expect(contentTypeFor(key)).toBe(type);
  });
});
