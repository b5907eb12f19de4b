/**
 * How a build replaces the output directory so that, killed at any moment, it leaves a complete
 * site there (the old one or the new one), and how the next build recovers. A build works in
 * `.<out>-build-<pid>` beside the output; the swap moves the output to `.<out>-old-<pid>`, the new
 * build into place, and the old one on to `.<out>-trash-<pid>` before deleting it. So an `-old-`
 * directory is always a complete previous build, and a missing output with a dead build's `-old-`
 * directory beside it means that build was killed between the two renames.
 */
import { existsSync, renameSync, statSync } from 'node:fs';
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { pauseAt } from './test-pause.ts';

/** The output directory and the work directories of one build process, all on one file system. */
export interface OutputDirs {
  out: string;
  work: string;
  old: string;
  trash: string;
}

/** The directories of the build with process id `pid` that writes to `out`. */
export function outputDirs(out: string, pid = process.pid): OutputDirs {
  const sibling = (role: string) => path.join(path.dirname(out), `.${path.basename(out)}-${role}-${pid}`);
  return { out, work: sibling('build'), old: sibling('old'), trash: sibling('trash') };
}

/**
 * Cleans up after builds of `out` that were killed: restores the output from a previous build's
 * `-old-` directory when the output is missing, and deletes the rest. A live build's directories
 * are left alone. Returns the directory the output was restored from, if any.
 */
export async function recoverInterruptedBuilds(out: string): Promise<string | undefined> {
  const parent = path.dirname(out);
  await mkdir(parent, { recursive: true });
  const pattern = new RegExp(`^\\.${escapeRegExp(path.basename(out))}-(build|old|trash)-(\\d+)$`);
  const stale = (await readdir(parent))
    .map((name) => ({ name, match: pattern.exec(name) }))
    .filter(({ match }) => match && !isRunning(Number(match[2])))
    .map(({ name, match }) => ({ dir: path.join(parent, name), role: match![1] }));
  let restored: string | undefined;
  if (!existsSync(out)) {
    // Newest first: it holds the output as it was when the last build started its swap.
    const old = stale.filter(({ role }) => role === 'old').sort((a, b) => statSync(b.dir).mtimeMs - statSync(a.dir).mtimeMs)[0];
    if (old) {
      renameSync(old.dir, out);
      restored = old.dir;
    }
  }
  await Promise.all(stale.filter(({ dir }) => dir !== restored).map(({ dir }) => rm(dir, { recursive: true, force: true })));
  return restored;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Puts the finished build in `dirs.work` in place of the output: synchronous renames, so no signal
 * handler can run between them (only SIGKILL or a power cut can stop it there, and the next build
 * recovers). The previous output is left in `dirs.trash` for removeTrash().
 */
export function swapIntoPlace(dirs: OutputDirs): void {
  let hadOutput = true;
  try {
    renameSync(dirs.out, dirs.old);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    hadOutput = false;
  }
  pauseAt('between-renames');
  try {
    renameSync(dirs.work, dirs.out);
  } catch (error) {
    if (hadOutput) renameSync(dirs.old, dirs.out);
    throw error;
  }
  if (hadOutput) renameSync(dirs.old, dirs.trash);
}

/** Deletes the previous output once the new one is in place. */
export async function removeTrash(dirs: OutputDirs): Promise<void> {
  await rm(dirs.trash, { recursive: true, force: true });
}

/** What a build stopped by a signal or a failure leaves: the output (old or new) in place, and no work directories. */
export async function abandonBuild(dirs: OutputDirs): Promise<void> {
  if (!existsSync(dirs.out) && existsSync(dirs.old)) renameSync(dirs.old, dirs.out);
  // Astro may still be writing into the work directory when a signal arrives, so retry the delete.
  await Promise.all([dirs.work, dirs.trash].map((dir) => rm(dir, { recursive: true, force: true, maxRetries: 5 })));
}
