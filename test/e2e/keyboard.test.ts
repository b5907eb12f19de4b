/**
 * A keyboard walk through the article: the skip link first, then into the story and onto a
 * glossary term, whose popover opens on focus and closes with Escape. The glossary markup is
 * `<a class="term" aria-describedby="…">` with `<span id="…" popover="hint" role="tooltip">`.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { articlePath, PHONE, watchProblems } from './harness.ts';
import { useSite } from './use-site.ts';

const site = useSite();

/** What has focus, and whether the reader can see where. */
async function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      className: el.className,
      text: el.textContent?.trim() ?? '',
      describedBy: el.getAttribute('aria-describedby'),
      onScreen: box.bottom > 0 && box.top < innerHeight && box.width > 0,
      outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
    };
  });
}

describe('keyboard walk through the article', () => {
  test('skip link, then a glossary popover that Escape closes', async () => {
    const context = await site.session.newContext({ viewport: PHONE });
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.goto(`${site.server.origin}${articlePath()}`);

    // 1. The first Tab lands on the skip link, which appears on screen with a visible focus ring.
    await page.keyboard.press('Tab');
    const skip = await focused(page);
    expect(skip).toMatchObject({ tag: 'a', text: 'Skip to content', onScreen: true, outline: true });

    // 2. Following it moves focus to the main content.
    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatchObject({ tag: 'main', id: 'main' });

    // 3. Tabbing on from there reaches a glossary term in the story before anything else in the article body.
    let term = await focused(page);
    for (let presses = 0; presses < 25 && !String(term.className).split(' ').includes('term'); presses++) {
      await page.keyboard.press('Tab');
      term = await focused(page);
    }
    expect(term, 'a glossary term link in the article, reached by Tab').toMatchObject({ tag: 'a', onScreen: true, outline: true });
    expect(String(term.className).split(' ')).toContain('term');
    expect(term.describedBy).toBeTruthy();

    // 4. Its popover opens on focus, and is the description screen readers announce.
    const popover = page.locator(`[id="${term.describedBy}"]`);
    expect(await popover.getAttribute('popover')).toBe('hint');
    expect(await popover.getAttribute('role')).toBe('tooltip');
    await expect.poll(() => popover.evaluate((el) => el.matches(':popover-open')), { timeout: 3000 }).toBe(true);
    expect(await popover.isVisible()).toBe(true);

    // 5. Escape closes it and leaves focus where it was.
    await page.keyboard.press('Escape');
    await expect.poll(() => popover.evaluate((el) => el.matches(':popover-open'))).toBe(false);
    expect((await focused(page)).describedBy).toBe(term.describedBy);

    await context.close();
    expect(problems).toEqual([]);
  });

  test('every focusable element in the header shows a focus ring', async () => {
    const context = await site.session.newContext({ viewport: { width: 1200, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}${articlePath()}`);
    const seen: string[] = [];
    for (let presses = 0; presses < 12; presses++) {
      await page.keyboard.press('Tab');
      const inChrome = await page.evaluate(() => !!document.activeElement?.closest('.site-header, .skip-link'));
      if (!inChrome) break;
      const now = await focused(page);
      expect(now, `${now.tag} “${now.text}”`).toMatchObject({ onScreen: true, outline: true });
      seen.push(now.text || now.tag);
    }
    // Skip link, brand, three sections, the search box and button, and the theme picker.
    expect(seen).toEqual(['Skip to content', 'Backgrounder', 'Timeline', 'Glossary', 'Search', 'input', 'Search', expect.stringContaining('Auto')]);
    await context.close();
  });
});
