import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ADDED_SENTENCE, appendToBody, EDITED_SHORT, replaceShort } from '../../scripts/lib/bench/edit.ts';
import { compareBuilds, formatDifference, isIdentical } from '../../scripts/lib/determinism/compare-builds.ts';
import { hashSiteFiles } from '../../scripts/lib/site-files.ts';
import { runBuildScript, type ScriptBuild } from '../helpers/build-fixture.ts';

// A writer's fix, as the bench times it: one event's body and one term's short definition.
const EVENT = 'timeline/2019-03-01-accord-signed.mdx';
const TERM = 'glossary/wpo.mdx';

const workDir = path.resolve('test/.tmp', `edit-rebuild-${process.pid}`);
const content = path.join(workDir, 'content');
const warmDir = path.join(workDir, 'warm');
const coldDir = path.join(workDir, 'cold');
let warm: ScriptBuild;
let cold: ScriptBuild;

async function edit(file: string, change: (text: string) => string): Promise<void> {
  const target = path.join(content, file);
  await writeFile(target, change(await readFile(target, 'utf8')));
}

beforeAll(async () => {
  await mkdir(workDir, { recursive: true });
  await cp('test/fixtures/minimal', content, { recursive: true });
  // The build before the edit fills the caches (Astro's content store, the cards, the scan).
  const before = await runBuildScript(content, warmDir);
  if (before.code !== 0) throw new Error(before.output);
  await edit(EVENT, (text) => appendToBody(text, ADDED_SENTENCE));
  await edit(TERM, (text) => replaceShort(text, EDITED_SHORT));
  warm = await runBuildScript(content, warmDir);
  cold = await runBuildScript(content, coldDir);
}, 600_000);

afterAll(() => rm(workDir, { recursive: true, force: true }));

describe('a rebuild after an edit, with the caches of the build before it', () => {
  test('both builds finish, the first with its caches warm', () => {
    expect([warm.code, cold.code]).toEqual([0, 0]);
    expect(warm.output).toMatch(/Cards: \d+ rendered, [1-9]\d* reused/);
    expect(cold.output).toMatch(/Cards: \d+ rendered, 0 reused/);
  });

  test('shows the edit: the new sentence on the event page, the new short on the term page and where the term is linked', async () => {
    const page = (dir: string, file: string) => readFile(path.join(dir, 'dist', file), 'utf8');
    expect(await page(warmDir, 'timeline/2019-03-01-accord-signed/index.html')).toContain(ADDED_SENTENCE);
    expect(await page(warmDir, 'glossary/wpo/index.html')).toContain(EDITED_SHORT);
    expect(await page(warmDir, 'glossary/index.html')).toContain(EDITED_SHORT);
  });

  test('writes the same files, byte for byte, as a cold build of the edited content', async () => {
    const difference = compareBuilds(await hashSiteFiles(path.join(warmDir, 'dist'), 'sha256'), await hashSiteFiles(path.join(coldDir, 'dist'), 'sha256'));
    expect(isIdentical(difference), formatDifference(difference).join('\n')).toBe(true);
  });
});
