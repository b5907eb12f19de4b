import postcss from 'postcss';
import { describe, expect, test } from 'vitest';
import { siteOriginCss } from '../../../src/integrations/print-origin.ts';

const PRINT = `@media print {
  :root { --site-origin: ''; --other: ''; }
  main a[href^='/']::after { content: ' <' var(--site-origin) attr(href) '>'; }
}`;

async function built(site: string): Promise<string> {
  return (await postcss([siteOriginCss(site)]).process(PRINT, { from: undefined })).css;
}

describe('siteOriginCss', () => {
  test.each([
    ['https://backgrounder.example.org', '"https://backgrounder.example.org"'],
    ['http://localhost:4321', '"http://localhost:4321"'],
    // Root-relative links resolve against the origin, whatever path the site URL has.
    ['https://news.example.com/explainers', '"https://news.example.com"'],
  ])('SITE_URL %s prints links as %s + path', async (site, origin) => {
    expect(await built(site)).toContain(`--site-origin: ${origin};`);
  });

  test('changes nothing else', async () => {
    const css = await built('https://backgrounder.example.org');
    expect(css.replace(/--site-origin: [^;]+;/, "--site-origin: '';")).toBe(PRINT);
  });
});
