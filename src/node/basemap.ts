/**
 * The basemap for this process: Natural Earth's countries at 1:50m, read from the world-atlas
 * package (never fetched) and prepared once. See src/lib/maps/README.md for why 1:50m.
 *
 * Preparing it is costly, and a build needs it in several processes (the
 * validator, Astro's pages, each card worker), so the prepared basemap is kept in the build cache
 * in V8's own format, keyed by the Natural Earth file, the map code and the packages it is made
 * with: it is prepared again only when one of those changes. That format gives back every number
 * exactly, -0 included (JSON would not), so a kept basemap draws the very same maps.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Topology } from 'topojson-specification';
import { prepareBasemap } from '../lib/maps/prepare.ts';
import type { Basemap } from '../lib/maps/types.ts';
import { buildCacheDir } from './cache-dir.ts';
import { hashSources, sourceFiles } from './source-fingerprint.ts';

/** The world-atlas files the engine can use, by Natural Earth scale. */
export type AtlasScale = '10m' | '50m' | '110m';

const require = createRequire(import.meta.url);

/** The path of the world-atlas countries file at `scale`. */
export function atlasPath(scale: AtlasScale = '50m'): string {
  return require.resolve(`world-atlas/countries-${scale}.json`);
}

/** The parsed world-atlas countries topology at `scale`. */
export function readAtlas(scale: AtlasScale = '50m'): Topology {
  return JSON.parse(readFileSync(atlasPath(scale), 'utf8')) as Topology;
}

/** The cache file of the basemap at `scale`, named for everything it is made of. */
export function basemapCacheFile(scale: AtlasScale, root = process.cwd()): string {
  // The Natural Earth file, then the map code and the packages that prepare it.
  const hash = createHash('sha256').update(readFileSync(atlasPath(scale)));
  const files = sourceFiles(root, ['src/lib/maps', 'src/node/basemap.ts']);
  const key = hashSources(hash, root, files, ['d3-geo', 'topojson-client', 'topojson-simplify']).digest('hex').slice(0, 20);
  return path.join(buildCacheDir(root), 'basemap', `${scale}-${key}.v8`);
}

/** The basemap kept in `file`, or undefined when there is none or it cannot be read. */
function readKept(file: string): Basemap | undefined {
  try {
    return deserialize(readFileSync(file)) as Basemap;
  } catch {
    return undefined;
  }
}

/** Keeps `basemap` in `file`, whole or not at all; a cache that cannot be written only costs time. */
function keep(file: string, basemap: Basemap): void {
  const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(partial, serialize(basemap));
    renameSync(partial, file);
  } catch {
    // A read-only or full disk: the next process prepares the basemap itself.
  }
}

/** The basemap at `scale` kept in `file`, else prepared now and kept there. */
export function keptOrPreparedBasemap(file: string, scale: AtlasScale): Basemap {
  let basemap = readKept(file);
  if (!basemap) {
    basemap = prepareBasemap(readAtlas(scale));
    keep(file, basemap);
  }
  return basemap;
}

const prepared = new Map<AtlasScale, Basemap>();

/** The prepared basemap at `scale`: from this process's memory, else the build cache, else prepared now and kept. */
export function loadBasemap(scale: AtlasScale = '50m'): Basemap {
  let basemap = prepared.get(scale);
  if (!basemap) {
    basemap = keptOrPreparedBasemap(basemapCacheFile(scale), scale);
    prepared.set(scale, basemap);
  }
  return basemap;
}
