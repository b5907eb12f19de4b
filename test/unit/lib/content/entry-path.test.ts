import { matchesGlob } from 'node:path';
import { describe, expect, test } from 'vitest';
import { classifyEntryPath, ENTRY_GLOB, isEntryFile } from '../../../../src/lib/content/entry-path.ts';

describe('classifyEntryPath: the one rule for which files are entries', () => {
  test.each([
    ['map.mdx', 'entry'],
    ['2014-08-battle-of-ilovaisk.mdx', 'entry'],
    ['Map With Spaces.mdx', 'entry'],
    ['_notes.mdx', 'skipped'],
    ['.map.mdx', 'skipped'],
    ['.#map.mdx', 'skipped'],
    ['_archive/map.mdx', 'skipped'],
    ['_archive/deeper/map.mdx', 'skipped'],
    ['sub/_notes.mdx', 'skipped'],
    ['.git/map.mdx', 'skipped'],
    ['sub/map.mdx', 'nested'],
    ['sub/deeper/map.mdx', 'nested'],
    ['sub\\map.mdx', 'nested'],
    ['map.md', 'other'],
    ['map.mdx.txt', 'other'],
    ['README.md', 'other'],
    ['sub/notes.txt', 'other'],
    ['', 'other'],
  ])('%s is %s', (path, kind) => {
    expect(classifyEntryPath(path)).toBe(kind);
    expect(isEntryFile(path)).toBe(kind === 'entry');
  });

  test.each(['map.mdx', '_notes.mdx', '.map.mdx', 'sub/map.mdx', 'map.md'])('the glob pattern agrees on %s', (path) => {
    // Glob tools (the benchmark's baseline project) take the rule as a pattern; it must say the same.
    expect(matchesGlob(path, ENTRY_GLOB)).toBe(isEntryFile(path));
  });
});
