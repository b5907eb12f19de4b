/**
 * Runs one build as a child process and measures its wall time and the peak resident memory of
 * its whole process tree (Astro, and Pagefind's own binary).
 *
 * CPU time (user + system, of the child and every descendant it waited for) comes from GNU time
 * when it is installed. On a busy machine it moves far less than wall time, so it is the fairer
 * figure for comparing two builds.
 *
 * Memory comes from two lower bounds, and the larger is reported:
 * - every 100 ms, the RSS of the child and of every process descended from it, summed (from /proc);
 *   short spikes between samples are missed;
 * - GNU time's maximum RSS (`/usr/bin/time -f %M`, when installed), which is exact but only
 *   for the single largest process of the tree.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { access } from 'node:fs/promises';

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
    sampled = Math.max(sampled, CHILDREN_LISTED ? treeRssBytes(child.pid!) : groupRssBytes(child.pid!));
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

/** Whether this kernel lists each thread's child processes in /proc (CONFIG_PROC_CHILDREN). */
const CHILDREN_LISTED = existsSync('/proc/thread-self/children');

/** The VmRSS line of a /proc status file, in bytes; 0 for a process that has none (a zombie). */
function vmRssBytes(status: string): number {
  const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
  return kb ? Number(kb) * 1024 : 0;
}

/**
 * The summed VmRSS of `root` and every process descended from it, found through each thread's
 * `children` file: a few dozen small reads, 0.1 ms. Scanning every process of the machine, as
 * groupRssBytes does, takes about 2 ms (and took 5–13 ms, up to 13 % of a core taken from the build
 * being measured, when its reads went through the thread pool). Synchronous: the files are in
 * memory, and the bench does nothing else meanwhile.
 */
export function treeRssBytes(root: number): number {
  let total = 0;
  const pending = [root];
  while (pending.length) {
    const pid = pending.pop()!;
    total += vmRssBytes(readProc(`${pid}/status`));
    for (const thread of threadsOf(pid)) pending.push(...readProc(`${pid}/task/${thread}/children`).split(/\s+/).filter(Boolean).map(Number));
  }
  return total;
}

/** A file under /proc; empty when the process or thread ended between the listing and the read. */
function readProc(file: string): string {
  try {
    return readFileSync(`/proc/${file}`, 'utf8');
  } catch {
    return '';
  }
}

function threadsOf(pid: number): string[] {
  try {
    return readdirSync(`/proc/${pid}/task`);
  } catch {
    return [];
  }
}

/**
 * The summed VmRSS of every process whose process group is `pgid`; for kernels that do not list
 * children. Synchronous, like treeRssBytes: read all at once through the thread pool, the /proc
 * files now and then came back without the build's own process (1 MiB instead of 900).
 */
export function groupRssBytes(pgid: number): number {
  let total = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    const stat = readProc(`${pid}/stat`);
    // Fields after the command name (which may hold spaces): state ppid pgrp …
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (stat && Number(fields[2]) === pgid) total += vmRssBytes(readProc(`${pid}/status`));
  }
  return total;
}
