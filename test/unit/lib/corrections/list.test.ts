import { describe, expect, test } from 'vitest';
import { countCorrections, describeCorrections, listCorrections, type CorrectionSource } from '../../../../src/lib/corrections/list.ts';

const fix = (date: string, text = `Fixed on ${date}.`) => ({ date, text });
const entry = <T extends object>(url: string, data: T, corrections: { date: string; text: string }[]) => ({ url, data: { ...data, corrections } });

const source: CorrectionSource = {
  articles: [entry('/articles/story/', { title: 'The story' }, [fix('2026-11-01')])],
  events: [
    entry('/timeline/2015-02-12-minsk-ii/', { title: 'Minsk II is signed' }, [fix('2026-11-29', 'First.'), fix('2026-11-29', 'Second.')]),
    entry('/timeline/2021-04-22-pullback/', { title: 'Russia orders troops back' }, []),
  ],
  terms: [entry('/glossary/nato/', { term: 'NATO' }, [fix('2026-11-29'), fix('2026-12-02')])],
  places: [entry('/places/zolote/', { name: 'Zolote' }, [fix('2026-11-15')])],
};

describe('listCorrections', () => {
  test('lists every correction newest first; on one day by title, then the later-listed first', () => {
    expect(listCorrections(source).map((c) => `${c.date} ${c.kindLabel}: ${c.title} (${c.text})`)).toEqual([
      '2026-12-02 Glossary term: NATO (Fixed on 2026-12-02.)',
      '2026-11-29 Timeline event: Minsk II is signed (Second.)',
      '2026-11-29 Timeline event: Minsk II is signed (First.)',
      '2026-11-29 Glossary term: NATO (Fixed on 2026-11-29.)',
      '2026-11-15 Place: Zolote (Fixed on 2026-11-15.)',
      '2026-11-01 Article: The story (Fixed on 2026-11-01.)',
    ]);
  });

  test('each item links to the corrected entry and names its kind', () => {
    expect(listCorrections(source)[0]).toEqual({
      date: '2026-12-02',
      text: 'Fixed on 2026-12-02.',
      kind: 'term',
      kindLabel: 'Glossary term',
      title: 'NATO',
      url: '/glossary/nato/',
    });
  });

  test('is empty when nothing was corrected', () => {
    expect(listCorrections({ articles: [], events: [entry('/timeline/x/', { title: 'X' }, [])], terms: [], places: [] })).toEqual([]);
  });

  test('does not depend on the order of the entries', () => {
    const reversed = { ...source, events: [...source.events].reverse() };
    expect(listCorrections(reversed)).toEqual(listCorrections(source));
  });
});

describe('the words for a number of corrections', () => {
  test.each([
    [0, 'No corrections', 'No corrections so far. When a fact on this site is wrong, we fix it and say so here.'],
    [1, '1 correction', '1 correction of a fact on this site, linked to the entry it corrects.'],
    [3, '3 corrections', '3 corrections of facts on this site, newest first, each linked to the entry it corrects.'],
  ])('%i', (n, count, description) => {
    expect(countCorrections(n)).toBe(count);
    expect(describeCorrections(n)).toBe(description);
  });
});
