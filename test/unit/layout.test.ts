/**
 * The folder rules of src/README.md, checked: each folder imports only from the folders its row
 * allows, `lib/` stays pure, and no product code imports the tests. A rule broken here is either a
 * misplaced import or a table that needs changing, with a reason, in src/README.md.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { importSpecifiers } from '../helpers/imports.ts';

const CODE = /\.(?:ts|mts|mjs|js|tsx|astro)$/;

interface SourceImport {
  /** The importing file, from the project root: `src/lib/feed.ts`. */
  file: string;
  /** What it asks for: a package, `node:fs`, `astro:content`, or a relative path resolved from the root. */
  target: string;
}

function codeFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => CODE.test(file))
    .map((file) => path.join(dir, file).split(path.sep).join('/'));
}

function importsOf(file: string): SourceImport[] {
  return importSpecifiers(readFileSync(file, 'utf8')).map((specifier) => {
    const target = specifier.startsWith('.') ? path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier)) : specifier;
    return { file, target };
  });
}

const imports = [...codeFiles('src'), ...codeFiles('scripts'), 'astro.config.mjs'].flatMap(importsOf);
const ourCode = (target: string) => target.startsWith('src/') || target.startsWith('scripts/') || target.startsWith('test/');

/** The files of cards/ that lib/ may import: they must be as pure as lib/ itself. */
const PURE_CARD_FILES = ['src/cards/model.ts', 'src/cards/list.ts', 'src/cards/typography.ts'];

/** src/README.md's table: each folder, and the folders (or files) of ours it may import besides its own. */
const MAY_IMPORT: Record<string, string[]> = {
  'src/content.config.ts': ['src/loaders/', 'src/schemas/', 'src/node/', 'src/lib/'],
  'src/schemas/': [],
  'src/lib/': ['src/schemas/', ...PURE_CARD_FILES],
  'src/node/': ['src/lib/', 'src/schemas/'],
  'src/cards/': ['src/lib/', 'src/node/', 'src/schemas/'],
  'src/loaders/': ['src/lib/', 'src/node/'],
  'src/integrations/': ['src/lib/', 'src/node/'],
  'src/data/': ['src/lib/', 'src/schemas/', 'src/node/'],
  'src/pages/': ['src/data/', 'src/layouts/', 'src/components/', 'src/lib/', 'src/cards/'],
  'src/layouts/': ['src/components/', 'src/data/', 'src/lib/', 'src/cards/', 'src/schemas/', 'src/client/'],
  'src/components/': ['src/lib/', 'src/data/', 'src/schemas/', 'src/client/'],
  'src/client/': ['src/lib/'],
  'scripts/': ['src/lib/', 'src/node/', 'src/cards/', 'src/schemas/'],
};

function ruleFor(file: string): [string, string[]] | undefined {
  const folder = Object.keys(MAY_IMPORT)
    .filter((prefix) => file.startsWith(prefix))
    .sort((a, b) => b.length - a.length)[0];
  return folder === undefined ? undefined : [folder, MAY_IMPORT[folder]!];
}

describe('the folder rules of src/README.md', () => {
  test('every folder imports only its own code and the folders its row allows', () => {
    const broken = imports
      .filter(({ file, target }) => {
        const rule = ruleFor(file);
        if (!rule || !ourCode(target) || !CODE.test(target)) return false;
        const [folder, allowed] = rule;
        return !target.startsWith(folder) && !allowed.some((prefix) => target.startsWith(prefix));
      })
      .map(({ file, target }) => `${file} → ${target}`);
    expect(broken).toEqual([]);
  });

  test('the pure files of cards/ that lib/ may import are pure themselves', () => {
    const broken = imports
      .filter(({ file, target }) => PURE_CARD_FILES.includes(file) && ourCode(target) && !PURE_CARD_FILES.includes(target) && !target.startsWith('src/lib/') && !target.startsWith('src/schemas/'))
      .map(({ file, target }) => `${file} → ${target}`);
    expect(broken).toEqual([]);
  });

  test('lib/ is pure: no astro:* modules, no file system, processes, threads or network, no process.env', () => {
    const impure = /^(?:astro:|(?:node:)?(?:fs|fs\/promises|child_process|worker_threads|net|http|https|os)$)/;
    const pureFiles = [...codeFiles('src/lib'), ...PURE_CARD_FILES];
    const broken = imports.filter(({ file, target }) => pureFiles.includes(file) && impure.test(target)).map(({ file, target }) => `${file} → ${target}`);
    const readsEnv = pureFiles.filter((file) => /\bprocess\.env\b/.test(readFileSync(file, 'utf8')));
    expect(broken).toEqual([]);
    expect(readsEnv).toEqual([]);
  });

  test('no product code imports the tests, and nothing in src/ imports the commands', () => {
    const broken = imports
      .filter(({ file, target }) => target.startsWith('test/') || (file.startsWith('src/') && target.startsWith('scripts/')))
      .map(({ file, target }) => `${file} → ${target}`);
    expect(broken).toEqual([]);
  });

  test('reads the imports it checks (a rule that sees nothing passes for nothing)', () => {
    expect(imports.filter(({ file }) => file.startsWith('src/lib/')).length).toBeGreaterThan(100);
    expect(imports.filter(({ file }) => file.endsWith('.astro')).length).toBeGreaterThan(50);
    expect(imports.some(({ file, target }) => file === 'src/schemas/place.ts' && target === 'src/schemas/countries.ts')).toBe(true);
  });
});
