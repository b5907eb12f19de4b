import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { relativeImports } from '../../helpers/imports.ts';
import { markdownFingerprint, markdownPipelineFiles } from '../../../src/integrations/markdown-fingerprint.ts';

const root = path.resolve('.');
const glossary = {
  names: [{ id: 'nato', term: 'NATO', aliases: [], caseSensitive: true }],
  definitions: new Map([['nato', { url: '/glossary/nato/', name: 'NATO', short: 'An alliance.' }]]),
};

describe('markdownFingerprint', () => {
  test('covers every module the Markdown plugins import from the project', async () => {
    const covered = new Set(markdownPipelineFiles(root).map((file) => path.resolve(file)));
    for (const file of covered) {
      const source = await readFile(file, 'utf8');
      for (const specifier of relativeImports(source)) {
        expect(covered, `${path.relative(root, file)} imports ${specifier}`).toContain(path.resolve(path.dirname(file), specifier));
      }
    }
  });

  test('changes with the glossary: a new definition renders every body again', () => {
    const changed = { ...glossary, definitions: new Map([['nato', { url: '/glossary/nato/', name: 'NATO', short: 'A defence alliance.' }]]) };
    expect(markdownFingerprint(root, glossary)).toBe(markdownFingerprint(root, glossary));
    expect(markdownFingerprint(root, changed)).not.toBe(markdownFingerprint(root, glossary));
  });
});
