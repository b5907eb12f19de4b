/**
 * An entry cannot get a script to run. The real article page from dist/ is served with the code a
 * hostile entry would try to slip in (an SVG script, an event handler, javascript: links, a srcdoc
 * frame, inline styles), under the real `_headers` policy: Chromium runs none of it, reports each
 * attempt as a violation, and still runs the site's own inline script (the theme bootstrap).
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { headersFor } from '../../scripts/lib/headers/index.ts';
import { THEME_STORAGE_KEY } from '../../src/lib/theme.ts';
import { articlePath } from './harness.ts';
import { useSite } from './use-site.ts';

declare global {
  interface Window {
    /** What the injected code managed to do; it stays empty. */
    ran: string[];
    cspViolations?: string[];
  }
}

/** What a hostile entry body would put in the page. */
const INJECTED = `
<svg><script>window.ran.push('svg script')</script></svg>
<script>window.ran.push('script')</script>
<img src="/no-such-image.png" alt="" onerror="window.ran.push('onerror')">
<a id="js-link" href="javascript:window.ran.push('javascript link')">Read more</a>
<svg width="80" height="30"><a id="svg-link" href="javascript:window.ran.push('svg link')"><text x="0" y="20">Map</text></a></svg>
<iframe title="frame" srcdoc="<script>parent.ran.push('srcdoc frame')</script>"></iframe>
<p id="styled" style="color: rgb(255, 0, 0)">Styled</p>
<style>#styled { background-color: rgb(0, 0, 255) }</style>
`;

const site = useSite();


/** Opens the article with INJECTED in its <main>, served with the headers `_headers` gives it. */
async function openInjectedArticle(): Promise<Page> {
  const context = await site.session.newContext();
  await context.addInitScript(
    ([key]) => {
      window.ran = [];
      window.localStorage.setItem(key!, 'dark');
      document.addEventListener('securitypolicyviolation', (event) => (window.cspViolations ??= []).push(event.effectiveDirective));
    },
    [THEME_STORAGE_KEY],
  );
  const page = await context.newPage();
  const path = articlePath();
  const html = await (await fetch(`${site.server.origin}${path}`)).text();
  expect(html).toContain('</main>');
  await page.route(`${site.server.origin}${path}`, (route) =>
    route.fulfill({
      status: 200,
      headers: { ...headersFor(site.rules, path), 'Content-Type': 'text/html; charset=utf-8' },
      body: html.replace('</main>', `${INJECTED}</main>`),
    }),
  );
  await page.goto(`${site.server.origin}${path}`, { waitUntil: 'load' });
  return page;
}

const violations = (page: Page) => page.evaluate(() => window.cspViolations ?? []);

describe('code an entry slips into a page', () => {
  let page: Page;

  beforeAll(async () => {
    page = await openInjectedArticle();
  });

  test('does not run, and each inline script, handler and style is reported as a violation', async () => {
    await page.waitForFunction(() => (window.cspViolations ?? []).includes('script-src-attr'));
    expect(await page.evaluate(() => window.ran)).toEqual([]);
    expect(new Set(await violations(page))).toEqual(new Set(['script-src-elem', 'script-src-attr', 'style-src-elem', 'style-src-attr']));
  });

  test('styles nothing', async () => {
    const style = await page.locator('#styled').evaluate((element) => {
      const computed = getComputedStyle(element);
      return [computed.color, computed.backgroundColor];
    });
    expect(style).not.toContain('rgb(255, 0, 0)');
    expect(style).not.toContain('rgb(0, 0, 255)');
  });

  test.each(['#js-link', '#svg-link'])('%s does not run its javascript: URL when clicked, and is reported', async (link) => {
    const before = (await violations(page)).length;
    await page.locator(link).click();
    await page.waitForFunction((count) => (window.cspViolations ?? []).length > count, before);
    expect(await page.evaluate(() => window.ran)).toEqual([]);
    expect((await violations(page)).slice(before)).toEqual(['script-src-elem']);
  });

  test("leaves the site's own inline script running: the theme bootstrap applied the stored theme", async () => {
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
  });
});
