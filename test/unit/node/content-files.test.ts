/**
 * The one lister and reader of entry files (src/node/content-files.ts), on a real folder: what it
 * skips, what it refuses and why, and that nothing outside the content folder is ever read.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readContent, readContentFiles } from '../../../scripts/lib/content/read-content.ts';
import { listContent, readEntryText } from '../../../src/node/content-files.ts';
import { formatReport } from '../../../src/lib/content/problems.ts';
import { validateContent } from '../../../src/lib/content/validate.ts';

const TERM = (term: string) => `---\nterm: ${term}\nshort: A term.\nsources:\n  - name: NATO\n    url: "https://www.nato.int/"\n---\nText.\n`;

let work: string;
const content = () => path.join(work, 'content');

async function put(file: string, text: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(path.join(work, file)), { recursive: true });
  await writeFile(path.join(work, file), text);
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'content-files-'));
  await put('outside/secret.mdx', TERM('Secret'));
  await put('outside/dir/other.mdx', TERM('Other'));
  await put('content/glossary/map.mdx', TERM('MAP'));
  await put('content/glossary/_notes.mdx', 'Not an entry: no frontmatter at all.');
  await put('content/glossary/_drafts/draft.mdx', 'Skipped with its folder.');
  await put('content/glossary/.map.mdx.swp', 'An editor file.');
  await put('content/glossary/.hidden.mdx', 'A hidden file.');
  await put('content/glossary/notes.txt', 'Not content.');
  await put('content/glossary/sub/nested.mdx', TERM('Nested'));
  await put('content/glossary/big.mdx', `${TERM('Big')}${'A sentence of ordinary prose. '.repeat(2300)}`);
  await put('content/glossary/latin.mdx', Uint8Array.from([...Buffer.from('---\nterm: Caf'), 0xe9, ...Buffer.from('\n---\n')]));
  await symlink(path.join(work, 'outside/secret.mdx'), path.join(content(), 'glossary/link-out.mdx'));
  await symlink(path.join(work, 'outside/dir'), path.join(content(), 'glossary/linked-folder'));
  await put('content/_shared/nato.mdx', TERM('NATO'));
  await symlink('../_shared/nato.mdx', path.join(content(), 'glossary/nato.mdx'));
  await symlink('nowhere.mdx', path.join(content(), 'glossary/dangling.mdx'));
  await symlink(path.join(work, 'outside'), path.join(content(), 'timeline'));
  await mkdir(path.join(content(), 'articles'));
  await symlink('.', path.join(content(), 'articles/loop'));
  execFileSync('mkfifo', [path.join(content(), 'glossary/pipe.mdx')]);
});

afterAll(() => rm(work, { recursive: true, force: true }));

describe('listContent', () => {
  test('finds the entries, following links that stay inside the content folder', async () => {
    const { entries } = await listContent(content());
    expect(entries.map((entry) => `${entry.collection}/${entry.name}`)).toEqual(['glossary/big.mdx', 'glossary/latin.mdx', 'glossary/map.mdx', 'glossary/nato.mdx']);
  });

  test('refuses subfolders, links out of the content folder, broken links and pipes, and explains each', async () => {
    const files = await readContent(content(), work);
    const report = formatReport(validateContent(files, { showDrafts: false }).problems).replaceAll(work, '<tmp>');
    expect(report).toMatchInlineSnapshot(`
      "Found 8 problems in 8 content files.

      content/glossary/big.mdx: The file is 67 KB; an entry can be at most 64 KB.
        That is about 10,000 words of text, more than any article, event or term needs. A file this large usually holds pasted data or a mistake: check what was pasted, or split the text into several entries.

      content/glossary/dangling.mdx: This file is a link (symlink) to \`nowhere.mdx\`, which does not exist.
        Delete the link, or put the entry itself here.

      content/glossary/latin.mdx (line 2): The file is not UTF-8 text: column 10 holds the byte \`0xE9\`, which is not part of any UTF-8 character.
        Save the file as UTF-8 (in VS Code: click the encoding in the status bar, then "Save with Encoding", "UTF-8"). The byte is probably \`é\` saved in the Windows-1252 encoding: retype it after saving as UTF-8.

      content/glossary/link-out.mdx: This file is a link (symlink) to \`<tmp>/outside/secret.mdx\`, outside the content folder.
        Copy the file into the content folder instead of linking: the build reads nothing from outside it.

      content/glossary/linked-folder: This folder is a link (symlink) to \`<tmp>/outside/dir\`, outside the content folder.
        Copy the files into the content folder instead of linking: the build reads nothing from outside it.

      content/glossary/pipe.mdx: This is not an ordinary file (it is a named pipe, a socket or a device).
        Replace it with a plain text file saved as UTF-8.

      content/glossary/sub/nested.mdx: Entries cannot be in subfolders, so this file in \`sub/\` would never be published.
        Move it up, next to the other entries; or, to keep notes and unfinished work there, rename the folder to \`_sub\`: names that start with _ are skipped.

      content/timeline: This folder is a link (symlink) to \`<tmp>/outside\`, outside the content folder.
        Copy the files into the content folder instead of linking: the build reads nothing from outside it."
    `);
  });
});

describe('readEntryText', () => {
  test('reads an entry as UTF-8', async () => {
    expect(readEntryText(path.join(content(), 'glossary/map.mdx'), content())).toEqual({ ok: true, text: TERM('MAP') });
  });

  test('never opens a named pipe for reading, which would block', async () => {
    expect(readEntryText(path.join(content(), 'glossary/pipe.mdx'), content())).toMatchObject({ ok: false, message: expect.stringContaining('not an ordinary file') });
  });

  test('checks again that a file lies inside the content folder, as a link may appear after listing', async () => {
    expect(readEntryText(path.join(content(), 'glossary/link-out.mdx'), content())).toMatchObject({ ok: false, message: expect.stringContaining('outside the content folder') });
  });

  test('says why a missing file cannot be read', async () => {
    expect(readEntryText(path.join(content(), 'glossary/missing.mdx'), content())).toMatchObject({ ok: false, message: 'The file cannot be read (ENOENT).' });
  });
});

test('readContentFiles gives the scripts only the entries that can be read', async () => {
  expect((await readContentFiles(content(), work)).map((file) => file.file)).toEqual(['content/glossary/map.mdx', 'content/glossary/nato.mdx']);
});
