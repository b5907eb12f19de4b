import { describe, expect, test } from 'vitest';
import { findTerms } from '../../../../src/lib/glossary/find-terms.ts';
import { buildTermIndex, type GlossaryName } from '../../../../src/lib/glossary/term-index.ts';

const GLOSSARY: GlossaryName[] = [
  { id: 'map', term: 'MAP', aliases: ['Membership Action Plan', 'NATO MAP'], caseSensitive: true },
  { id: 'nato', term: 'NATO', aliases: ['North Atlantic Treaty Organization'], caseSensitive: true },
  { id: 'donbass', term: 'Donbass', aliases: ['Donbas', 'Donets Basin'], caseSensitive: false },
  { id: 'minsk-agreements', term: 'Minsk agreements', aliases: ['Minsk II', 'Minsk I'], caseSensitive: false },
  { id: 'minsk', term: 'Minsk', aliases: [], caseSensitive: false },
  { id: 'kyiv', term: 'Kyiv', aliases: ['Kiev'], caseSensitive: false },
  { id: 'zolote', term: 'Zolote', aliases: ['Zolote-4'], caseSensitive: false },
  { id: 'republics', term: 'Self-declared republics', aliases: ["Donetsk People's Republic"], caseSensitive: false },
  { id: 'russia', term: 'Russia', aliases: [], caseSensitive: false },
  { id: 'policy', term: 'open-door policy', aliases: [], caseSensitive: false },
];

const index = buildTermIndex(GLOSSARY);

/** The matches as `text→id`, the shape the tables compare. */
function found(text: string, ignore: string[] = []): string[] {
  return findTerms(text, index, { ignore: (id) => ignore.includes(id) }).map(
    (m) => `${text.slice(m.start, m.end)}→${m.id}`,
  );
}

describe('findTerms: case rules', () => {
  test.each([
    ['a NATO MAP for Ukraine', ['NATO MAP→map']],
    ['a map of the region', []],
    ['a Map of the region', []],
    ['MAP', ['MAP→map']],
    ['the Membership Action Plan', ['Membership Action Plan→map']],
    // Case-sensitive terms keep their case; case-insensitive ones keep the writer's.
    ['the membership action plan', []],
    ['the donbass and DONBAS', ['donbass→donbass', 'DONBAS→donbass']],
    ['Nato said', []],
    ['the Minsk Agreements', ['Minsk Agreements→minsk-agreements']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('findTerms: word boundaries', () => {
  test.each([
    ['MAPLE syrup', []],
    ['ROADMAP', []],
    ['Donbassian', []],
    ['pro-Russia separatists', []],
    ['Minsk-brokered truce', []],
    ['Russia-backed', []],
    ['near Zolote-4 in Luhansk', ['Zolote-4→zolote']],
    ['near Zolote in Luhansk', ['Zolote→zolote']],
    ['the self-declared republics', ['self-declared republics→republics']],
    ['the self‑declared republics', ['self‑declared republics→republics']],
    ['the Donetsk People’s Republic', ['Donetsk People’s Republic→republics']],
    ['(MAP)', ['MAP→map']],
    ['“Donbass.”', ['Donbass→donbass']],
    ['MAP2', []],
    ['Kiev’d', []],
    ['Membership Action\nPlan', ['Membership Action\nPlan→map']],
    ['Membership Action\u00a0Plan', ['Membership Action\u00a0Plan→map']],
    ['Membership, Action Plan', []],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('findTerms: longest match and overlaps', () => {
  test.each([
    ['the Minsk agreements', ['Minsk agreements→minsk-agreements']],
    ['talks in Minsk', ['Minsk→minsk']],
    ['Minsk II was signed in Minsk', ['Minsk II→minsk-agreements', 'Minsk→minsk']],
    ['Minsk I and Minsk II', ['Minsk I→minsk-agreements', 'Minsk II→minsk-agreements']],
    ['NATO MAP', ['NATO MAP→map']],
    ['NATO and a MAP', ['NATO→nato', 'MAP→map']],
    ['NATO’s MAP', ['NATO→nato', 'MAP→map']],
    ['North Atlantic Treaty Organization', ['North Atlantic Treaty Organization→nato']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('findTerms: possessives and plurals', () => {
  test.each([
    ["NATO's members", ['NATO→nato']],
    ['NATO’s members', ['NATO→nato']],
    ['Kiev’s allies', ['Kiev→kyiv']],
    ['two MAPs', ['MAPs→map']],
    ['two MAPS', []],
    ['two maps', []],
    ['the MAPs’ terms', ['MAPs→map']],
    ['open-door policies', ['open-door policies→policy']],
    ['Russia’s', ['Russia→russia']],
    ['Russias', ['Russias→russia']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('findTerms: ignored ids', () => {
  test.each([
    ['the Minsk agreements', ['minsk-agreements'], ['Minsk→minsk']],
    ['NATO MAP', ['map'], ['NATO→nato']],
    ['NATO MAP', ['map', 'nato'], []],
  ])('%s without %j', (text, ignore, expected) => {
    expect(found(text, ignore)).toEqual(expected);
  });
});

describe('findTerms: offsets', () => {
  test('point at the writer’s text', () => {
    expect(findTerms('In Kiev’s view', index)).toEqual([{ id: 'kyiv', start: 3, end: 7 }]);
  });
});

describe('buildTermIndex', () => {
  test('counts every term and alias', () => {
    expect(index.names).toBe(GLOSSARY.reduce((n, e) => n + 1 + e.aliases.length, 0));
  });

  test('ignores names without words', () => {
    expect(buildTermIndex([{ id: 'x', term: '—', aliases: [], caseSensitive: false }]).names).toBe(0);
  });
});
