import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { parseThemeChoice, THEME_BOOTSTRAP_SCRIPT, THEME_STORAGE_KEY } from '../../../src/lib/theme.ts';

describe('parseThemeChoice', () => {
  test.each([
    { value: 'light', expected: 'light' },
    { value: 'dark', expected: 'dark' },
    { value: 'auto', expected: 'auto' },
    { value: null, expected: 'auto' },
    { value: 'Dark', expected: 'auto' },
    { value: 'sepia', expected: 'auto' },
  ])('$value → $expected', ({ value, expected }) => {
    expect(parseThemeChoice(value)).toBe(expected);
  });
});

/** Runs the bootstrap as a browser would, against a fake storage and document. */
function bootstrap(stored: string | null, storageThrows = false): string | undefined {
  const dataset: Record<string, string> = {};
  const localStorage = {
    getItem(key: string) {
      if (storageThrows) throw new Error('SecurityError');
      return key === THEME_STORAGE_KEY ? stored : null;
    },
  };
  runInNewContext(THEME_BOOTSTRAP_SCRIPT, { localStorage, document: { documentElement: { dataset } } });
  return dataset['theme'];
}

describe('THEME_BOOTSTRAP_SCRIPT', () => {
  test.each([
    { name: 'applies a stored light theme', stored: 'light', expected: 'light' },
    { name: 'applies a stored dark theme', stored: 'dark', expected: 'dark' },
    { name: 'leaves the system theme when nothing is stored', stored: null, expected: undefined },
    { name: 'ignores a value it does not know', stored: 'blue', expected: undefined },
    { name: 'ignores markup smuggled into storage', stored: '"><script>', expected: undefined },
  ])('$name', ({ stored, expected }) => {
    expect(bootstrap(stored)).toBe(expected);
  });

  test('does nothing, and throws nothing, when storage is blocked', () => {
    expect(bootstrap('dark', true)).toBeUndefined();
  });

  test('is one short line, so its CSP hash is stable and it costs nothing to parse', () => {
    expect(THEME_BOOTSTRAP_SCRIPT).not.toMatch(/\n/);
    expect(THEME_BOOTSTRAP_SCRIPT.length).toBeLessThan(200);
  });
});
