import type { Root } from 'hast';
import type { Root as MarkdownRoot } from 'mdast';
import { toHtml } from 'hast-util-to-html';
import { toHast } from 'mdast-util-to-hast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { noteAnchor, referenceAnchor, rehypeMarginNotes } from '../../../../src/lib/markdown/rehype-margin-notes.ts';

/** Markdown → HTML the way the site's pipeline turns GFM footnotes into HTML, then the plugin. */
function render(markdown: string): string {
  const processor = unified().use(remarkParse).use(remarkGfm);
  const tree = toHast(processor.runSync(processor.parse(markdown)) as MarkdownRoot) as Root;
  rehypeMarginNotes()(tree);
  return toHtml(tree);
}

/** Each reference's and each note's margin attributes, in document order. */
function anchors(html: string): string[] {
  return [...html.matchAll(/<(a|li)\b([^>]*)>/g)]
    .map(([, tag, attributes]) => {
      const names = [...attributes!.matchAll(/data-margin-(anchor|ref|after)="([^"]+)"/g)].map(([, key, value]) => `${key}=${value}`);
      return names.length ? `${tag} ${names.join(' ')}` : '';
    })
    .filter(Boolean);
}

describe('rehypeMarginNotes', () => {
  test.each([
    ['no notes, no names', 'Plain text.', []],
    [
      'each note is named, follows the one before, and points at its reference',
      'One.[^a] Two.[^b] Three.[^c]\n\n[^a]: A.\n[^b]: B.\n[^c]: C.',
      [
        'a anchor=--note-ref-1',
        'a anchor=--note-ref-2',
        'a anchor=--note-ref-3',
        'li anchor=--note-1 ref=--note-ref-1',
        'li anchor=--note-2 ref=--note-ref-2 after=--note-1',
        'li anchor=--note-3 ref=--note-ref-3 after=--note-2',
      ],
    ],
    [
      'numbered in the order of first citation, whatever the labels or the order of definitions',
      'First.[^zeta] Second.[^alpha]\n\n[^alpha]: A.\n[^zeta]: Z.',
      ['a anchor=--note-ref-1', 'a anchor=--note-ref-2', 'li anchor=--note-1 ref=--note-ref-1', 'li anchor=--note-2 ref=--note-ref-2 after=--note-1'],
    ],
    [
      'a note cited twice sits beside its first citation',
      'Once.[^a] Twice.[^a] Other.[^b]\n\n[^a]: A.\n[^b]: B.',
      ['a anchor=--note-ref-1', 'a anchor=--note-ref-2', 'li anchor=--note-1 ref=--note-ref-1', 'li anchor=--note-2 ref=--note-ref-2 after=--note-1'],
    ],
  ])('%s', (_name, markdown, expected) => {
    expect(anchors(render(markdown))).toEqual(expected);
  });

  test('the second citation of a note is left unnamed, so the name is unique', () => {
    const html = render('Once.[^a] Twice.[^a]\n\n[^a]: A.');
    expect(html.match(/data-margin-anchor="--note-ref-1"/g)).toHaveLength(1);
    expect(html).toContain('id="user-content-fnref-a-2"');
  });

  test.each([
    [1, '--note-1', '--note-ref-1'],
    [12, '--note-12', '--note-ref-12'],
  ])('note %i is %s, its reference %s', (n, note, reference) => {
    expect([noteAnchor(n), referenceAnchor(n)]).toEqual([note, reference]);
  });
});
