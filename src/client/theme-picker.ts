/**
 * The theme picker: shows the stored choice, stores a new one and applies it at once. The inline
 * bootstrap in Base.astro applies the stored choice on later page loads, before the first paint.
 */
import { parseThemeChoice, THEME_STORAGE_KEY, type ThemeChoice } from '../lib/theme.ts';

function readChoice(): ThemeChoice {
  try {
    return parseThemeChoice(localStorage.getItem(THEME_STORAGE_KEY));
  } catch {
    return 'auto';
  }
}

function applyChoice(choice: ThemeChoice): void {
  const root = document.documentElement;
  if (choice === 'auto') delete root.dataset['theme'];
  else root.dataset['theme'] = choice;
}

function storeChoice(choice: ThemeChoice): void {
  try {
    if (choice === 'auto') localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // Storage is blocked (some private modes): the choice holds for this page only.
  }
}

const picker = document.querySelector<HTMLElement>('[data-theme-picker]');
const select = picker?.querySelector('select');
if (picker && select) {
  select.value = readChoice();
  select.addEventListener('change', () => {
    const choice = parseThemeChoice(select.value);
    applyChoice(choice);
    storeChoice(choice);
  });
  // A choice made in another tab applies here too.
  window.addEventListener('storage', (event) => {
    if (event.key !== THEME_STORAGE_KEY && event.key !== null) return;
    const choice = readChoice();
    select.value = choice;
    applyChoice(choice);
  });
  picker.hidden = false;
}
