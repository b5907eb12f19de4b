/**
 * The glossary in place, in Chromium: the MAP link in the built article shows its definition on
 * keyboard focus and hover, hides it on Escape, blur and leave, is described by it for screen
 * readers, and stays a plain link without JavaScript. Run `npm run build` first.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DIST, launchBrowser, PHONE, serveDist, type BrowserSession, type StaticServer } from './harness.ts';

const MAP_LINK = 'a.term[href="/glossary/map/"]';
const AXE = path.resolve('node_modules/axe-core/axe.min.js');

let server: StaticServer;
let session: BrowserSession;
let articleUrl: string;

/** The built article that links MAP (the lead article). */
async function findArticle(): Promise<string> {
  for (const slug of await readdir(path.join(DIST, 'articles'))) {
    const html = await readFile(path.join(DIST, 'articles', slug, 'index.html'), 'utf8').catch(() => '');
    if (html.includes('class="term" href="/glossary/map/"')) return `/articles/${slug}/`;
  }
  throw new Error('No built article links the MAP glossary term. Run `npm run build` first.');
}

beforeAll(async () => {
  server = await serveDist();
  session = await launchBrowser();
  articleUrl = `${server.origin}${await findArticle()}`;
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** Whether the MAP link's definition popover is open. */
const isOpen = (page: Page) =>
  page.$eval(MAP_LINK, (link) => document.getElementById(link.getAttribute('aria-describedby')!)!.matches(':popover-open'));

async function waitOpen(page: Page, open: boolean): Promise<void> {
  await page.waitForFunction(
    ([selector, want]) => {
      const link = document.querySelector(selector as string)!;
      return document.getElementById(link.getAttribute('aria-describedby')!)!.matches(':popover-open') === want;
    },
    [MAP_LINK, open] as const,
    { timeout: 3000 },
  );
}

/** Presses Tab until the MAP link has focus, as a keyboard user would reach it. */
async function tabToMapLink(page: Page): Promise<void> {
  for (let presses = 0; presses < 200; presses++) {
    await page.keyboard.press('Tab');
    if (await page.$eval(MAP_LINK, (link) => document.activeElement === link)) return;
  }
  throw new Error('Tab never reached the MAP link.');
}

/** Where the popover sits relative to its link. */
function geometry(page: Page) {
  return page.$eval(MAP_LINK, (link) => {
    const popover = document.getElementById(link.getAttribute('aria-describedby')!)!;
    const a = link.getBoundingClientRect();
    const p = popover.getBoundingClientRect();
    return { linkBottom: a.bottom, linkTop: a.top, popoverTop: p.top, popoverBottom: p.bottom, text: popover.textContent };
  });
}

/** Checks the behaviour every reader gets, whichever of interestfor or the script provides it. */
async function checkBehaviour(page: Page): Promise<void> {
  await tabToMapLink(page);
  await waitOpen(page, true);
  const box = await geometry(page);
  expect(box.text).toContain('NATO');
  // Below the link (or, near the bottom of the screen, above it), never over the line being read.
  expect(box.popoverTop >= box.linkBottom || box.popoverBottom <= box.linkTop).toBe(true);

  await page.keyboard.press('Escape');
  await waitOpen(page, false);

  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await waitOpen(page, true);
  await page.keyboard.press('Tab');
  await waitOpen(page, false);

  await page.mouse.move(0, 0);
  await page.hover(MAP_LINK);
  await waitOpen(page, true);
  const open = await geometry(page);
  const link = (await page.locator(MAP_LINK).boundingBox())!;
  // Moving down onto the definition keeps it open.
  await page.mouse.move(link.x + 4, open.popoverTop + 8, { steps: 4 });
  await page.waitForTimeout(800);
  expect(await isOpen(page)).toBe(true);
  await page.mouse.move(1, 1, { steps: 4 });
  await waitOpen(page, false);
}

async function newPage(options?: Parameters<BrowserSession['newContext']>[0]): Promise<{ context: BrowserContext; page: Page }> {
  const context = await session.newContext({ viewport: PHONE, ...options });
  return { context, page: await context.newPage() };
}

describe('the MAP definition in place', () => {
  test('opens on focus and hover, closes on Escape, blur and leave (interestfor)', async () => {
    const { context, page } = await newPage({ viewport: { width: 1024, height: 768 } });
    await page.goto(articleUrl);
    expect(await page.evaluate(() => 'interestForElement' in HTMLAnchorElement.prototype)).toBe(true);
    await checkBehaviour(page);
    await context.close();
  });

  test('does the same through the script where interestfor is missing', async () => {
    const { context, page } = await newPage({ viewport: { width: 1024, height: 768 } });
    await context.addInitScript(() => {
      delete (HTMLAnchorElement.prototype as { interestForElement?: unknown }).interestForElement;
    });
    await page.goto(articleUrl);
    await page.waitForLoadState('load');
    // The script has read its targets; taking the attribute away leaves the browser's own behaviour out of the test.
    await page.$$eval('a.term[interestfor]', (links) => links.forEach((link) => link.removeAttribute('interestfor')));
    await checkBehaviour(page);
    await context.close();
  });

  test('is the link’s accessible description, and not part of its name', async () => {
    const { context, page } = await newPage();
    await page.goto(articleUrl);
    const cdp = await context.newCDPSession(page);
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: MAP_LINK });
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
    const node = nodes[0]!;
    expect(node.role?.value).toBe('link');
    expect(node.name?.value).toBe(await page.locator(MAP_LINK).innerText());
    expect(node.description?.value).toMatch(/^MAP: NATO.s programme for countries getting ready to join/);
    await context.close();
  });

  test('without JavaScript the term is a plain link to its page', async () => {
    const { context, page } = await newPage({ javaScriptEnabled: false });
    await page.goto(articleUrl);
    expect(await page.locator(MAP_LINK).getAttribute('href')).toBe('/glossary/map/');
    await page.click(MAP_LINK);
    await page.waitForURL(`${server.origin}/glossary/map/`);
    expect(await page.locator('h1').innerText()).toBe('MAP');
    await context.close();
  });
});

describe('accessibility of the article', () => {
  test.each([
    ['light', false],
    ['light, with a definition open', true],
    ['dark', false],
  ])('axe finds no violations (%s)', async (name, withPopover) => {
    const { context, page } = await newPage({ colorScheme: name === 'dark' ? 'dark' : 'light' });
    await page.goto(articleUrl);
    if (withPopover) {
      await tabToMapLink(page);
      await waitOpen(page, true);
    }
    // Evaluated through the DevTools protocol: the site's CSP (applied by serveDist) blocks inline <script> tags.
    await page.evaluate(await readFile(AXE, 'utf8'));
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
      const result = await axe.run();
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
    });
    expect(violations).toEqual([]);
    await context.close();
  });
});
