/** Print: the article, the timeline and the glossary print without site chrome, black on white, with absolute link addresses. */
import { describe, expect, test } from 'vitest';
import { articlePath } from './harness.ts';
import { useSite } from './use-site.ts';

const site = useSite();

describe('printing', () => {
  test.each(['the article', '/timeline/', '/glossary/'])('%s hides the chrome and prints link addresses', async (which) => {
    const pagePath = which === 'the article' ? articlePath() : which;
    // A reader on a dark screen who picked the dark theme still prints black on white.
    const context = await site.session.newContext({ colorScheme: 'dark' });
    await context.addInitScript(`localStorage.setItem('theme', 'dark')`);
    const page = await context.newPage();
    await page.goto(`${site.server.origin}${pagePath}`);
    await page.emulateMedia({ media: 'print' });

    const report = await page.evaluate(() => {
      const shown = (selector: string) => [...document.querySelectorAll(selector)].filter((el) => el.checkVisibility()).length;
      // Glossary links print a letter that points to the "Terms used" endnotes instead of their address.
      const link = [...document.querySelectorAll<HTMLAnchorElement>('main a[href^="/"], main a[href^="http"]')].find(
        (a) => a.checkVisibility() && !a.classList.contains('term'),
      );
      return {
        chrome: {
          header: shown('.site-header'),
          footer: shown('.site-footer'),
          nav: shown('nav'),
          forms: shown('form, select, button'),
          skip: shown('.skip-link'),
        },
        main: shown('main'),
        background: getComputedStyle(document.body).backgroundColor,
        ink: getComputedStyle(document.body).color,
        linkAfter: link ? getComputedStyle(link, '::after').content : '',
        linkHref: link?.getAttribute('href') ?? '',
        // The published address, not the test server's: canonical links are built from SITE_URL too.
        canonical: document.querySelector<HTMLLinkElement>('link[rel="canonical"]')!.href,
        source: document.querySelector('.print-source')?.checkVisibility() ? document.querySelector('.print-source')!.textContent : '',
        stickyHeadings: [...document.querySelectorAll('.year-heading')].filter((h) => getComputedStyle(h).position === 'sticky').length,
      };
    });
    expect(report.chrome).toEqual({ header: 0, footer: 0, nav: 0, forms: 0, skip: 0 });
    expect(report.main).toBe(1);
    expect(report.background).toBe('rgb(255, 255, 255)');
    expect(report.ink).toBe('rgb(0, 0, 0)');
    expect(report.linkAfter).toBe(`" <${new URL(report.linkHref, report.canonical).href}>"`);
    expect(report.linkAfter).toMatch(/^" <https?:\/\//);
    expect(report.source).toMatch(/^This page: https?:\/\/.+\/$/);
    expect(report.stickyHeadings).toBe(0);

    // And Chromium can lay it out as a PDF.
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await context.close();
  });

  test('an internal link prints its absolute address: “Link to this quote <https://…/quotes/1/>”', async () => {
    const context = await site.session.newContext();
    const page = await context.newPage();
    await page.goto(`${site.server.origin}${articlePath()}`);
    await page.emulateMedia({ media: 'print' });
    const { after, canonical } = await page.evaluate(() => {
      const link = [...document.querySelectorAll<HTMLAnchorElement>('main a[href*="/quotes/"]')].find((a) => a.checkVisibility())!;
      return { after: getComputedStyle(link, '::after').content, canonical: document.querySelector<HTMLLinkElement>('link[rel="canonical"]')!.href };
    });
    await context.close();
    expect(after).toBe(`" <${canonical}quotes/1/>"`);
  });

  test('glossary links in the article print a letter that leads to the "Terms used" endnotes', async () => {
    const context = await site.session.newContext();
    const page = await context.newPage();
    await page.goto(`${site.server.origin}${articlePath()}`);
    await page.emulateMedia({ media: 'print' });
    const { marker, endnotes } = await page.evaluate(() => {
      const term = document.querySelector<HTMLAnchorElement>('main a.term');
      const notes = [...document.querySelectorAll('main *')].find((el) => el.checkVisibility() && /Terms used/.test(el.textContent ?? '') && el.children.length === 0);
      return { marker: term ? getComputedStyle(term, '::after').content : '', endnotes: notes?.textContent ?? '' };
    });
    expect(marker).toMatch(/^"[a-z]+"$/);
    expect(endnotes).toMatch(/Terms used/);
    await context.close();
  });

  test('the article’s map prints black on white, whole, in the flow of the text, Crimea hatched', async () => {
    // Printed from a wide, dark screen: the map leaves the margin and takes the print colours.
    const context = await site.session.newContext({ colorScheme: 'dark', viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}${articlePath()}`);
    await page.emulateMedia({ media: 'print' });
    const map = await page.evaluate(() => {
      const figure = document.querySelector<HTMLElement>('.article-map')!;
      const paint = (selector: string, property: 'fill' | 'stroke') => getComputedStyle(figure.querySelector(selector)!)[property];
      const text = document.querySelector('.article-body > p')!.getBoundingClientRect();
      const box = figure.getBoundingClientRect();
      return {
        shown: figure.checkVisibility(),
        float: getComputedStyle(figure).float,
        breakInside: getComputedStyle(figure).breakInside,
        // In the flow: above the first paragraph, not beside it.
        aboveText: box.bottom <= text.top,
        land: paint('.bgm-land', 'fill'),
        ukraine: paint('.bgm-subject', 'fill'),
        border: paint('.bgm-border', 'stroke'),
        pin: paint('.bgm-pin', 'fill'),
        hatch: paint('.bgm-hatch', 'stroke'),
        crimea: figure.querySelector('.bgm-annexed')!.getAttribute('fill'),
      };
    });
    await context.close();
    expect(map).toEqual({
      shown: true,
      float: 'none',
      breakInside: 'avoid',
      aboveText: true,
      land: 'rgb(255, 255, 255)',
      ukraine: 'rgb(255, 255, 255)',
      border: 'rgb(51, 51, 51)',
      pin: 'rgb(0, 0, 0)',
      hatch: 'rgb(51, 51, 51)',
      crimea: 'url(#article-map-hatch)',
    });
  });
});
