/**
 * Content is data, even when nothing validates it first. These build a fixture with Astro
 * directly, as `npm run dev` or a bare `astro build` would, bypassing `npm run validate`: an entry
 * that imports `node:fs` to read a file outside the project and write another must fail the
 * build in the Markdown pipeline's guard, before MDX turns it into code; and a YAML alias bomb
 * must be refused by the entry loader with the file named, not crash the build.
 */
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { astroBuild } from '../helpers/build-fixture.ts';

const root = process.cwd();
let work: string;

/** Builds `content` with Astro alone; resolves to the error it failed with, or undefined. */
async function bareBuild(content: string): Promise<Error | undefined> {
  try {
    await astroBuild({ content, outDir: path.join(work, 'dist'), cacheDir: path.join(work, 'cache'), logLevel: 'silent' });
    return undefined;
  } catch (error) {
    return error as Error;
  }
}

/** Every file under `dir`, or none when it does not exist. */
async function filesUnder(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  return (await readdir(dir, { recursive: true })).map((name) => path.join(dir, String(name)));
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'content-is-data-'));
});

afterAll(() => rm(work, { recursive: true, force: true }));

describe('an entry that carries code, built by Astro alone', () => {
  const secretText = `TOP-SECRET-${process.pid}`;
  const paths = () => ({
    content: path.join(work, 'code', 'content'),
    secret: path.join(work, 'secret.txt'),
    written: path.join(work, 'written-by-the-body.txt'),
    evaluated: path.join(work, 'module-evaluated.txt'),
  });
  const longAgo = new Date('2001-01-01T00:00:00Z');
  let failure: Error | undefined;

  beforeAll(async () => {
    const { content, secret, written, evaluated } = paths();
    await cp(path.join(root, 'test/fixtures/minimal'), content, { recursive: true });
    await writeFile(secret, secretText);
    // Reading the file would move its access time (the disk is mounted relatime) off this date.
    await utimes(secret, longAgo, new Date());
    await writeFile(
      path.join(content, 'glossary', 'owned.mdx'),
      [
        '---',
        'term: Owned',
        'short: A term whose text tries to run code at build time.',
        'sources:',
        '  - name: Example Wire',
        '    url: "https://wire.example.org/owned"',
        '---',
        "import fs from 'node:fs'",
        `export const secret = fs.readFileSync(${JSON.stringify(secret)}, 'utf8')`,
        `export const evaluated = fs.writeFileSync(${JSON.stringify(evaluated)}, 'the module ran')`,
        '',
        'The secret is {secret}.',
        '',
        `{fs.writeFileSync(${JSON.stringify(written)}, secret)}`,
        '',
      ].join('\n'),
    );
    failure = await bareBuild(content);
  });

  test('fails in the guard, naming the file and the lines', () => {
    expect(failure?.message).toContain('/glossary/owned.mdx (line 8): `import fs from \'node:fs\'` is an `import` statement: code, which an entry cannot hold.');
    expect(failure?.message).toContain('/glossary/owned.mdx (line 12): `{secret}` is a code expression');
    expect(failure?.message).toContain("/glossary/owned.mdx (line 14): `{fs.writeFileSync(");
  });

  test('runs none of it: nothing is written and the module is never evaluated', () => {
    expect(existsSync(paths().written)).toBe(false);
    expect(existsSync(paths().evaluated)).toBe(false);
  });

  test('reads nothing outside the project: the secret is untouched and in no output', async () => {
    expect((await stat(paths().secret)).atime).toEqual(longAgo);
    for (const file of await filesUnder(path.join(work, 'dist'))) {
      if ((await stat(file)).isFile()) expect(await readFile(file, 'utf8')).not.toContain(secretText);
    }
  });
});

describe('a YAML alias bomb, built by Astro alone', () => {
  let failure: Error | undefined;

  beforeAll(async () => {
    const content = path.join(work, 'bomb', 'content');
    await cp(path.join(root, 'test/fixtures/minimal'), content, { recursive: true });
    const levels = 'abcdefghij'.split('');
    const bomb = levels.map((key, i) => `${key}: &${key} [${Array(10).fill(i ? `*${levels[i - 1]}` : 'lol').join(', ')}]`).join('\n');
    await writeFile(path.join(content, 'glossary', 'bomb.mdx'), `---\nterm: Bomb\n${bomb}\n---\nText.\n`);
    failure = await bareBuild(content);
  });

  test('is refused by the entry loader with the file and line, not a crash', () => {
    expect(failure?.message).toContain('/glossary/bomb.mdx (line 3): `&a` is a YAML anchor, which marks a value for repeating elsewhere. Entries do not use aliases, anchors or tags.');
  });
});
