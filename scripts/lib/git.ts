/**
 * The two questions the build and the deploy ask git: which commit is checked out (and whether
 * the checkout has changes), and whether one commit descends from another. Asynchronous, so a
 * process that hosts a server (the deploy tests run s3rver in process) never blocks on git.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Ancestry } from './deploy/refusals.ts';

const run = promisify(execFile);

/** The commit checked out in `cwd`, or null outside a git checkout (or without git). */
export async function describeCheckout(cwd: string): Promise<{ commit: string | null; dirty: boolean }> {
  try {
    const [head, status] = await Promise.all([
      run('git', ['rev-parse', '--verify', 'HEAD'], { cwd }),
      run('git', ['status', '--porcelain'], { cwd, maxBuffer: 64 * 1024 * 1024 }),
    ]);
    return { commit: head.stdout.trim(), dirty: status.stdout.trim() !== '' };
  } catch {
    return { commit: null, dirty: false };
  }
}

/** Whether `commit` descends from (or is) `ancestor` in the repository at `cwd`; `unknown` when it lacks either. */
export async function ancestryOf(cwd: string, ancestor: string, commit: string): Promise<Ancestry> {
  try {
    await run('git', ['merge-base', '--is-ancestor', ancestor, commit], { cwd });
    return 'descendant';
  } catch (error) {
    // Exit status 1 is git's "no"; anything else (128: unknown commit, ENOENT: no git) means it cannot say.
    return (error as { code?: unknown }).code === 1 ? 'not-descendant' : 'unknown';
  }
}
