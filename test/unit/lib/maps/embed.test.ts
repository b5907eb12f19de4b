/** A map as it goes into a page: no inline style (the CSP forbids it), and the site's stylesheet carries the map's rules instead. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { drawMap } from '../../../../src/lib/maps/draw.ts';
import { forPage } from '../../../../src/lib/maps/embed.ts';
import { MAP_CSS } from '../../../../src/lib/maps/theme.ts';
import { loadBasemap } from '../../../../src/node/basemap.ts';
import { ARTICLE_PLACES } from './places.ts';

describe('forPage', () => {
  const map = drawMap(loadBasemap(), { places: ARTICLE_PLACES, id: 'story-map' });

  test('takes out the style sheet and the style attribute, and nothing else', () => {
    const page = forPage(map.svg);
    expect(page).not.toMatch(/<style|\sstyle=/);
    expect(page.length).toBe(map.svg.length - '<style></style>'.length - MAP_CSS.length - ' style="max-width:100%;height:auto"'.length);
    expect(page).toContain('role="img"');
    expect(page).toContain('<title id="story-map-title">');
  });

  test('refuses any other inline style, which the page could not allow', () => {
    expect(() => forPage(map.svg.replace('<defs>', '<defs><g style="fill:red"/>'))).toThrow(/more inline style/);
  });
});

test('src/styles/maps.css holds the same rules as the maps’ own style sheet (MAP_CSS): copy them over after a change', () => {
  const css = readFileSync('src/styles/maps.css', 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\n/g, '');
  expect(css).toBe(MAP_CSS);
});
