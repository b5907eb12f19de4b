/**
 * Light and dark themes. The page follows `prefers-color-scheme` until the reader picks a theme;
 * the pick is stored in localStorage and applied by a tiny inline script before the first paint.
 */

/** The localStorage key that holds the reader's pick. */
export const THEME_STORAGE_KEY = 'theme';

/** What the theme picker offers, in order, with its labels. `auto` follows the system setting. */
export const THEME_CHOICES = {
  auto: 'Auto',
  light: 'Light',
  dark: 'Dark',
} as const;

export type ThemeChoice = keyof typeof THEME_CHOICES;

/** A stored or submitted value as a theme choice; anything unknown means `auto`. */
export function parseThemeChoice(value: unknown): ThemeChoice {
  return value === 'light' || value === 'dark' ? value : 'auto';
}

/**
 * The inline script in every page's `<head>`. It must run before the body is painted, so it cannot
 * be an external module; it is a constant, byte for byte, so a Content-Security-Policy can allow it
 * by its hash. It does nothing when storage is blocked (private modes), and the page stays on `auto`.
 */
export const THEME_BOOTSTRAP_SCRIPT = `try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}`;
