import { describe, expect, test } from 'vitest';
import { runMeasured } from '../../../../../scripts/lib/bench/measure.ts';

const options = { cwd: process.cwd(), env: process.env, timeoutMs: 30_000 };
const MIB = 1024 * 1024;

describe('runMeasured', () => {
  test("reports the child's exit status and output", async () => {
    const run = await runMeasured(process.execPath, ['-e', 'console.log("built"); console.error("warned"); process.exit(3)'], options);
    expect(run.exitCode).toBe(3);
    expect(run.output).toContain('built');
    expect(run.output).toContain('warned');
    expect(run.output).not.toContain('__bench_max_rss_kb');
  });

  test('counts the memory of a grandchild, not only of the child', async () => {
    // The child stays small; the grandchild it spawns fills 300 MiB and holds it for a second.
    const grandchild = 'const b = Buffer.alloc(300 * 1024 * 1024, 1); setTimeout(() => console.log(b[0]), 1000);';
    const child = `require('node:child_process').spawnSync(process.execPath, ['-e', ${JSON.stringify(grandchild)}], { stdio: 'inherit' });`;
    const run = await runMeasured(process.execPath, ['-e', child], options);
    expect(run.exitCode).toBe(0);
    expect(run.peakRssBytes).toBeGreaterThan(300 * MIB);
    expect(run.seconds).toBeGreaterThanOrEqual(1);
  });

  test('stops a child that runs past the timeout', async () => {
    const run = await runMeasured(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], { ...options, timeoutMs: 500 });
    expect(run.exitCode).not.toBe(0);
    expect(run.seconds).toBeLessThan(30);
  });
});
