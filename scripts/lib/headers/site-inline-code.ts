/**
 * The inline code the site itself puts in its pages, known from src/ rather than found in the
 * output: the Content-Security-Policy allows exactly these by hash, and the build fails on any
 * other inline script or style, so nothing an entry injects can ever be trusted by the policy.
 */
import { THEME_BOOTSTRAP_SCRIPT } from '../../../src/lib/theme.ts';
import { hashSource, type AllowedInlineCode } from './inline-sources.ts';

/**
 * Inline scripts the layouts write. Add one here only when it must run before the first paint
 * (everything else belongs in a bundled `<script>`), and keep it a constant, byte for byte.
 */
export const SITE_INLINE_SCRIPTS: readonly string[] = [THEME_BOOTSTRAP_SCRIPT];

/** Inline `<style>` elements the layouts write: none, because astro.config.mjs keeps every stylesheet in a file. */
export const SITE_INLINE_STYLES: readonly string[] = [];

/** The CSP hashes of the site's own inline code. */
export function siteInlineCode(scripts = SITE_INLINE_SCRIPTS, styles = SITE_INLINE_STYLES): AllowedInlineCode {
  return { scripts: new Set(scripts.map(hashSource)), styles: new Set(styles.map(hashSource)) };
}
