/**
 * A throwaway git repository for the deploy's lineage tests: empty commits on named branches,
 * made with the async execFile (s3rver shares the test process's event loop).
 */
import { execFile } from 'node:child_process';
import { mkdir, rm } from 'node:fs/promises';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A repository and a way to add commits to it. */
export interface TestRepo {
  dir: string;
  /** Commits on top of `parent` (default: the current HEAD) and returns the new commit's id. */
  commit(message: string, parent?: string): Promise<string>;
}

/** A fresh repository in `dir`. */
export async function createRepo(dir: string): Promise<TestRepo> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const git = async (...args: string[]) => (await run('git', args, { cwd: dir })).stdout.trim();
  await git('init', '--quiet', '--initial-branch=main');
  const identity = ['-c', 'user.name=Deploy test', '-c', 'user.email=deploy-test@example.org', '-c', 'commit.gpgsign=false'];
  return {
    dir,
    async commit(message, parent) {
      if (parent) await git('checkout', '--quiet', '--detach', parent);
      await git(...identity, 'commit', '--quiet', '--allow-empty', '-m', message);
      return git('rev-parse', 'HEAD');
    },
  };
}
