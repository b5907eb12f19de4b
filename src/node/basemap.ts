/**
 * The basemap for this process: Natural Earth's countries at 1:50m, read from the world-atlas
 * package (never fetched) and prepared once. See src/lib/maps/README.md for why 1:50m.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import { prepareBasemap } from '../lib/maps/prepare.ts';
import type { Basemap } from '../lib/maps/types.ts';

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

const prepared = new Map<AtlasScale, Basemap>();

/** The prepared basemap at `scale`, read and prepared on first use in this process. */
export function loadBasemap(scale: AtlasScale = '50m'): Basemap {
  let basemap = prepared.get(scale);
  if (!basemap) {
    basemap = prepareBasemap(readAtlas(scale));
    prepared.set(scale, basemap);
  }
  return basemap;
}
