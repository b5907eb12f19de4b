/** The timeline's category filter (links first, script second), linkable events and the "this article" mark. */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { PHONE, watchProblems } from './harness.ts';
import { useSite } from './use-site.ts';

const site = useSite();

/** The categories of the events a reader can see, and the years whose headings are showing. */
async function visible(page: Page): Promise<{ categories: string[]; years: string[]; status: string }> {
  return page.evaluate(() => {
    const shown = (el: Element) => el.checkVisibility();
    return {
      categories: [...new Set([...document.querySelectorAll('[data-event-category]')].filter(shown).map((el) => (el as HTMLElement).dataset['eventCategory']!))],
      years: [...document.querySelectorAll('.year-heading')].filter(shown).map((h) => h.textContent!.trim()),
      status: document.querySelector('[data-filter-status]')!.textContent!,
    };
  });
}

describe('category filter', () => {
  test('works without JavaScript: each category is its own page', async () => {
    const context = await site.session.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/timeline/`);
    const all = await visible(page);
    expect(all.categories.length).toBeGreaterThan(2);
    await page.getByRole('link', { name: /^Military/ }).click();
    await page.waitForURL('**/timeline/category/military/');
    const military = await visible(page);
    expect(military.categories).toEqual(['military']);
    expect(military.status).toMatch(/^Showing \d+ of \d+ events: Military\.$/);
    // Years without a military event disappear with their heading.
    expect(military.years.length).toBeLessThan(all.years.length);
    expect(await page.getByRole('link', { name: /^Military/ }).getAttribute('aria-current')).toBe('page');
    await context.close();
  });

  test('with JavaScript it filters in place, with a real address, and Back undoes it', async () => {
    const context = await site.session.newContext({ viewport: PHONE });
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.goto(`${site.server.origin}/timeline/`);
    await page.evaluate(() => ((window as unknown as { marker: boolean }).marker = true));
    await page.getByRole('link', { name: /^Diplomacy/ }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/timeline/category/diplomacy/');
    // Same document: no page load happened.
    expect(await page.evaluate(() => (window as unknown as { marker?: boolean }).marker)).toBe(true);
    expect((await visible(page)).categories).toEqual(['diplomacy']);
    expect(await page.title()).toMatch(/^Timeline: Diplomacy \| /);

    await page.goBack();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/timeline/');
    const all = await visible(page);
    expect(all.categories.length).toBeGreaterThan(2);
    expect(all.status).toMatch(/^Showing all \d+ events\.$/);
    await context.close();
    expect(problems).toEqual([]);
  });

  test('a category page holds only its events, and its links load the other views', async () => {
    const context = await site.session.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/timeline/category/nato-eu/`);
    expect((await visible(page)).categories).toEqual(['nato-eu']);
    expect(await page.evaluate(() => [...document.querySelectorAll('[data-event-category]')].every((el) => (el as HTMLElement).dataset['eventCategory'] === 'nato-eu'))).toBe(true);
    await page.evaluate(() => ((window as unknown as { marker: boolean }).marker = true));
    await page.getByRole('link', { name: /^All events/ }).click();
    await page.waitForURL('**/timeline/');
    // A new document: the page loaded the whole timeline.
    expect(await page.evaluate(() => (window as unknown as { marker?: boolean }).marker)).toBeUndefined();
    expect((await visible(page)).categories.length).toBeGreaterThan(2);
    await context.close();
  });
});

describe('events', () => {
  test('every event has an id that its own page links back to', async () => {
    const context = await site.session.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/timeline/`);
    const ids = await page.locator('article.event').evaluateAll((events) => events.map((e) => e.id));
    expect(ids.length).toBeGreaterThan(40);
    expect(ids.every((id) => /^\d{4}-\d{2}/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    const [first] = ids;
    await page.goto(`${site.server.origin}/timeline/${first}/`);
    await page.getByRole('link', { name: 'See it on the timeline' }).click();
    await page.waitForURL(`**/timeline/#${first}`);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(first);
    await context.close();
  });

  test('a linked event is not hidden under the sticky year heading', async () => {
    const context = await site.session.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/timeline/`);
    const id = await page.locator('article.event').nth(20).getAttribute('id');
    await page.goto(`${site.server.origin}/timeline/#${id}`);
    const { eventTop, headingBottom } = await page.evaluate((target) => {
      const event = document.getElementById(target!)!;
      const heading = event.closest('section')!.querySelector('.year-heading')!;
      return { eventTop: event.getBoundingClientRect().top, headingBottom: heading.getBoundingClientRect().bottom };
    }, id);
    expect(eventTop).toBeGreaterThanOrEqual(headingBottom);
    await context.close();
  });

  test('the day of the article is marked "This article"', async () => {
    const context = await site.session.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/timeline/`);
    const marked = page.locator('.is-article-date');
    expect(await marked.count()).toBeGreaterThan(0);
    expect(await marked.first().getByText('This article').isVisible()).toBe(true);
    await context.close();
  });

  test('a date range reads "to" where it shows a dash, and shows exactly what it did', async () => {
    const context = await site.session.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/timeline/`);
    const range = page.locator('span.event-date').first();
    const shown = await range.evaluate((element) =>
      [...element.childNodes].map((node) => (node instanceof HTMLElement && node.classList.contains('visually-hidden') ? '' : node.textContent)).join(''),
    );
    expect(shown).toMatch(/^\d{1,2} \w+ \d{4} – \d{1,2} \w+ \d{4}$/);
    const word = await range.locator('.visually-hidden').boundingBox();
    expect(word!.width * word!.height).toBeLessThanOrEqual(1);
    // The accessibility tree holds the two dates with the hidden word between them, and no dash.
    expect(await range.ariaSnapshot()).toMatch(/^- time: \d{1,2} \w+ \d{4}\n- text: to\n- time: \d{1,2} \w+ \d{4}$/);
    await context.close();
  });
});
