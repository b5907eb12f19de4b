/**
 * What a card's pixels depend on besides its model: the template code, the site constants, the
 * font files and the versions of satori, resvg and sharp (the PNG encoder). A change to any of them changes every card's
 * cache key, so no stale card survives a redesign or a font upgrade.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { readFontFiles } from './fonts.ts';

/** The source files the card templates are made of, relative to the project root. */
export function templateFiles(root = process.cwd()): string[] {
  const dir = path.join(root, 'src/lib/cards');
  const own = readdirSync(dir)
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .map((name) => `src/lib/cards/${name}`);
  return [...own, 'src/lib/site.ts'];
}

const RENDERERS = ['satori', '@resvg/resvg-js', 'sharp'];

/** A hash of everything but the model that goes into a card. */
export function rendererFingerprint(root = process.cwd()): string {
  const hash = createHash('sha256');
  for (const file of templateFiles(root)) hash.update(file).update(readFileSync(path.join(root, file)));
  for (const bytes of readFontFiles(root)) hash.update(bytes);
  const require = createRequire(path.join(root, 'package.json'));
  for (const name of RENDERERS) hash.update(`${name}@${packageVersion(require, name)}`);
  return hash.digest('hex');
}

/** A package's version, from the package.json above its entry point (sharp does not export its package.json). */
function packageVersion(require: NodeJS.Require, name: string): string {
  for (let dir = path.dirname(require.resolve(name)); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    try {
      const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version: string };
      if (manifest.name === name) return manifest.version;
    } catch {
      // No package.json at this level (or a nested one without a name): keep climbing.
    }
  }
  throw new Error(`Cannot find the version of \`${name}\`; run \`npm install\`.`);
}

/** JSON with object keys sorted, so equal models always hash alike. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

/** The cache key of one card: its model under the current renderer. */
export function cardKey(fingerprint: string, model: unknown): string {
  return createHash('sha256').update(fingerprint).update('\0').update(canonicalJson(model)).digest('hex');
}
