/**
 * Every relative link in every README resolves: docs move with their code, and a link left behind
 * by a move fails here rather than in a reader's browser.
 */
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { brokenLinks, headingAnchors } from '../helpers/markdown-links.ts';

/** Folders that hold no docs of ours: dependencies, build output, caches, test builds. */
const SKIPPED = new Set(['node_modules', '.git', 'dist', '.astro', '.tmp']);

function readmes(dir = '.'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return SKIPPED.has(entry.name) || entry.name.startsWith('.dist-') ? [] : readmes(file);
    return entry.name === 'README.md' ? [file] : [];
  });
}

describe('the link check', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'readme-links-'));
  mkdirSync(path.join(dir, 'sub'));
  writeFileSync(path.join(dir, 'sub/GUIDE.md'), '# Guide\n\n## The rules\n');
  writeFileSync(path.join(dir, 'code.ts'), '');

  test.each([
    ['a file that exists', '[g](sub/GUIDE.md)', []],
    ['a folder that exists', '[s](sub/)', []],
    ['a heading of another file', '[r](sub/GUIDE.md#the-rules)', []],
    ['a heading of the same file', '# Top\n\n[t](#top)', []],
    ['a non-Markdown file with a fragment', '[c](code.ts#L3)', []],
    ['an external address', '[e](https://example.org/missing) [m](mailto:a@example.org)', []],
    ['a link inside a code block', '```\n[x](missing.md)\n```', []],
    ['a missing file', '[x](missing.md)', ['missing.md']],
    ['a missing heading', '[r](sub/GUIDE.md#no-such-part)', ['sub/GUIDE.md#no-such-part']],
    ['a missing heading of the same file', '[t](#nowhere)', ['#nowhere']],
    ['a reference definition', '[x][ref]\n\n[ref]: gone/README.md', ['gone/README.md']],
  ])('%s', (_, markdown, broken) => {
    expect(brokenLinks(markdown, dir)).toEqual(broken);
  });

  test('anchors are GitHub’s: lower case, punctuation dropped, repeats numbered', () => {
    expect([...headingAnchors('# `npm run deploy`\n\n## Tests\n\n## Tests\n\n## Right to left, and Arabic')]).toEqual([
      'npm-run-deploy',
      'tests',
      'tests-1',
      'right-to-left-and-arabic',
    ]);
  });
});

describe.each(readmes())('%s', (file) => {
  test('every relative link leads to a file, and every fragment to a heading', () => {
    expect(brokenLinks(readFileSync(file, 'utf8'), path.dirname(file))).toEqual([]);
  });
});
