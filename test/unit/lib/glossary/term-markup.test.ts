import { describe, expect, test } from 'vitest';
import { MENTIONS_KEY, noteLabel, popoverId, readMentions } from '../../../../src/lib/glossary/term-markup.ts';

describe('noteLabel', () => {
  test.each([
    [1, 'a'],
    [2, 'b'],
    [26, 'z'],
    [27, 'aa'],
    [28, 'ab'],
    [52, 'az'],
    [53, 'ba'],
    [702, 'zz'],
    [703, 'aaa'],
  ])('%i → %s', (n, expected) => {
    expect(noteLabel(n)).toBe(expected);
  });
});

describe('popoverId', () => {
  test.each([
    ['map', 'def-map'],
    ['minsk-agreements', 'def-minsk-agreements'],
  ])('%s → %s: one definition per term on a page, however many entries link it', (term, expected) => {
    expect(popoverId(term)).toBe(expected);
  });
});

describe('readMentions', () => {
  test.each([
    ['no frontmatter', undefined, []],
    ['no mentions', { title: 'x' }, []],
    ['not a list', { [MENTIONS_KEY]: 'map' }, []],
    ['mentions', { [MENTIONS_KEY]: [{ id: 'map', note: 'a' }] }, [{ id: 'map', note: 'a' }]],
    ['malformed items are dropped', { [MENTIONS_KEY]: [{ id: 'map' }, null, { id: 'nato', note: 'b' }] }, [{ id: 'nato', note: 'b' }]],
  ])('%s', (_name, frontmatter, expected) => {
    expect(readMentions(frontmatter)).toEqual(expected);
  });
});
