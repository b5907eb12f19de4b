/**
 * Margin notes: at 1400 px the article's numbered notes sit beside the line that cites them and
 * never overlap; at 390 px and in print they stay at the end. Links between references and notes
 * work the same everywhere, and moving the notes shifts nothing once the page is drawn.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { articlePath, PHONE } from './harness.ts';
import { useSite } from './use-site.ts';

const site = useSite();

const WIDE = { width: 1400, height: 900 } as const;

interface NoteBox {
  id: string;
  position: string;
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** The first reference to the note. */
  ref: { top: number; href: string };
  /** Where the note's back link leads. */
  back: string;
}

interface Layout {
  notes: NoteBox[];
  /** The right edge and the bottom of the article's text, without its notes. */
  text: { right: number; lastParagraphBottom: number };
  /** The bottom of what opens the margin (the article's map), which the first note sits below. */
  marginStartBottom: number;
}

async function open(viewport: { width: number; height: number }, media: 'screen' | 'print' = 'screen') {
  const context = await site.session.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(`${site.server.origin}${articlePath()}`);
  await page.emulateMedia({ media });
  return { page, close: () => context.close() };
}

/** Every note's box and its reference's, in page coordinates. */
function layout(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const y = (value: number) => Math.round(value + window.scrollY);
    const body = document.querySelector('.article-body')!;
    const paragraphs = [...body.querySelectorAll(':scope > p')];
    const notes = [...body.querySelectorAll<HTMLElement>('.footnotes li')].map((li) => {
      const box = li.getBoundingClientRect();
      const ref = document.querySelector<HTMLAnchorElement>(`a[data-footnote-ref][href="#${li.id}"]`)!;
      return {
        id: li.id,
        position: getComputedStyle(li).position,
        top: y(box.top),
        bottom: y(box.bottom),
        left: Math.round(box.left),
        right: Math.round(box.right),
        ref: { top: y(ref.getBoundingClientRect().top), href: ref.getAttribute('href')! },
        back: li.querySelector('a[data-footnote-backref]')!.getAttribute('href')!,
      };
    });
    const marginStart = body.querySelector(':scope > .margin-start');
    return {
      notes,
      marginStartBottom: marginStart ? y(marginStart.getBoundingClientRect().bottom) : -Infinity,
      text: {
        right: Math.round(paragraphs[0]!.getBoundingClientRect().right),
        lastParagraphBottom: y(paragraphs.at(-1)!.getBoundingClientRect().bottom),
      },
    };
  });
}

/** The links between notes and references are the same whatever the layout. */
function expectLinked(notes: NoteBox[]): void {
  for (const note of notes) {
    expect(note.ref.href).toBe(`#${note.id}`);
    expect(note.back).toBe(`#${note.id.replace('-fn-', '-fnref-')}`);
  }
}

describe('margin notes', () => {
  test('at 1400 px each note sits in the margin beside its reference, or just below the note before it', async () => {
    const { page, close } = await open(WIDE);
    const { notes, text, marginStartBottom } = await layout(page);
    await close();
    expect(notes.length).toBeGreaterThan(3);
    expectLinked(notes);
    let previousBottom = marginStartBottom;
    for (const note of notes) {
      expect(note.position, note.id).toBe('absolute');
      expect(note.left, note.id).toBeGreaterThan(text.right + 16);
      expect(note.right, note.id).toBeLessThanOrEqual(WIDE.width);
      // Never above its reference, never over the note (or the map) before it…
      expect(note.top, note.id).toBeGreaterThanOrEqual(note.ref.top - 2);
      expect(note.top, note.id).toBeGreaterThan(previousBottom);
      // …and no lower than it must be: at its reference, or pushed just below the note before it.
      expect(note.top, note.id).toBeLessThanOrEqual(Math.max(note.ref.top, previousBottom + 16) + 2);
      previousBottom = note.bottom;
    }
    // The article has both: notes level with their line, and one pushed down (4 is long, 5 is cited a line later).
    expect(notes.some((note) => Math.abs(note.top - note.ref.top) <= 2)).toBe(true);
    expect(notes.some((note) => note.top > note.ref.top + 2)).toBe(true);
  });

  test.each([
    ['at 390 px', PHONE, 'screen'],
    ['in print', WIDE, 'print'],
  ] as const)('%s the notes stay at the end of the text, in order', async (_name, viewport, media) => {
    const { page, close } = await open(viewport, media);
    const { notes, text } = await layout(page);
    const headingShown = await page.locator('.footnotes .notes-heading').evaluate((h) => h.getBoundingClientRect().height > 1);
    await close();
    expectLinked(notes);
    expect(headingShown).toBe(true);
    let previousBottom = text.lastParagraphBottom;
    for (const note of notes) {
      expect(note.position, note.id).toBe('static');
      expect(note.top, note.id).toBeGreaterThanOrEqual(previousBottom);
      expect(note.right, note.id).toBeLessThanOrEqual(text.right + 1);
      previousBottom = note.bottom;
    }
  });

  test('at 1400 px a reference leads to its note beside it, and the note leads back', async () => {
    const { page, close } = await open(WIDE);
    const [first] = (await layout(page)).notes;
    await page.click(`a[href="${first!.ref.href}"]`);
    const targeted = await page.evaluate(() => document.querySelector(':target')?.id);
    const inView = await page.locator(`[id="${first!.id}"]`).evaluate((li) => {
      const box = li.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= innerHeight;
    });
    await page.click(`[id="${first!.id}"] a[data-footnote-backref]`);
    const back = await page.evaluate(() => document.querySelector(':target')?.id);
    await close();
    expect(targeted).toBe(first!.id);
    expect(inView).toBe(true);
    expect(back).toBe(first!.id.replace('-fn-', '-fnref-'));
  });

  test('placing the notes shifts nothing in the article at 1400 px', async () => {
    const { page, close } = await open(WIDE);
    const shifted = await page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const moved: string[] = [];
          type Shift = PerformanceEntry & { sources: { node: Node | null }[] };
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as Shift[]) {
              for (const { node } of entry.sources) {
                const element = node instanceof Element ? node : node?.parentElement;
                if (element?.closest('article')) moved.push(element.outerHTML.slice(0, 80));
              }
            }
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(moved), 500);
        }),
    );
    await close();
    expect(shifted).toEqual([]);
  });
});
