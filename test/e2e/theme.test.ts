/** Light and dark: the system setting by default, the reader's pick remembered, and never a flash of the wrong theme. */
import { describe, expect, test } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { PHONE, watchProblems } from './harness.ts';
import { useSite } from './use-site.ts';

const LIGHT = 'rgb(251, 250, 247)';
const DARK = 'rgb(22, 24, 27)';

const site = useSite();

/** Records, before any page script runs, the theme attribute at the moment <body> is created: what the first paint uses. */
const RECORD_THEME_AT_BODY = `
  new MutationObserver((records, observer) => {
    if (!document.body) return;
    window.__themeAtBody = document.documentElement.dataset.theme ?? 'auto';
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
`;

async function themedContext(colorScheme: 'light' | 'dark', stored?: string): Promise<BrowserContext> {
  const context = await site.session.newContext({ viewport: PHONE, colorScheme });
  await context.addInitScript(RECORD_THEME_AT_BODY);
  if (stored) await context.addInitScript(`localStorage.setItem('theme', ${JSON.stringify(stored)})`);
  return context;
}

describe('theme', () => {
  test.each([
    { name: 'follows a light system setting', colorScheme: 'light' as const, stored: undefined, atBody: 'auto', background: LIGHT },
    { name: 'follows a dark system setting', colorScheme: 'dark' as const, stored: undefined, atBody: 'auto', background: DARK },
    { name: 'a stored dark pick beats a light system, before the first paint', colorScheme: 'light' as const, stored: 'dark', atBody: 'dark', background: DARK },
    { name: 'a stored light pick beats a dark system, before the first paint', colorScheme: 'dark' as const, stored: 'light', atBody: 'light', background: LIGHT },
  ])('$name', async ({ colorScheme, stored, atBody, background }) => {
    const context = await themedContext(colorScheme, stored);
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.goto(`${site.server.origin}/`);
    expect(await page.evaluate(() => (window as unknown as { __themeAtBody: string }).__themeAtBody)).toBe(atBody);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(background);
    expect(await page.locator('#theme-select').inputValue()).toBe(stored ?? 'auto');
    await context.close();
    expect(problems).toEqual([]);
  });

  test('the picker changes the theme at once and the choice holds on the next page', async () => {
    const context = await themedContext('light');
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/`);
    await page.getByLabel('Theme').selectOption('dark');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(DARK);
    await page.goto(`${site.server.origin}/glossary/`);
    expect(await page.evaluate(() => (window as unknown as { __themeAtBody: string }).__themeAtBody)).toBe('dark');
    await page.getByLabel('Theme').selectOption('auto');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(LIGHT);
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBeNull();
    await context.close();
  });

  test('without JavaScript the picker is not shown and the page follows the system', async () => {
    const context = await site.session.newContext({ viewport: PHONE, colorScheme: 'dark', javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/`);
    expect(await page.locator('[data-theme-picker]').isVisible()).toBe(false);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(DARK);
    await context.close();
  });
});
