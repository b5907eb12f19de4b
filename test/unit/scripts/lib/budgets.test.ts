import { describe, expect, test } from 'vitest';
import { BUDGETS, formatVerdicts, judgePage, type Resource } from '../../../../scripts/lib/budgets.ts';

const KiB = 1024;
const resource = (kind: Resource['kind'], transferKiB: number, rawKiB = transferKiB): Resource => ({
  url: `/${kind}`,
  kind,
  transferBytes: transferKiB * KiB,
  rawBytes: rawKiB * KiB,
});

describe('judgePage', () => {
  test.each([
    {
      name: 'a small page passes',
      resources: [resource('document', 6, 20), resource('stylesheet', 2, 7), resource('script', 0.5, 1)],
      layoutShift: 0,
      problems: [],
    },
    {
      name: 'too much in all',
      resources: [resource('document', 60), resource('font', 61)],
      layoutShift: 0,
      problems: ['/p loads 121.0 KiB; the budget is 120 KiB.'],
    },
    {
      name: 'JavaScript is judged uncompressed',
      resources: [resource('script', 5, 16)],
      layoutShift: 0,
      problems: ['/p loads 16.0 KiB of JavaScript; the budget is 15 KiB.'],
    },
    {
      name: 'a layout shift with web fonts names them as the likely cause',
      resources: [resource('font', 20)],
      layoutShift: 0.05,
      problems: ['/p shifts its layout by 0.050 while loading. It loads 1 web font(s): give each a size-adjusted fallback.'],
    },
  ])('$name', ({ resources, layoutShift, problems }) => {
    expect(judgePage({ path: '/p', resources, inlineScriptBytes: 0, layoutShift }).problems).toEqual(problems);
  });

  test('inline scripts count towards the JavaScript budget', () => {
    const verdict = judgePage({ path: '/p', resources: [resource('script', 1, BUDGETS.scriptKiB)], inlineScriptBytes: 200, layoutShift: 0 });
    expect(verdict.scriptKiB).toBeCloseTo(BUDGETS.scriptKiB + 200 / KiB);
    expect(verdict.problems).toHaveLength(1);
  });

  test('adds up fonts and requests', () => {
    const verdict = judgePage({ path: '/p', resources: [resource('font', 10), resource('font', 5), resource('image', 3)], inlineScriptBytes: 0, layoutShift: 0 });
    expect(verdict).toMatchObject({ totalKiB: 18, fontKiB: 15, fonts: 2, requests: 3 });
  });
});

describe('formatVerdicts', () => {
  test('prints one aligned row per page', () => {
    const verdict = judgePage({ path: '/', resources: [resource('document', 5.25)], inlineScriptBytes: 0, layoutShift: 0 });
    expect(formatVerdicts([verdict])).toMatchInlineSnapshot(`
      "page  total KiB  JS KiB  fonts KiB  requests  layout shift
      /           5.3     0.0    0.0 (0)         1         0.000"
    `);
  });
});
