/**
 * `npm run validate` as writers run it: an error fails it with exit status 1, a warning is printed
 * and the content stays valid.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, test } from 'vitest';

const run = promisify(execFile);
const TMP = 'test/.tmp/validate-command';
const FIXTURE = 'test/fixtures/broken-entry';

/** Runs `scripts/validate.ts` the way `npm run validate` does, on `content`. */
async function validate(content: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, BACKGROUNDER_CONTENT_DIR: content };
  try {
    const { stdout, stderr } = await run(process.execPath, ['scripts/validate.ts'], { env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** The fixture without its broken entry, and with one glossary term citing `url`. */
async function contentCiting(name: string, url: string): Promise<string> {
  const content = path.join(TMP, name);
  await cp(FIXTURE, content, { recursive: true });
  await writeFile(
    path.join(content, 'glossary', 'sanctions.mdx'),
    `---\nterm: Sanctions\nshort: Penalties one state imposes on another.\nsources:\n  - name: BBC\n    url: "${url}"\n---\nPenalties.\n`,
  );
  return content;
}

beforeAll(async () => {
  await rm(TMP, { recursive: true, force: true });
  await mkdir(TMP, { recursive: true });
});

describe('a warning', () => {
  let result: Awaited<ReturnType<typeof validate>>;
  beforeAll(async () => {
    result = await validate(await contentCiting('warning', 'http://www.bbc.com/news/world-europe-26630062'));
  });

  test('leaves the content valid, with exit status 0', () => {
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('All 4 content files are valid (1 warning above).');
  });

  test('is printed with its file, line and fix', () => {
    expect(result.stderr).toContain('Found 1 warning in 1 content file.');
    expect(result.stderr).toContain(`${TMP}/warning/glossary/sanctions.mdx (line 6, field \`sources[0].url\`): The address starts with \`http://\``);
  });
});

describe('a source the policy refuses', () => {
  let result: Awaited<ReturnType<typeof validate>>;
  beforeAll(async () => {
    result = await validate(await contentCiting('error', 'https://staging.irishtimes.com/news/world/europe/osce-to-send-monitors-1.1734029'));
  });

  test('fails with exit status 1, naming the file and line', () => {
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${TMP}/error/glossary/sanctions.mdx (line 6, field \`sources[0].url\`): \`staging.irishtimes.com\` is a staging server`);
    expect(result.stdout).not.toContain('are valid');
  });
});
