import { describe, expect, test } from 'vitest';
import { readFrontmatter } from '../../../../../src/lib/content/frontmatter.ts';
import { validateContent, type SourceFile } from '../../../../../src/lib/content/validate.ts';
import { ADDED_SENTENCE, appendToBody, EDITED_SHORT, planEdit, replaceShort } from '../../../../../scripts/lib/bench/edit.ts';
import { generateContentSet, type GeneratedFile } from '../../../../../scripts/lib/bench/synthetic-content.ts';

const asSourceFiles = (files: readonly GeneratedFile[]): SourceFile[] =>
  files.map((f) => ({ collection: f.collection, name: f.path.slice(f.path.indexOf('/') + 1), file: `content/${f.path}`, text: f.text }));

const parsed = (text: string) => {
  const result = readFrontmatter(text);
  if (!result.ok) throw new Error(result.message);
  return result.frontmatter;
};

describe('planEdit', () => {
  const set = generateContentSet(100);
  const edits = planEdit(set.files);

  test('edits one event and one term, each from its current text', () => {
    expect(edits.map((edit) => edit.path.split('/')[0])).toEqual(['timeline', 'glossary']);
    for (const edit of edits) {
      expect(edit.before).toBe(set.files.find((file) => file.path === edit.path)!.text);
      expect(edit.after).not.toBe(edit.before);
    }
  });

  test('is the same edit every time', () => {
    expect(planEdit(generateContentSet(100).files)).toEqual(edits);
  });

  test('leaves a content set that still validates', () => {
    const edited = set.files.map((file) => ({ ...file, text: edits.find((edit) => edit.path === file.path)?.after ?? file.text }));
    expect(validateContent(asSourceFiles(edited), { showDrafts: false }).problems).toEqual([]);
  });

  test.each([
    ['no events', 'timeline', /no timeline event/],
    ['no terms', 'glossary', /no glossary term/],
  ])('refuses a set with %s', (_, collection, message) => {
    expect(() => planEdit(set.files.filter((file) => file.collection !== collection))).toThrow(message);
  });
});

describe('appendToBody', () => {
  test('adds the sentence to the body and keeps the frontmatter', () => {
    const text = '---\ntitle: An event\ndate: 2001-02-03\n---\nFirst sentence. Second one.\n';
    const after = appendToBody(text, ADDED_SENTENCE);
    expect(after).toBe(`---\ntitle: An event\ndate: 2001-02-03\n---\nFirst sentence. Second one. ${ADDED_SENTENCE}\n`);
    expect(parsed(after).data).toEqual(parsed(text).data);
  });
});

describe('replaceShort', () => {
  test('changes `short` and no other field', () => {
    const text = '---\nterm: Braiva tolen\naliases:\n  - Braiva tolenn\nshort: "The old: definition."\nsources:\n  - name: A source\n    url: https://example.org/\n---\nThe body.\n';
    const after = replaceShort(text, EDITED_SHORT);
    expect(after).toBe(text.replace('The old: definition.', EDITED_SHORT));
    expect(parsed(after).data).toEqual({ ...parsed(text).data, short: EDITED_SHORT });
    expect(parsed(after).body).toBe(parsed(text).body);
  });

  test.each([
    ['no frontmatter', 'Only a body.\n', /no frontmatter/],
    ['no short', '---\nterm: Braiva tolen\n---\nThe body.\n', /no `short` field/],
  ])('refuses an entry with %s', (_, text, message) => {
    expect(() => replaceShort(text, EDITED_SHORT)).toThrow(message);
  });
});
