import { describe, expect, test } from 'vitest';
import { planDeploy } from '../../../../../scripts/lib/deploy/plan.ts';
import { formatBytes, formatPlan, formatSummary } from '../../../../../scripts/lib/deploy/report.ts';

describe('formatBytes', () => {
  test.each([
    [0, '0 B'],
    [999, '999 B'],
    [14_200, '14.2 kB'],
    [7_700_000, '7.7 MB'],
  ])('%d → %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});

const summary = { uploaded: 3, skipped: 160, deleted: 1, retained: 2, bytes: 2_400, seconds: 1.25, retries: 1 };

describe('formatSummary', () => {
  test('gives every figure of a deploy', () => {
    expect(formatSummary(summary, 's3://site/', false)).toBe(
      'Deployed to s3://site/ in 1.3 s: 3 uploaded (2.4 kB), 160 skipped, 1 deleted, 2 kept from the previous deploy, 1 retry.',
    );
  });

  test('says a dry run changed nothing', () => {
    expect(formatSummary(summary, 's3://site/', true)).toBe(
      'Dry run for s3://site/ in 1.3 s: would have 3 uploaded (2.4 kB), 160 skipped, 1 deleted, 2 kept from the previous deploy. Nothing was changed.',
    );
  });
});

describe('formatPlan', () => {
  test('lists every operation in the order it will happen', () => {
    const plan = planDeploy(
      [{ key: 'index.html', md5: 'a', size: 1 }, { key: '_astro/a.css', md5: 'b', size: 1 }],
      [{ key: 'gone/index.html', etag: 'x' }],
    );
    expect(formatPlan(plan, 's3://site/')).toEqual([
      'Plan for s3://site/:',
      '  upload, stage assets (1):',
      '    _astro/a.css  [new; text/css; charset=utf-8; public, max-age=31536000, immutable]',
      '  upload, stage pages (1):',
      '    index.html  [new; text/html; charset=utf-8; public, max-age=0, must-revalidate, s-maxage=300]',
      '  delete, last (1):',
      '    gone/index.html',
      '  unchanged: 0 files.',
    ]);
  });
});
