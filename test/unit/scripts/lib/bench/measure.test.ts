import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, test } from 'vitest';
import { groupRssBytes, runMeasured, treeRssBytes } from '../../../../../scripts/lib/bench/measure.ts';

const options = { cwd: process.cwd(), env: process.env, timeoutMs: 30_000 };
const MIB = 1024 * 1024;

describe('runMeasured', () => {
  test("reports the child's exit status and output", async () => {
    const run = await runMeasured(process.execPath, ['-e', 'console.log("built"); console.error("warned"); process.exit(3)'], options);
    expect(run.exitCode).toBe(3);
    expect(run.output).toContain('built');
    expect(run.output).toContain('warned');
    expect(run.output).not.toContain('__bench_time');
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

  test('reports CPU time, which a busy child spends and a sleeping one does not', async () => {
    // Spin until the child has used 0.5 s of CPU, however long a busy machine makes that take.
    const spin = 'while (process.cpuUsage().user + process.cpuUsage().system < 500_000);';
    const busy = await runMeasured(process.execPath, ['-e', spin], options);
    const idle = await runMeasured(process.execPath, ['-e', 'setTimeout(() => {}, 600)'], options);
    expect(busy.cpuSeconds).toBeGreaterThanOrEqual(0.49);
    expect(idle.cpuSeconds).toBeLessThan(busy.cpuSeconds! - 0.25);
  });

  test('stops a child that runs past the timeout', async () => {
    const run = await runMeasured(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], { ...options, timeoutMs: 500 });
    expect(run.exitCode).not.toBe(0);
    expect(run.seconds).toBeLessThan(30);
  });
});

describe('the memory samplers', () => {
  test('the tree and the process group of a child that holds a grandchild both count the grandchild', async () => {
    // The grandchild fills 200 MiB, says so, and waits; the child only waits for it.
    const grandchild = 'const b = Buffer.alloc(200 * 1024 * 1024, 1); console.log("ready", b[0]); setTimeout(() => {}, 30_000);';
    const child = spawn(process.execPath, ['-e', `require('node:child_process').spawn(process.execPath, ['-e', ${JSON.stringify(grandchild)}], { stdio: 'inherit' });`], {
      detached: true,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      await once(child.stdout, 'data');
      expect(treeRssBytes(child.pid!)).toBeGreaterThan(200 * MIB);
      expect(groupRssBytes(child.pid!)).toBeGreaterThan(200 * MIB);
    } finally {
      process.kill(-child.pid!, 'SIGKILL');
    }
  });

  test('a process that is gone counts as nothing', () => {
    // Far above any pid the kernel hands out (pid_max is at most 2^22).
    expect(treeRssBytes(2 ** 30)).toBe(0);
  });
});
