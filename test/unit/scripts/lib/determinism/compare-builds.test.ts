import { describe, expect, test } from 'vitest';
import { compareBuilds, formatDifference, isIdentical } from '../../../../../scripts/lib/determinism/compare-builds.ts';

const build = (files: Record<string, string>) => Object.entries(files).map(([key, hash]) => ({ key, hash }));

describe('compareBuilds', () => {
  test.each([
    { name: 'identical builds', a: { 'a.html': '1', 'b.css': '2' }, b: { 'b.css': '2', 'a.html': '1' }, expected: { missing: [], extra: [], changed: [] } },
    { name: 'a changed file', a: { 'a.html': '1', 'b.css': '2' }, b: { 'a.html': '1', 'b.css': '3' }, expected: { missing: [], extra: [], changed: ['b.css'] } },
    { name: 'a renamed asset', a: { '_astro/x.1.css': '1' }, b: { '_astro/x.2.css': '1' }, expected: { missing: ['_astro/x.1.css'], extra: ['_astro/x.2.css'], changed: [] } },
  ])('$name', ({ a, b, expected }) => {
    const difference = compareBuilds(build(a), build(b));
    expect(difference).toEqual(expected);
    expect(isIdentical(difference)).toBe(expected.changed.length + expected.missing.length + expected.extra.length === 0);
  });
});

describe('formatDifference', () => {
  test('lists each kind of difference and cuts long lists', () => {
    const lines = formatDifference({ changed: ['a', 'b', 'c'], missing: ['m'], extra: [] }, 2);
    expect(lines).toEqual(['  differ (3):', '    a', '    b', '    … and 1 more', '  only in the first build (1):', '    m']);
  });
});
