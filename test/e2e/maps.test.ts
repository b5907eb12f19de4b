/**
 * The maps as readers meet them: named images whose text alternative names every place, Crimea
 * drawn as Ukraine's and marked annexed, the same places as links beside each map, pins that are
 * links on /places/ reachable by keyboard, and colours that follow light, dark and forced colours.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { articlePath, axeViolations, PHONE } from './harness.ts';
import { useSite } from './use-site.ts';

const site = useSite();
const WIDE = { width: 1280, height: 900 };

async function open(path: string, options: { colorScheme?: 'light' | 'dark'; forcedColors?: 'active' | 'none'; viewport?: { width: number; height: number } } = {}): Promise<Page> {
  // bypassCSP: axe is injected as an inline script, which the site's policy would rightly refuse.
  const context = await site.session.newContext({
    viewport: options.viewport ?? PHONE,
    colorScheme: options.colorScheme ?? 'light',
    forcedColors: options.forcedColors ?? 'none',
    bypassCSP: true,
  });
  const page = await context.newPage();
  await page.goto(`${site.server.origin}${path}`);
  return page;
}

const ARTICLE_PLACES = ['Avdiivka', 'Donetsk', 'Zolote', 'Luhansk', 'Crimea', 'Kyiv'];

describe('the article’s locator map', () => {
  test('is an image named for its places, described with every place and Crimea’s status', async () => {
    const page = await open(articlePath());
    const map = page.getByRole('img', { name: `Where the story happens: ${ARTICLE_PLACES.join(', ')}` });
    await expect(map.count()).resolves.toBe(1);
    const description = await map.evaluate((svg) => document.getElementById(svg.getAttribute('aria-describedby')!)!.textContent);
    for (const name of ARTICLE_PLACES) expect(description).toContain(name);
    expect(description).toContain('annexed by Russia in 2014');
    await page.context().close();
  });

  test('draws Crimea inside Ukraine, hatched, with the dashed isthmus and the note', async () => {
    const page = await open(articlePath());
    const svg = page.locator('.article-map svg');
    expect(await svg.locator('path.bgm-annexed').getAttribute('fill')).toMatch(/^url\(#article-map-hatch\)$/);
    expect(await svg.locator('path.bgm-isthmus').evaluate((path) => getComputedStyle(path).strokeDasharray)).not.toBe('none');
    expect((await svg.locator('text').allTextContents()).some((text) => text.includes('annexed by Russia, 2014'))).toBe(true);
    await page.context().close();
  });

  test('is a valid figure: one caption, last, that holds the list; the figure is named by the title alone', async () => {
    const page = await open(articlePath());
    const figure = await page.locator('.article-map').evaluate((element) => ({
      captions: element.querySelectorAll(':scope > figcaption').length,
      last: element.lastElementChild?.tagName,
      listInCaption: element.querySelector('figcaption > ul') !== null,
      name: document.getElementById(element.getAttribute('aria-labelledby')!)?.textContent,
    }));
    await page.context().close();
    expect(figure).toEqual({ captions: 1, last: 'FIGCAPTION', listInCaption: true, name: `Where the story happens: ${ARTICLE_PLACES.join(', ')}` });
  });

  test('lists the same places as links, in the same order', async () => {
    const page = await open(articlePath());
    const links = page.getByRole('list', { name: /^Places on the map/ }).getByRole('link');
    expect(await links.allTextContents()).toEqual(ARTICLE_PLACES);
    await page.context().close();
  });

  test('on a wide screen it opens the margin beside the first paragraph, above the first note; on a phone it comes between the byline and the text', async () => {
    for (const viewport of [WIDE, PHONE]) {
      const page = await open(articlePath(), { viewport });
      const box = (selector: string) => page.locator(selector).first().boundingBox().then((found) => found!);
      const [byline, map, text, note] = await Promise.all([box('.byline'), box('.article-map'), box('.article-body > p'), box('.article-body .footnotes li')]);
      await page.context().close();
      const label = `${viewport.width}px`;
      if (viewport === WIDE) {
        expect(map.x, label).toBeGreaterThan(text.x + text.width + 16);
        expect(Math.abs(map.y - text.y), label).toBeLessThan(16);
        // No gap between the byline and the text: the map no longer holds the text down.
        expect(text.y - (byline.y + byline.height), label).toBeLessThan(48);
        expect(note.x, label).toBeGreaterThan(text.x + text.width + 16);
        expect(note.y, label).toBeGreaterThan(map.y + map.height);
      } else {
        expect(map.y, label).toBeGreaterThan(byline.y + byline.height);
        expect(text.y, label).toBeGreaterThan(map.y + map.height);
      }
    }
  });
});

describe('/places/', () => {
  test('each pin is a link named for its place, reached with the keyboard and followed with Enter', async () => {
    const page = await open('/places/', { viewport: WIDE });
    const name = 'Kyiv';
    await expect(page.locator(`.place-map svg a[aria-label="${name}"]`).count()).resolves.toBe(1);
    let focused = '';
    for (let i = 0; i < 60 && focused !== name; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.closest('svg') ? (document.activeElement.getAttribute('aria-label') ?? document.activeElement.textContent ?? '') : '');
    }
    expect(focused).toBe(name);
    await Promise.all([page.waitForURL(/\/places\/[a-z0-9-]+\/$/), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').textContent()).toBe(name);
    await page.context().close();
  });

  test('the maps are groups of links, and every pin is in the list A–Z (a region with no room for its name has no pin of its own)', async () => {
    // A pin's name is its label's visible text: Crimea's includes its note.
    const page = await open('/places/');
    expect(await page.getByRole('group', { name: /^Map/ }).count()).toBeGreaterThan(0);
    const pins = await page.locator('.place-map svg a').evaluateAll((links) => links.map((link) => link.getAttribute('aria-label')));
    const listed = await page.locator('.place-list li > a').allTextContents();
    expect(pins.length).toBeGreaterThan(listed.length / 2);
    expect(pins.filter((name) => !listed.some((place) => name === place || name!.startsWith(`${place} `)))).toEqual([]);
    await page.context().close();
  });
});

describe('an event’s map and a place’s page', () => {
  test('an event with places shows them on a map and as links to their pages', async () => {
    const page = await open('/timeline/2017-01-29-battle-of-avdiivka/');
    await expect(page.getByRole('img', { name: /^Where it happened: Avdiivka/ }).count()).resolves.toBe(1);
    await page.getByRole('list', { name: /^Places on the map/ }).getByRole('link', { name: 'Avdiivka' }).click();
    await page.waitForURL(/\/places\/avdiivka\/$/);
    expect(await page.getByRole('link', { name: 'Fighting flares around Avdiivka' }).count()).toBe(1);
    await page.context().close();
  });
});

describe('colours', () => {
  const fills = (page: Page) =>
    page.locator('.place-map svg').first().evaluate((svg) => ['.bgm-subject', '.bgm-land', '.bgm-pin', 'text'].map((s) => getComputedStyle(svg.querySelector(s)!).fill));

  test('follow the theme: light and dark draw the map differently, each with no axe violations', async () => {
    const light = await open('/places/kyiv/', { colorScheme: 'light' });
    const dark = await open('/places/kyiv/', { colorScheme: 'dark' });
    expect(await fills(dark)).not.toEqual(await fills(light));
    expect(await axeViolations(light)).toEqual([]);
    expect(await axeViolations(dark)).toEqual([]);
    await light.context().close();
    await dark.context().close();
  });

  test('in forced colours the map is drawn in system colours', async () => {
    const forced = await open('/places/kyiv/', { forcedColors: 'active' });
    const normal = await open('/places/kyiv/');
    expect(await fills(forced)).not.toEqual(await fills(normal));
    await forced.context().close();
    await normal.context().close();
  });
});
