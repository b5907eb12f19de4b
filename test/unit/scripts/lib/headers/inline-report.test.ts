import { describe, expect, test } from 'vitest';
import { formatInlineCodeReport, traceFinding, type EntryText } from '../../../../../scripts/lib/headers/inline-report.ts';
import type { InlineFinding } from '../../../../../scripts/lib/headers/inline-sources.ts';

const ENTRIES: EntryText[] = [
  {
    file: 'content/articles/nato.mdx',
    page: '/articles/nato/',
    body: 'Kyiv asked NATO.\n\n<p style="color:red">Red</p>\n',
    bodyLine: 20,
  },
  {
    file: 'content/timeline/2014-03-16-referendum.mdx',
    page: '/timeline/2014-03-16-referendum/',
    body: 'A vote.\n\n<svg><script>alert(document.cookie)</script></svg>\n',
    bodyLine: 9,
  },
  {
    file: 'content/glossary/crimea.mdx',
    page: '/glossary/crimea/',
    body: 'A peninsula.\n<img src="x.png" alt="" onerror=\'alert("hi")\' />\n<script>say("x")</script>\n',
    bodyLine: 12,
  },
];

const finding = (page: string, rest: Omit<InlineFinding, 'page'>): InlineFinding => ({ page, ...rest });

describe('traceFinding', () => {
  test.each([
    {
      name: 'to the line of the entry whose text holds the code, on a page that lists it',
      finding: finding('/timeline/', { kind: 'script', tagName: 'script', code: 'alert(document.cookie)' }),
      origin: { type: 'entry-text', file: 'content/timeline/2014-03-16-referendum.mdx', line: 11 },
    },
    {
      name: 'through entities the page escaped',
      finding: finding('/glossary/crimea/', { kind: 'script', tagName: 'script', code: 'say(&quot;x&quot;)' }),
      origin: { type: 'entry-text', file: 'content/glossary/crimea.mdx', line: 14 },
    },
    {
      name: "to the page's own entry when no text holds the code",
      finding: finding('/articles/nato/quotes/1/', { kind: 'style', tagName: 'style', code: 'p{margin:0}' }),
      origin: { type: 'entry-page', file: 'content/articles/nato.mdx' },
    },
    {
      name: 'to the templates on a page of no entry',
      finding: finding('/', { kind: 'style', tagName: 'style', code: 'p{margin:0}' }),
      origin: { type: 'templates' },
    },
  ])('$name', ({ finding, origin }) => {
    expect(traceFinding(finding, ENTRIES)).toEqual(origin);
  });
});

describe('formatInlineCodeReport', () => {
  test('is empty when nothing was found', () => {
    expect(formatInlineCodeReport([], ENTRIES)).toBe('');
  });

  test('names each entry, line and page once, with what to do, and the templates last', () => {
    const script = { kind: 'script', tagName: 'script', code: 'alert(document.cookie)' } as const;
    const report = formatInlineCodeReport(
      [
        finding('/', { kind: 'style', tagName: 'style', code: `  .banner {\n    color: red;\n  }\n${'x'.repeat(80)}` }),
        finding('/timeline/2014-03-16-referendum/', script),
        finding('/timeline/', script),
        finding('/timeline/category/politics/', script),
        finding('/timeline/category/diplomacy/', script),
        finding('/glossary/crimea/', { kind: 'event-handler', tagName: 'img', attribute: 'onerror', code: 'alert("hi")' }),
        finding('/articles/nato/', { kind: 'style-attribute', tagName: 'p', attribute: 'style', code: 'color:red' }),
        finding('/articles/nato/', { kind: 'script-url', tagName: 'a', attribute: 'href', code: 'javascript:go()' }),
        finding('/glossary/', { kind: 'meta-refresh', tagName: 'meta', attribute: 'http-equiv', code: '0; url=https://elsewhere.example/' }),
      ],
      ENTRIES,
    );
    expect(report).toMatchInlineSnapshot(`
      "8 built pages contain inline code that is not the site's own. The Content-Security-Policy trusts only the site's own inline code (scripts/lib/headers/site-inline-code.ts), so browsers would block this, and no entry may ever run code on the site.

      content/articles/nato.mdx: a script URL in \`href\` on <a>, \`javascript:go()\`, on /articles/nato/ (the entry's page; its text does not contain the code).
        Links in entries must go to web pages: use an https:// address, or remove the link.
        If the entry does not hold it, it comes from the site's templates: attach the code with addEventListener in a <script> that Astro bundles into a file.

      content/articles/nato.mdx (line 22): a \`style\` attribute on <p>, \`color:red\`, on /articles/nato/.
        Remove the \`style\` attribute from the entry: the site's stylesheet styles every entry.

      content/glossary/crimea.mdx (line 13): an \`onerror\` attribute on <img>, \`alert("hi")\`, on /glossary/crimea/.
        Entries are text: nothing in them may run. Remove it from the entry; to show code to readers, put it in a code block.

      content/timeline/2014-03-16-referendum.mdx (line 11): an inline <script> \`alert(document.cookie)\`, on /timeline/2014-03-16-referendum/, /timeline/, /timeline/category/politics/ and 1 other page.
        Entries are text: nothing in them may run. Remove it from the entry; to show code to readers, put it in a code block.

      The site's templates (src/): an inline <style> \`.banner { color: red; } xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…\`, on /.
        Move it into a stylesheet: a component's <style> is bundled into a file (astro.config.mjs sets build.inlineStylesheets to 'never'); <style is:inline> is not.

      The site's templates (src/): a <meta http-equiv="refresh">, \`0; url=https://elsewhere.example/\`, on /glossary/.
        Redirect at the host instead."
    `);
  });
});
