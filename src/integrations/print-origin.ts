/**
 * Printed links show absolute addresses. print.css prints each internal link's address after its
 * text as `var(--site-origin)` followed by its path; this integration sets that custom property to
 * the published origin (SITE_URL) while the stylesheets are built, so a sheet of paper says
 * `<https://…/articles/…/quotes/2/>` rather than a path nobody can type. It happens at build time,
 * in the CSS bundle: no inline style, nothing for the Content-Security-Policy to allow.
 */
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'postcss';

/** The custom property print.css reads; its value in the source is a placeholder. */
export const SITE_ORIGIN_PROPERTY = '--site-origin';

/** A PostCSS plugin that sets every `--site-origin` declaration to the origin of `site`, as a CSS string. */
export function siteOriginCss(site: string): Plugin {
  const value = JSON.stringify(new URL(site).origin);
  return {
    postcssPlugin: 'backgrounder-site-origin',
    Declaration: {
      [SITE_ORIGIN_PROPERTY]: (declaration) => {
        declaration.value = value;
      },
    },
  };
}

/** The integration: runs siteOriginCss over every stylesheet Vite builds. */
export function printOrigin(site: string): AstroIntegration {
  return {
    name: 'backgrounder:print-origin',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { css: { postcss: { plugins: [siteOriginCss(site)] } } } });
      },
    },
  };
}
