/**
 * Runs one build as a child process and measures its wall time and the peak resident memory of
 * its whole process tree (Astro, and Pagefind's own binary).
 *
 * CPU time (user + system, of the child and every descendant it waited for) comes from GNU time
 * when it is installed. On a busy machine it moves far less than wall time, so it is the fairer
 * figure for comparing two builds.
 *
 * Memory comes from two lower bounds, and the larger is reported:
 * - every 100 ms, the RSS of every process in the child's process group, summed (from /proc);
 *   short spikes between samples are missed;
 * - GNU time's maximum RSS (`/usr/bin/time -f %M`, when installed), which is exact but only
 *   for the single largest process of the tree.
 */
import { spawn } from 'node:child_process';
import { access, readdir, readFile } from 'node:fs/promises';

export interface MeasuredRun {
  seconds: number;
  /** User + system CPU seconds of the whole tree; undefined without GNU time. */
  cpuSeconds: number | undefined;
  peakRssBytes: number;
  exitCode: number;
  /** stdout and stderr interleaved, the last 4 MB at most. */
  output: string;
}

export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
}

const GNU_TIME = '/usr/bin/time';
const MARK = '__bench_time=';
const MARKED = new RegExp(`${MARK}(\\d+) ([\\d.]+) ([\\d.]+)\\n?`);
const SAMPLE_MS = 100;
const MAX_OUTPUT = 4 * 1024 * 1024;

/** Runs `command args` and resolves when it exits (it never rejects for a non-zero exit). */
export async function runMeasured(command: string, args: readonly string[], options: RunOptions): Promise<MeasuredRun> {
  const timed = await access(GNU_TIME).then(() => true, () => false);
  const [file, argv] = timed ? [GNU_TIME, ['-f', `${MARK}%M %U %S`, command, ...args]] : [command, [...args]];
  const started = performance.now();
  // detached: the child leads its own process group, which the sampler sums and a timeout kills.
  const child = spawn(file, argv, { cwd: options.cwd, env: options.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-MAX_OUTPUT);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);

  let sampled = 0;
  const sampler = setInterval(() => {
    void groupRssBytes(child.pid!).then((bytes) => (sampled = Math.max(sampled, bytes)));
  }, SAMPLE_MS);
  const timer = setTimeout(() => killGroup(child.pid!), options.timeoutMs);
  const exitCode = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  }).finally(() => {
    clearInterval(sampler);
    clearTimeout(timer);
  });
  const seconds = (performance.now() - started) / 1000;
  const marked = MARKED.exec(output);
  const exact = marked ? Number(marked[1]) * 1024 : 0;
  const cpuSeconds = marked ? Number(marked[2]) + Number(marked[3]) : undefined;
  return { seconds, cpuSeconds, peakRssBytes: Math.max(sampled, exact), exitCode, output: output.replace(MARKED, '') };
}

function killGroup(pgid: number): void {
  try {
    process.kill(-pgid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

/** The summed VmRSS of every process whose process group is `pgid`. */
export async function groupRssBytes(pgid: number): Promise<number> {
  let total = 0;
  const pids = (await readdir('/proc')).filter((name) => /^\d+$/.test(name));
  await Promise.all(
    pids.map(async (pid) => {
      try {
        const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
        // Fields after the command name (which may hold spaces): state ppid pgrp …
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        if (Number(fields[2]) !== pgid) return;
        const status = await readFile(`/proc/${pid}/status`, 'utf8');
        const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
        if (kb) total += Number(kb) * 1024;
      } catch {
        // The process ended between readdir and read.
      }
    }),
  );
  return total;
}
