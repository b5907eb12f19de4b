import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import config from '../../../../astro.config.mjs';
import { remarkContentGuard } from '../../../../src/lib/markdown/remark-content-guard.ts';
import { remarkPullQuoteNumbers } from '../../../../src/lib/markdown/pull-quote-numbers.ts';

const FILE = '/site/content/glossary/owned.mdx';

/** Runs the guard on `body` as Astro's MDX compiler would, with `frontmatter` as Astro parsed it. */
async function guard(body: string, frontmatter: Record<string, unknown> = {}, file = FILE): Promise<string> {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkContentGuard, { contentRoot: '/site/content', projectRoot: '/site' });
  const vfile = new VFile({ path: file, value: body, data: { astro: { frontmatter } } });
  try {
    await processor.run(processor.parse(vfile), vfile);
    return 'OK';
  } catch (error) {
    return (error as Error).message;
  }
}

describe('remarkContentGuard', () => {
  test('refuses code before MDX compiles it, naming the file and every line', async () => {
    const body = "\n\nimport fs from 'node:fs'\nexport const secret = fs.readFileSync('/etc/passwd', 'utf8')\n\n{fs.writeFileSync('/tmp/owned', secret)}\n";
    expect(await guard(body)).toMatchInlineSnapshot(`
      "Found 2 problems in 1 content file.

      content/glossary/owned.mdx (line 3): \`import fs from 'node:fs'\` is an \`import\` statement: code, which an entry cannot hold.
        Delete the line; the components <Term>, <PullQuote>, <Aside> work without importing anything. If it is a sentence that starts with “import”, capitalise the word or reword the start.

      content/glossary/owned.mdx (line 6): \`{fs.writeFileSync('/tmp/owned', secret)}\` is a code expression, which an entry cannot hold.
        To show curly braces in the text, write \`&#123;\` for { and \`&#125;\` for }. A comment is written \`{/* … */}\`.

      Run \`npm run validate\` to check every entry."
    `);
  });

  test('refuses elements, attributes and addresses the validator refuses', async () => {
    expect(await guard('<script>alert(1)</script> <span onclick="x">a</span> [b](javascript:alert(1)) ![c](../../../../etc/passwd)')).toMatchInlineSnapshot(`
      "Found 4 problems in 1 content file.

      content/glossary/owned.mdx (line 1): \`<script>\` is not allowed in entry text.
        Entries are published as they are written, so they cannot run code, embed other pages or media, send forms or change the page’s head. The HTML elements an entry can use are <span>, <abbr>, <bdi>, <sub>, <sup>, <br>, <kbd>, <mark>, <small>.

      content/glossary/owned.mdx (line 1): \`onclick\` on \`<span>\` is an event handler: code that would run in the reader’s browser.
        Remove it: an entry cannot hold code. The attributes \`<span>\` takes are \`lang\`, \`dir\`, \`title\`.

      content/glossary/owned.mdx (line 1): The image \`../../../../etc/passwd\` is outside the content folder.
        Keep images in the content folder and give their path from the entry, such as ./map.png, so the build never reads files from elsewhere.

      content/glossary/owned.mdx (line 1): The link \`javascript:alert(1)\` is not allowed: a \`javascript:\` address runs code in the reader’s browser when clicked.
        Link to a web page (https://…), an email address (mailto:…), a phone number (tel:…) or a page of this site (/glossary/nato/).

      Run \`npm run validate\` to check every entry."
    `);
  });

  test('points Astro at the first problem', async () => {
    const processor = unified().use(remarkParse).use(remarkMdx).use(remarkContentGuard, { contentRoot: '/site/content', projectRoot: '/site' });
    const vfile = new VFile({ path: FILE, value: 'Fine.\n\n{1 + 1}' });
    await expect(processor.run(processor.parse(vfile), vfile)).rejects.toMatchObject({ line: 3, column: 1 });
  });

  test('refuses a `layout` in the frontmatter, which Astro would import as code', async () => {
    expect(await guard('Text.', { layout: '../../../../tmp/evil.js' })).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/glossary/owned.mdx (line 1): \`layout\` is not a field of an entry: the compiler would import the file it names as code.
        Remove the \`layout\` line. Every entry is laid out by the site.

      Run \`npm run validate\` to check every entry."
    `);
  });

  test('refuses frontmatter whose values YAML aliases share, before the compiler copies them out', async () => {
    const shared = ['lol', 'lol'];
    expect(await guard('Text.', { a: shared, b: [shared, shared] })).toContain('The frontmatter repeats values with YAML aliases');
  });

  test('lets ordinary entries through', async () => {
    expect(await guard('Text with <Term id="nato">NATO</Term>, <span lang="uk">Київ</span> and [a link](https://www.nato.int/). {/* a note */}', { term: 'NATO', aliases: ['a', 'b'] })).toBe('OK');
  });

  test('measures image paths from the entry, and refuses climbing out from a file outside the content folder', async () => {
    expect(await guard('![A map](../images/map.png)')).toBe('OK');
    expect(await guard('![A map](../images/map.png)', {}, '/site/src/pages/about.mdx')).toContain('is outside the content folder');
  });
});

test('astro.config.mjs runs the guard before the plugins that add attributes to components', () => {
  const processor = config.markdown?.processor as { options: { remarkPlugins: unknown[] } };
  const plugins = processor.options.remarkPlugins.map((entry) => (Array.isArray(entry) ? entry[0] : entry));
  const guardAt = plugins.indexOf(remarkContentGuard);
  expect(guardAt).toBeGreaterThanOrEqual(0);
  expect(guardAt).toBeLessThan(plugins.indexOf(remarkPullQuoteNumbers));
  expect(guardAt).toBe(plugins.findIndex((plugin) => plugin !== plugins[0]));
});
