/**
 * The output swap and the recovery after a killed build, on small directories: every state a build
 * can be killed in, as the directories beside the output show it. (Real builds killed with signals:
 * test/integration/build-kill.test.ts.)
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { abandonBuild, outputDirs, recoverInterruptedBuilds, removeTrash, swapIntoPlace } from '../../../../../scripts/lib/build/output-swap.ts';

const TMP = path.resolve('test/.tmp/output-swap');
const OUT = path.join(TMP, 'dist');
// Above Linux's largest pid_max (2^22), so no process ever has it: a build that was killed.
const DEAD = 4_194_305;

/** Writes a directory holding one page that says `label`. */
async function site(dir: string, label: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'index.html'), label);
}

const pageOf = (dir: string) => readFile(path.join(dir, 'index.html'), 'utf8');
const siblings = async () => (await readdir(TMP)).sort();

beforeEach(async () => {
  await rm(TMP, { recursive: true, force: true });
  await mkdir(TMP, { recursive: true });
});

describe('outputDirs', () => {
  test('puts the work directories beside the output, named after it and the process', () => {
    expect(outputDirs('/site/dist', 42)).toEqual({
      out: '/site/dist',
      work: '/site/.dist-build-42',
      old: '/site/.dist-old-42',
      trash: '/site/.dist-trash-42',
    });
  });
});

describe('swapIntoPlace', () => {
  test('replaces the output and leaves the previous one in the trash', async () => {
    const dirs = outputDirs(OUT, DEAD);
    await site(OUT, 'old');
    await site(dirs.work, 'new');
    swapIntoPlace(dirs);
    expect(await pageOf(OUT)).toBe('new');
    expect(await siblings()).toEqual(['.dist-trash-4194305', 'dist']);
    await removeTrash(dirs);
    expect(await siblings()).toEqual(['dist']);
  });

  test('puts a first build in place when there is no output yet', async () => {
    const dirs = outputDirs(OUT, DEAD);
    await site(dirs.work, 'new');
    swapIntoPlace(dirs);
    expect(await siblings()).toEqual(['dist']);
  });

  test('puts the previous output back when the new one cannot be moved in', async () => {
    const dirs = outputDirs(OUT, DEAD);
    await site(OUT, 'old');
    expect(() => swapIntoPlace(dirs)).toThrow(/ENOENT/);
    expect(await pageOf(OUT)).toBe('old');
    expect(await siblings()).toEqual(['dist']);
  });
});

describe('recoverInterruptedBuilds, at the start of the next build', () => {
  test.each([
    {
      name: 'killed while building: deletes its work directory, leaves the output',
      before: { dist: 'old', '.dist-build-4194305': 'half' },
      after: { dist: 'old' },
      restored: false,
    },
    {
      name: 'killed between the renames: restores the output from the previous one',
      before: { '.dist-old-4194305': 'old', '.dist-build-4194305': 'new' },
      after: { dist: 'old' },
      restored: true,
    },
    {
      name: 'killed after the swap: deletes the trash',
      before: { dist: 'new', '.dist-trash-4194305': 'old' },
      after: { dist: 'new' },
      restored: false,
    },
    {
      name: 'an output that is there is never replaced by an old one',
      before: { dist: 'new', '.dist-old-4194305': 'old' },
      after: { dist: 'new' },
      restored: false,
    },
    {
      name: "another output's directories in the same folder are left alone",
      before: { dist: 'site', '.preview-build-4194305': 'other', '.preview-old-4194305': 'other' },
      after: { dist: 'site', '.preview-build-4194305': 'other', '.preview-old-4194305': 'other' },
      restored: false,
    },
  ])('$name', async ({ before, after, restored }) => {
    for (const [name, label] of Object.entries(before)) await site(path.join(TMP, name), label);
    const from = await recoverInterruptedBuilds(OUT);
    expect(from !== undefined).toBe(restored);
    const found: Record<string, string> = {};
    for (const name of await siblings()) found[name] = await pageOf(path.join(TMP, name));
    expect(found).toEqual(after);
  });

  test("leaves a running build's directories alone", async () => {
    const live = outputDirs(OUT, process.pid);
    await site(OUT, 'old');
    await site(live.work, 'half');
    await recoverInterruptedBuilds(OUT);
    expect(existsSync(live.work)).toBe(true);
  });

  test('creates the folder the output goes in', async () => {
    const nested = path.join(TMP, 'a', 'b', 'dist');
    await recoverInterruptedBuilds(nested);
    expect(existsSync(path.dirname(nested))).toBe(true);
  });
});

describe('abandonBuild, on a signal or a failure', () => {
  test.each([
    { name: 'before the swap', before: { dist: 'old', '.dist-build-4194305': 'half' }, after: { dist: 'old' } },
    { name: 'between the renames', before: { '.dist-old-4194305': 'old', '.dist-build-4194305': 'new' }, after: { dist: 'old' } },
    { name: 'after the swap', before: { dist: 'new', '.dist-trash-4194305': 'old' }, after: { dist: 'new' } },
  ])('$name: leaves a complete output and no work directory', async ({ before, after }) => {
    for (const [name, label] of Object.entries(before)) await site(path.join(TMP, name), label);
    await abandonBuild(outputDirs(OUT, DEAD));
    const found: Record<string, string> = {};
    for (const name of await siblings()) found[name] = await pageOf(path.join(TMP, name));
    expect(found).toEqual(after);
  });
});
