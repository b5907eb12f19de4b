/**
 * Names the numbered notes and their references for the margin-notes stylesheet
 * (src/styles/margin-notes.css). On wide screens CSS anchor positioning moves each note beside
 * the line that first cites it, and below the previous note when that one is still there. CSS
 * cannot build a name from a number, so each note gets its names here, as data attributes that the
 * stylesheet reads with `attr()`: a class or an inline style would need a rule or a CSP hash per
 * note. The notes stay where GFM puts them, at the end, so narrow screens, print and screen
 * readers read them as before.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** The anchor name of the nth note (from 1). */
export const noteAnchor = (n: number) => `--note-${n}`;

/** The anchor name of the first reference to the nth note. */
export const referenceAnchor = (n: number) => `--note-ref-${n}`;

/** The footnote list items of a GFM footnotes section, in order. */
function noteItems(tree: Root): Element[] {
  const items: Element[] = [];
  visit(tree, 'element', (element) => {
    if (element.tagName !== 'section' || element.properties['dataFootnotes'] === undefined) return;
    const list = element.children.find((child): child is Element => child.type === 'element' && child.tagName === 'ol');
    for (const child of list?.children ?? []) if (child.type === 'element' && child.tagName === 'li') items.push(child);
  });
  return items;
}

/** Gives each footnote and the first reference to it the anchor names the margin-notes stylesheet uses. */
export function rehypeMarginNotes() {
  return (tree: Root) => {
    const numbers = new Map<string, number>();
    noteItems(tree).forEach((item, index) => {
      const n = index + 1;
      numbers.set(`#${String(item.properties['id'])}`, n);
      item.properties['dataMarginAnchor'] = noteAnchor(n);
      item.properties['dataMarginRef'] = referenceAnchor(n);
      if (n > 1) item.properties['dataMarginAfter'] = noteAnchor(n - 1);
    });
    const named = new Set<number>();
    visit(tree, 'element', (element) => {
      if (element.tagName !== 'a' || element.properties['dataFootnoteRef'] === undefined) return;
      const n = numbers.get(String(element.properties['href']));
      // A note cited twice sits beside its first citation.
      if (n === undefined || named.has(n)) return;
      named.add(n);
      element.properties['dataMarginAnchor'] = referenceAnchor(n);
    });
  };
}
