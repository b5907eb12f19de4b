/**
 * A site map as it goes into a page. The page's Content-Security-Policy allows no inline style
 * (`style-src 'self'`), so the SVG's own style sheet and `style` attribute come out, and the site's
 * stylesheet carries the same rules (src/styles/maps.css, which a test keeps equal to MAP_CSS).
 */

/** `svg` (a site map from drawMap) without its `<style>` element and `style` attribute. */
export function forPage(svg: string): string {
  const out = svg.replace(/<style>[^<]*<\/style>/, '').replace(/ style="[^"]*"/, '');
  if (/<style|\sstyle="/.test(out)) throw new Error('The map holds more inline style than its own style sheet and root style: the page cannot allow it.');
  return out;
}
