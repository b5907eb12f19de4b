/**
 * Hashes of the code and packages a cached result was made with. The share cards and the entries
 * rendered ahead of time both keep results between builds; each keys them by such a hash, so a
 * change to the code or an upgrade of a package makes them again instead of serving stale ones.
 */
import { createHash, type Hash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** The files under `paths` (files, or directories of `.ts` files), relative to `root`, sorted. */
export function sourceFiles(root: string, paths: readonly string[]): string[] {
  return paths
    .flatMap((entry) =>
      statSync(path.join(root, entry)).isDirectory()
        ? readdirSync(path.join(root, entry))
            .filter((name) => name.endsWith('.ts'))
            .map((name) => `${entry}/${name}`)
        : [entry],
    )
    .sort();
}

/** Adds each file's name and bytes, then each package's name and version, to `hash`. */
export function hashSources(hash: Hash, root: string, files: readonly string[], packages: readonly string[]): Hash {
  for (const file of files) hash.update(file).update(readFileSync(path.join(root, file)));
  const require = createRequire(path.join(root, 'package.json'));
  for (const name of packages) hash.update(`${name}@${packageVersion(require, name)}`);
  return hash;
}

/** A hash of `files` and `packages` alone. */
export function sourceFingerprint(root: string, files: readonly string[], packages: readonly string[]): string {
  return hashSources(createHash('sha256'), root, files, packages).digest('hex');
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
