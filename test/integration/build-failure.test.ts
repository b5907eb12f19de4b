/**
 * `npm run build` never leaves half a site: a bad entry stops it before anything is written, and
 * a failure inside Astro leaves the previous output exactly as it was. A finished build carries
 * headers that trust only the site's own inline code, and its headers step fails on any other.
 */
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../scripts/lib/content/check-content.ts';
import { assertOnlySiteInlineCode, scanPages } from '../../scripts/lib/headers/write-headers.ts';
import { BUILD_RECORD_FILE, parseBuildRecord } from '../../scripts/lib/deploy/build-record.ts';
import { HEADERS_FILE, buildSecurityHeaders, headersFor, hashSource, parseHeadersFile } from '../../scripts/lib/headers/index.ts';
import { THEME_BOOTSTRAP_SCRIPT } from '../../src/lib/theme.ts';
import { runBuildScript, type ScriptBuild } from '../helpers/build-fixture.ts';

const TMP = path.resolve('test/.tmp/build-failure');
const FIXTURE = 'test/fixtures/broken-entry';

/** Runs `scripts/build.ts` the way `npm run build` does, on `content`, into `<dir>/dist`. */
const build = (content: string, dir: string, extraEnv: Record<string, string> = {}) => runBuildScript(content, dir, extraEnv);

/** Work directories a build left behind next to its output. */
async function leftovers(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => name.startsWith('.dist-'));
}

/** The page a previous build left in `<dir>/dist`, which a failed build must not touch. */
const PREVIOUS = '<!doctype html><title>The previous build</title>';

/** The fixture without its broken entry (valid content) in `<dir>/content`, and a previous build's output in `<dir>/dist`. */
async function validContentAndPreviousOutput(dir: string): Promise<string> {
  const content = path.join(dir, 'content');
  await cp(FIXTURE, content, { recursive: true });
  await rm(path.join(content, 'glossary', 'sanctions.mdx'));
  await mkdir(path.join(dir, 'dist'), { recursive: true });
  await writeFile(path.join(dir, 'dist', 'index.html'), PREVIOUS);
  return content;
}

/** The previous output is there byte for byte, and the failed build left no work directory. */
async function expectPreviousOutputKept(dir: string): Promise<void> {
  expect(await readFile(path.join(dir, 'dist', 'index.html'), 'utf8')).toBe(PREVIOUS);
  expect(await readdir(path.join(dir, 'dist'))).toEqual(['index.html']);
  expect(await leftovers(dir)).toEqual([]);
}

beforeAll(async () => {
  await rm(TMP, { recursive: true, force: true });
  await mkdir(TMP, { recursive: true });
});

describe('a bad entry', () => {
  const dir = path.join(TMP, 'bad-entry');
  let result: ScriptBuild;

  beforeAll(async () => {
    await mkdir(dir, { recursive: true });
    result = await build(FIXTURE, dir);
  });

  test('fails the build with exit status 1', () => {
    expect(result.code).toBe(1);
  });

  test("names the entry's file and says what to do", () => {
    expect(result.output).toContain(`${FIXTURE}/glossary/sanctions.mdx (line 4, field \`sources\`): List sources as \`- name: …\` / \`url: …\` items.`);
    expect(result.output).toContain('is unchanged.');
  });

  test('leaves no dist/index.html and no work directory', async () => {
    expect(existsSync(path.join(dir, 'dist', 'index.html'))).toBe(false);
    expect(await leftovers(dir)).toEqual([]);
  });
});

describe('a failure inside Astro, after validation passed', () => {
  const dir = path.join(TMP, 'render-error');
  let result: ScriptBuild;

  beforeAll(async () => {
    const content = await validContentAndPreviousOutput(dir);
    // The content is valid, but Astro fails: entries cannot hold code, so the config breaks instead.
    result = await build(content, dir, { SITE_URL: 'not a url' });
  });

  test('fails the build with exit status 1 and says why', () => {
    expect(result.code).toBe(1);
    expect(result.output).toContain('Content: ');
    expect(result.output).toContain('The build failed: SITE_URL is not a valid URL: `not a url`.');
  });

  test('leaves the previous output untouched and no work directory behind', async () => {
    await expectPreviousOutputKept(dir);
  });
});

describe('an entry that only the map and font checks refuse, found while the cards are drawn', () => {
  const dir = path.join(TMP, 'undrawable');
  const content = path.join(dir, 'content');
  let result: ScriptBuild;

  beforeAll(async () => {
    await validContentAndPreviousOutput(dir);
    // Sound on its own and in its references, so the cards start; but no card font has U+A668.
    const map = path.join(content, 'glossary', 'map.mdx');
    await writeFile(map, (await readFile(map, 'utf8')).replace('term: MAP', 'term: MAP Ꙩ'));
    result = await build(content, dir);
  });

  test('fails with exit status 1, naming the file, the field and the character', () => {
    expect(result.code).toBe(1);
    const glossary = path.relative(process.cwd(), path.join(content, 'glossary'));
    expect(result.output).toContain(`${glossary}/map.mdx (line 2, field \`term\`): \`Ꙩ\` (U+A668) cannot be drawn on the share card: no bundled font has it.`);
    expect(result.output).toContain('The build stopped before writing anything; ');
    expect(result.output).not.toContain('Pages: built by Astro');
  });

  test('leaves the previous output untouched and no work directory behind', async () => {
    await expectPreviousOutputKept(dir);
  });
});

describe('hostile entries', () => {
  const dir = path.join(TMP, 'hostile');
  const content = path.join(dir, 'content');
  const entry = (body: string, extra = '') => `---\nterm: Hostile\n${extra}short: A hostile term.\nsources:\n  - name: Reuters\n    url: "https://www.reuters.com/"\n---\n${body}\n`;
  let result: ScriptBuild;

  beforeAll(async () => {
    await validContentAndPreviousOutput(dir);
    const levels = 'abcdefghij'.split('');
    const bomb = levels.map((key, i) => `${key}: &${key} [${Array(10).fill(i ? `*${levels[i - 1]}` : 'lol').join(', ')}]`).join('\n');
    await writeFile(path.join(content, 'glossary', 'alias-bomb.mdx'), entry('Text.', `${bomb}\n`));
    await writeFile(path.join(content, 'glossary', 'deep-quotes.mdx'), entry(`${'> '.repeat(2000)}deep`));
    await writeFile(path.join(content, 'glossary', 'code.mdx'), entry("import fs from 'node:fs'\n\n{fs.writeFileSync('/tmp/owned', 'x')}"));
    await writeFile(path.join(content, 'glossary', 'huge.mdx'), entry('Prose. '.repeat(750_000)));
    await mkdir(path.join(content, 'glossary', 'sub'));
    await writeFile(path.join(content, 'glossary', 'sub', 'nested.mdx'), entry('Text.'));
    await writeFile(path.join(dir, 'outside.mdx'), entry('Text.'));
    await symlink(path.join(dir, 'outside.mdx'), path.join(content, 'glossary', 'linked.mdx'));
    result = await build(content, dir);
  });

  test('fails with exit status 1, naming every file and what is wrong, with no stack trace', () => {
    expect(result.code).toBe(1);
    const glossary = path.relative(process.cwd(), path.join(content, 'glossary'));
    expect(result.output).toContain(`${glossary}/alias-bomb.mdx (line 3): \`&a\` is a YAML anchor`);
    expect(result.output).toContain(`${glossary}/code.mdx (line 8): \`import fs from 'node:fs'\` is an \`import\` statement`);
    expect(result.output).toContain(`${glossary}/deep-quotes.mdx (line 8): This line is nested more than 20 levels deep`);
    expect(result.output).toContain(`${glossary}/huge.mdx: The file is 5.0 MB; an entry can be at most 64 KB.`);
    expect(result.output).toContain(`${glossary}/linked.mdx: This file is a link (symlink) to \`${dir}/outside.mdx\`, outside the content folder.`);
    expect(result.output).toContain(`${glossary}/sub/nested.mdx: Entries cannot be in subfolders`);
    expect(result.output).not.toMatch(/^\s+at /m);
  });

  test('leaves the previous output untouched and no work directory behind', async () => {
    await expectPreviousOutputKept(dir);
  });
});

describe('a valid site, with a warning', () => {
  const dir = path.join(TMP, 'valid');
  const content = path.join(dir, 'content');
  let result: ScriptBuild;

  beforeAll(async () => {
    await cp(FIXTURE, content, { recursive: true });
    // Valid, but with a source over http: a warning, which must not stop the build.
    await writeFile(
      path.join(content, 'glossary', 'sanctions.mdx'),
      '---\nterm: Sanctions\nshort: Penalties one state imposes on another.\nsources:\n  - name: BBC\n    url: "http://www.bbc.com/news/world-europe-26630062"\n---\nPenalties.\n',
    );
    await mkdir(path.join(dir, 'dist', 'stale-page'), { recursive: true });
    result = await build(content, dir);
  });

  test('prints a warning and builds all the same', () => {
    expect(result.code).toBe(0);
    expect(result.output).toContain(`${path.relative(process.cwd(), content)}/glossary/sanctions.mdx (line 6, field \`sources[0].url\`): The address starts with \`http://\``);
    expect(result.output).toContain('Content: 4 files are valid');
  });

  test('replaces the previous output as a whole', async () => {
    expect(result.code).toBe(0);
    expect(await readFile(path.join(dir, 'dist', 'index.html'), 'utf8')).toContain('Ukraine urges NATO to speed up membership');
    expect(existsSync(path.join(dir, 'dist', 'stale-page'))).toBe(false);
    expect(await leftovers(dir)).toEqual([]);
  });

  test("sends headers that trust only the site's own inline code, and HSTS", async () => {
    const rules = parseHeadersFile(await readFile(path.join(dir, 'dist', HEADERS_FILE), 'utf8'));
    const headers = headersFor(rules, '/');
    expect(headers).toMatchObject(buildSecurityHeaders());
    expect(headers['Content-Security-Policy']!.match(/'sha256-[^']+'/g)).toEqual([hashSource(THEME_BOOTSTRAP_SCRIPT)]);
    expect(headers['Strict-Transport-Security']).toBe('max-age=63072000; includeSubDomains');
  });

  test('ends with a build record of every other file', async () => {
    const record = parseBuildRecord(await readFile(path.join(dir, 'dist', BUILD_RECORD_FILE), 'utf8'));
    expect(Object.keys(record.files)).toContain(HEADERS_FILE);
    expect(Object.keys(record.files)).toContain('index.html');
    expect(record.commit).toMatch(/^[0-9a-f]{40}$/);
  });

  test('has no inline code the site did not write; injected code fails its headers step, naming each page and entry', async () => {
    expect(await scanPages(path.join(dir, 'dist'))).toEqual([]);
    const injected = path.join(dir, 'injected');
    await cp(path.join(dir, 'dist'), injected, { recursive: true });
    const inject = async (page: string, html: string) => {
      const file = path.join(injected, page, 'index.html');
      await writeFile(file, (await readFile(file, 'utf8')).replace('</main>', `${html}</main>`));
    };
    await inject('articles/nato-call', '<svg><script>alert(document.domain)</script></svg><img src="x.png" alt="" onerror="alert(1)">');
    await inject('', '<style>body{display:none}</style>');
    const { entries } = await checkContent(content, { showDrafts: false });
    const findings = await scanPages(injected);
    expect(() => assertOnlySiteInlineCode(findings, entries)).toThrowErrorMatchingInlineSnapshot(`
      [Error: 2 built pages contain inline code that is not the site's own. The Content-Security-Policy trusts only the site's own inline code (scripts/lib/headers/site-inline-code.ts), so browsers would block this, and no entry may ever run code on the site.

      test/.tmp/build-failure/valid/content/articles/nato-call.mdx: an inline <script> \`alert(document.domain)\`, on /articles/nato-call/ (the entry's page; its text does not contain the code).
        Entries are text: nothing in them may run. Remove it from the entry; to show code to readers, put it in a code block.
        If the entry does not hold it, it comes from the site's templates: move it into a <script> that Astro bundles into a file. If it must run before the first paint, add it to SITE_INLINE_SCRIPTS in scripts/lib/headers/site-inline-code.ts, as a constant.

      test/.tmp/build-failure/valid/content/articles/nato-call.mdx: an \`onerror\` attribute on <img>, \`alert(1)\`, on /articles/nato-call/ (the entry's page; its text does not contain the code).
        Entries are text: nothing in them may run. Remove it from the entry; to show code to readers, put it in a code block.
        If the entry does not hold it, it comes from the site's templates: attach the code with addEventListener in a <script> that Astro bundles into a file.

      The site's templates (src/): an inline <style> \`body{display:none}\`, on /.
        Move it into a stylesheet: a component's <style> is bundled into a file (astro.config.mjs sets build.inlineStylesheets to 'never'); <style is:inline> is not.]
    `);
  });
});
