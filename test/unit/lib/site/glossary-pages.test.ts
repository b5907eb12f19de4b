import { describe, expect, test } from 'vitest';
import { glossaryPages, letterSegment } from '../../../../src/lib/site/glossary-pages.ts';

const name = (term: string) => term;

describe('letterSegment', () => {
  test.each([
    { letter: 'M', expected: 'm' },
    { letter: '#', expected: 'other' },
  ])('$letter → $expected', ({ letter, expected }) => {
    expect(letterSegment(letter)).toBe(expected);
  });
});

describe('glossaryPages', () => {
  test('a short glossary is one A–Z page at /glossary/', () => {
    const list = glossaryPages(['Minsk', 'Donbas'], name, 2);
    expect(list.split).toBe(false);
    expect(list.index).toMatchObject({ path: '/glossary/', items: ['Donbas', 'Minsk'] });
  });

  test('past the limit, it is split by letter under /glossary/letter/, filed as readers look names up', () => {
    const list = glossaryPages(['The Moscow Times', 'Minsk', 'Maidan', 'Donbas', '9K37 Buk', 'Mariupol'], name, 2);
    expect(list.pages.map((page) => [page.path, page.items])).toEqual([
      ['/glossary/letter/other/', ['9K37 Buk']],
      ['/glossary/letter/d/', ['Donbas']],
      ['/glossary/letter/m/', ['Maidan', 'Mariupol']],
      ['/glossary/letter/m/2/', ['Minsk', 'The Moscow Times']],
    ]);
    expect(list.index).toMatchObject({ path: '/glossary/', group: 'D', items: ['Donbas'] });
  });
});
