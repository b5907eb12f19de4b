/**
 * Every error a writer can cause, with the exact text they see. The snapshots are the product
 * copy: change them on purpose, never to make a test pass.
 */
import { describe, expect, test } from 'vitest';
import { validateContent } from '../../../../src/lib/content/validate.ts';
import { edit, file, report, VALID, withFiles } from './content-set.ts';

const ARTICLE = 'content/articles/ukraine-urges-nato.mdx';
const EVENT = 'content/timeline/2021-04-06-zelensky-call.mdx';
const MAP = 'content/glossary/map.mdx';

test('the valid set has no problems', () => {
  expect(report(VALID)).toBe('OK');
});

describe('YAML', () => {
  test('a value with an unquoted colon', () => {
    expect(report(withFiles(edit(EVENT, 'title: Zelensky calls Stoltenberg', 'title: Zelensky: a call')))).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/timeline/2021-04-06-zelensky-call.mdx (line 3): The value of \`title\` contains \`: \`, so YAML reads the rest as another field.
        Wrap the whole value in double quotes: \`title: "Zelensky: a call"\`"
    `);
  });

  test('bad indentation', () => {
    expect(report(withFiles(edit(MAP, '  - name: NATO', '- name: NATO')))).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/glossary/map.mdx (line 8): The indentation of this line does not match the lines around it.
        Indent with two spaces per level and line up the fields of one list item, as in:
          sources:
            - name: NATO
              url: https://www.nato.int/"
    `);
  });

  test('a field listed twice', () => {
    expect(report(withFiles(edit(MAP, 'term: MAP', 'term: MAP\nterm: Map')))).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/glossary/map.mdx (line 3): \`term\` is listed twice.
        Keep one \`term:\` line and delete the other."
    `);
  });

  test('indented with a tab', () => {
    expect(report(withFiles(edit(MAP, '  - name: NATO', '\t- name: NATO')))).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/glossary/map.mdx (line 8): This line is indented with a tab.
        Indent with spaces (two per level), not tabs."
    `);
  });

  test('a value that starts with a quotation mark', () => {
    expect(report(withFiles(edit(EVENT, 'title: Zelensky calls Stoltenberg', 'title: "Signal" to Moscow')))).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/timeline/2021-04-06-zelensky-call.mdx (line 3): The value of \`title\` starts with a quotation mark, so YAML ends the value at the next one.
        Wrap the whole value in double quotes and write a quotation mark inside it as \\": \`title: "\\"Signal\\" to Moscow"\`"
    `);
  });

  test('a quotation mark never closed', () => {
    expect(report(withFiles(edit(EVENT, 'title: Zelensky calls Stoltenberg', 'title: "Zelensky calls Stoltenberg')))).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/timeline/2021-04-06-zelensky-call.mdx (line 3): A value in quotation marks is never closed.
        Add the closing quotation mark at the end of the value, on the same line."
    `);
  });

  test('a list never closed', () => {
    expect(report(withFiles(edit(MAP, 'aliases: [Membership Action Plan]', 'aliases: [Membership Action Plan')))).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/glossary/map.mdx (line 4): A list in square brackets is never closed.
        End the list with \`]\` on the same line, such as \`aliases: [Kiev, Kyiv]\`."
    `);
  });

  test('a value hidden by a #', () => {
    expect(report(withFiles(edit(EVENT, 'title: Zelensky calls Stoltenberg', 'title: #1 story of the day')))).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/timeline/2021-04-06-zelensky-call.mdx (line 3, field \`title\`): \`title\` is empty.
        Write a value after \`title:\`. A value that starts with # must be in double quotes, or YAML reads it as a comment."
    `);
  });

  test('no frontmatter', () => {
    expect(report(withFiles(file('glossary', 'kremlin.mdx', 'The Kremlin is the seat of power.\n')))).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/glossary/kremlin.mdx (line 1): The file does not start with frontmatter.
        Begin the file with a line \`---\`, the fields (\`title: …\`), and another \`---\`. Run \`npm run new\` to start from a template."
    `);
  });

  test('frontmatter never closed', () => {
    expect(report(withFiles(edit(MAP, /---\nThe Membership/, 'The Membership')))).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/glossary/map.mdx (line 1): The frontmatter is never closed.
        Add a line with just \`---\` after the last field."
    `);
  });
});

describe('schema', () => {
  test('a missing required field', () => {
    expect(report(withFiles(edit(EVENT, /category: nato-eu\n/, '')))).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/timeline/2021-04-06-zelensky-call.mdx (field \`category\`): The required field \`category\` is missing.
        Add it like this:
          category: politics    # or military, diplomacy, nato-eu, humanitarian"
    `);
  });

  test('missing sources', () => {
    expect(report(withFiles(edit(MAP, /sources:\n  - name: NATO\n    url: "[^"]+"\n/, '')))).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/glossary/map.mdx (field \`sources\`): The required field \`sources\` is missing.
        Add it like this:
          sources:
            - name: NATO
              url: https://www.nato.int/…"
    `);
  });

  test('sources written as a single line of text', () => {
    expect(report(withFiles(edit(MAP, /sources:\n  - name: NATO\n    url: "[^"]+"\n/, 'sources: NATO\n')))).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/glossary/map.mdx (line 7, field \`sources\`): List sources as \`- name: …\` / \`url: …\` items.
        Write it like this:
          sources:
            - name: NATO
              url: https://www.nato.int/…"
    `);
  });

  test('a misspelt field name', () => {
    expect(report(withFiles(edit(MAP, 'aliases:', 'alias:')))).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/glossary/map.mdx (line 3, field \`alias\`): \`alias\` is not a field of this kind of entry.
        Remove it, or fix its spelling. Did you mean \`aliases\`? The fields are: term, aliases, short, caseSensitive, related, sources, updated, corrections, draft."
    `);
  });

  test('a value of the wrong kind', () => {
    expect(report(withFiles(edit(MAP, 'caseSensitive: true', 'caseSensitive: sometimes')))).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/glossary/map.mdx (line 5, field \`caseSensitive\`): \`caseSensitive\` should be \`true\` or \`false\`, not \`"sometimes"\`."
    `);
  });

  test('an unknown category', () => {
    expect(report(withFiles(edit(EVENT, 'category: nato-eu', 'category: nato')))).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/timeline/2021-04-06-zelensky-call.mdx (line 4, field \`category\`): \`nato\` is not a category. Use one of: politics, military, diplomacy, nato-eu, humanitarian."
    `);
  });

  test('a date that does not exist', () => {
    expect(report(withFiles(edit(EVENT, 'date: 2021-04-06', 'date: 2021-02-30')))).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/timeline/2021-04-06-zelensky-call.mdx (line 2, field \`date\`): \`2021-02-30\` is not a real calendar date: February 2021 has 28 days."
    `);
  });

  test('a date written the wrong way round', () => {
    expect(report(withFiles(edit(EVENT, 'date: 2021-04-06', 'date: 06/04/2021')))).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/timeline/2021-04-06-zelensky-call.mdx (line 2, field \`date\`): \`06/04/2021\` is not a date in the form YYYY-MM-DD (or YYYY-MM when only the month is known), such as 2014-02-22."
    `);
  });

  test('a publication time without its UTC offset', () => {
    expect(report(withFiles(edit(ARTICLE, '2021-04-06T12:00:00+03:00', '2021-04-06 12:00')))).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/articles/ukraine-urges-nato.mdx (line 4, field \`published\`): \`2021-04-06 12:00\` needs a date, a time and a UTC offset, such as 2021-04-06T12:00:00+03:00 (noon in Kyiv in summer)."
    `);
  });

  test('too few key points', () => {
    expect(report(withFiles(edit(ARTICLE, '  - Three.\n', '')))).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/articles/ukraine-urges-nato.mdx (line 10, field \`keyPoints\`): Give 3 to 5 \`keyPoints\`; this list has fewer than 3."
    `);
  });

  test('a short definition with Markdown in it', () => {
    expect(report(withFiles(edit(MAP, "NATO's programme", "NATO's *programme*")))).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/glossary/map.mdx (line 4, field \`short\`): \`short\` is plain text: remove Markdown or HTML such as *, _, \`, [ ] or < >."
    `);
  });
});

describe('web addresses', () => {
  test('an address without https://', () => {
    expect(report(withFiles(edit(MAP, '"https://www.nato.int/cps/en/natohq/topics_37356.htm"', 'www.nato.int/cps/en/natohq/topics_37356.htm')))).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/glossary/map.mdx (line 9, field \`sources[0].url\`): \`www.nato.int/cps/en/natohq/topics_37356.htm\` is not a web address. Use a full URL starting with https://. Did you mean \`https://www.nato.int/cps/en/natohq/topics_37356.htm\`?"
    `);
  });

  test('a source without a url', () => {
    expect(report(withFiles(edit(MAP, /\n    url: "[^"]+"/, '')))).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/glossary/map.mdx (field \`sources[0].url\`): The required field \`sources[0].url\` is missing.
        Add it like this:
          url: https://www.nato.int/…"
    `);
  });

  test('a mailto link', () => {
    expect(report(withFiles(edit(EVENT, 'https://www.president.gov.ua/en/news/example', 'mailto:press@example.org')))).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/timeline/2021-04-06-zelensky-call.mdx (line 8, field \`sources[0].url\`): \`mailto:press@example.org\` is not a web address. Use a full URL starting with https://."
    `);
  });
});

describe('citation policy', () => {
  test('a Wikipedia mirror', () => {
    expect(report(withFiles(edit(MAP, 'https://www.nato.int/cps/en/natohq/topics_37356.htm', 'https://wikimili.com/en/Membership_Action_Plan')))).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/glossary/map.mdx (line 9, field \`sources[0].url\`): \`wikimili.com\` copies Wikipedia.
        Cite the same article on en.wikipedia.org instead: mirrors can be out of date or altered."
    `);
  });

  test('the Simple English Wikipedia', () => {
    expect(report(withFiles(edit(MAP, 'https://www.nato.int/cps/en/natohq/topics_37356.htm', 'https://simple.m.wikipedia.org/wiki/NATO')))).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/glossary/map.mdx (line 9, field \`sources[0].url\`): \`simple.m.wikipedia.org\` is a mobile or simplified edition of Wikipedia.
        Cite the matching article on en.wikipedia.org (not the mobile, Simple English or Scots edition)."
    `);
  });

  test('a state-controlled outlet', () => {
    expect(report(withFiles(edit(ARTICLE, 'https://www.themoscowtimes.com/author/afp', 'https://sputniknews.com/20210406/x.html')))).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/articles/ukraine-urges-nato.mdx (line 8, field \`source.url\`): \`sputniknews.com\` is a state-controlled or fringe outlet, which the site does not cite.
        Cite a primary source (nato.int, president.gov.ua, osce.org, un.org) or an established news organisation (AFP, AP, Reuters, BBC, RFE/RL, Kyiv Post) for the same fact, or leave the fact out."
    `);
  });

  test('en.wikipedia.org is fine', () => {
    expect(report(withFiles(edit(MAP, 'https://www.nato.int/cps/en/natohq/topics_37356.htm', 'https://en.wikipedia.org/wiki/Membership_Action_Plan')))).toBe('OK');
  });
});

describe('MDX', () => {
  test('an unclosed component', () => {
    expect(report(withFiles(edit(ARTICLE, '<PullQuote cite="Volodymyr Zelenskiy">NATO is the only way.</PullQuote>', '<PullQuote cite="Volodymyr Zelenskiy">NATO is the only way.')))).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/articles/ukraine-urges-nato.mdx (line 18): \`<PullQuote>\` is opened but never closed.
        Close it with \`</PullQuote>\`. When it wraps whole paragraphs, put the opening and the closing tag on lines of their own."
    `);
  });

  test('a literal brace', () => {
    expect(report(withFiles(edit(MAP, 'for would-be members.', 'for would-be members {see below}.')))).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/glossary/map.mdx (line 11): A \`{\` starts a code expression in MDX, and this one is not valid code.
        To show a curly brace in the text, write \`&#123;\` for { and \`&#125;\` for }. A comment is written \`{/* … */}\`."
    `);
  });

  test('a closing tag that does not match', () => {
    expect(report(withFiles(edit(ARTICLE, '</PullQuote>', '</Pullquote>')))).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/articles/ukraine-urges-nato.mdx (line 18): \`</Pullquote>\` does not close the open \`<PullQuote>\`.
        Close it with \`</PullQuote>\`: names are case-sensitive."
    `);
  });

  test('a closing tag with no opening tag', () => {
    expect(report(withFiles(edit(MAP, 'for would-be members.', 'for would-be members.</Aside>')))).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/glossary/map.mdx (line 11): A closing tag \`</…>\` has no opening tag.
        Remove the closing tag, or add the opening one before it."
    `);
  });

  test('an attribute without quotation marks', () => {
    expect(report(withFiles(edit(ARTICLE, '<Term id="map">', '<Term id=map>')))).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/articles/ukraine-urges-nato.mdx (line 16): An attribute value is not in quotation marks.
        Write attributes as \`id="map"\`."
    `);
  });

  test('an HTML comment', () => {
    expect(report(withFiles(edit(MAP, 'for would-be members.', 'for would-be members. <!-- check -->')))).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/glossary/map.mdx (line 11): HTML comments (\`<!-- … -->\`) do not work in MDX.
        Write a comment as \`{/* … */}\`."
    `);
  });

  test('a literal less-than sign before a letter', () => {
    expect(report(withFiles(edit(MAP, 'for would-be members.', 'for would-be members (<ten a year).')))).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/glossary/map.mdx (line 11): A \`<\` starts a component in MDX, and this one cannot be read.
        To show a less-than sign in the text, write \`&lt;\`. For a component, check its name and attributes, as in \`<Term id="map">\`."
    `);
  });

  test('an unknown component', () => {
    expect(report(withFiles(edit(ARTICLE, '<PullQuote cite="Volodymyr Zelenskiy">NATO is the only way.</PullQuote>', '<Pullquote cite="Volodymyr Zelenskiy">NATO is the only way.</Pullquote>')))).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/articles/ukraine-urges-nato.mdx (line 18): \`<Pullquote>\` is not a component you can use here.
        The components are <Term>, <PullQuote>, <Aside>. Did you mean \`PullQuote\`?"
    `);
  });

  test('a Term without an id', () => {
    expect(report(withFiles(edit(ARTICLE, '<Term id="map">', '<Term>')))).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/articles/ukraine-urges-nato.mdx (line 16): \`<Term>\` needs an \`id\`.
        Write it as <Term id="map">text</Term>, with the id of a file in content/glossary/."
    `);
  });
});

describe('references', () => {
  test('a typo in a <Term> id', () => {
    expect(report(withFiles(edit(ARTICLE, '<Term id="map">', '<Term id="mapp">')))).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/articles/ukraine-urges-nato.mdx (line 16): Unknown glossary term \`mapp\` in <Term id="…">.
        Use the file name of an entry in content/glossary/, without \`.mdx\`. Did you mean \`map\`?
        If it is a new term, create it with: npm run new -- term "Mapp""
    `);
  });

  test('a typo in an event’s terms', () => {
    expect(report(withFiles(edit(EVENT, 'terms: [map, nato]', 'terms: [map, natto]')))).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/timeline/2021-04-06-zelensky-call.mdx (line 5, field \`terms[1]\`): Unknown glossary term \`natto\` in \`terms\`.
        Use the file name of an entry in content/glossary/, without \`.mdx\`. Did you mean \`nato\`?
        If it is a new term, create it with: npm run new -- term "Natto""
    `);
  });

  test('an unknown event in an article', () => {
    expect(report(withFiles(edit(ARTICLE, 'events: [2021-04-06-zelensky-call]', 'events: [2021-04-06-zelenksy-call]')))).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/articles/ukraine-urges-nato.mdx (line 14, field \`events[0]\`): Unknown timeline event \`2021-04-06-zelenksy-call\` in \`events\`.
        Use the file name of an entry in content/timeline/, without \`.mdx\`. Did you mean \`2021-04-06-zelensky-call\`?"
    `);
  });

  test('a published entry pointing at a draft term', () => {
    expect(report(withFiles(edit(MAP, 'caseSensitive: true', 'caseSensitive: true\ndraft: true')))).toMatchInlineSnapshot(`
      "Found 2 problems in 2 content files.

      content/articles/ukraine-urges-nato.mdx (line 16): The glossary term \`map\` in <Term id="…"> is still a draft, so published pages cannot link to it.
        Publish content/glossary/map.mdx (remove \`draft: true\`), or remove the reference.

      content/timeline/2021-04-06-zelensky-call.mdx (line 5, field \`terms[0]\`): The glossary term \`map\` in \`terms\` is still a draft, so published pages cannot link to it.
        Publish content/glossary/map.mdx (remove \`draft: true\`), or remove the reference."
    `);
  });

  test('a term related to itself', () => {
    expect(report(withFiles(edit(MAP, 'related: [nato]', 'related: [nato, map]')))).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/glossary/map.mdx (line 6, field \`related\`): A term lists itself in \`related\`.
        Remove \`map\` from \`related\`."
    `);
  });
});

describe('names and files', () => {
  test('an alias claimed by two terms', () => {
    expect(report(withFiles(edit('content/glossary/nato.mdx', 'aliases: [North Atlantic Treaty Organization]', 'aliases: [North Atlantic Treaty Organization, Membership Action Plan]')))).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/glossary/nato.mdx (line 3, field \`aliases[1]\`): \`Membership Action Plan\` is already the alias of content/glossary/map.mdx.
        A name can link to only one glossary entry. Remove \`Membership Action Plan\` from one of the two files."
    `);
  });

  test('a file name that disagrees with the date', () => {
    const moved = { ...VALID.find((f) => f.file === EVENT)!, name: '2021-04-05-zelensky-call.mdx', file: 'content/timeline/2021-04-05-zelensky-call.mdx' };
    expect(report([...VALID.filter((f) => f.file !== EVENT), moved])).toMatchInlineSnapshot(`
      "Found 2 problems in 2 content files.

      content/articles/ukraine-urges-nato.mdx (line 14, field \`events[0]\`): Unknown timeline event \`2021-04-06-zelensky-call\` in \`events\`.
        Use the file name of an entry in content/timeline/, without \`.mdx\`. Did you mean \`2021-04-05-zelensky-call\`?

      content/timeline/2021-04-05-zelensky-call.mdx (line 2, field \`date\`): The file name starts with \`2021-04-05\` but \`date\` is \`2021-04-06\`.
        Rename the file to \`2021-04-06-zelensky-call.mdx\`, or correct \`date\`."
    `);
  });

  test('an event file name without a date', () => {
    const moved = { ...VALID.find((f) => f.file === EVENT)!, name: 'zelensky-call.mdx', file: 'content/timeline/zelensky-call.mdx' };
    expect(report([...VALID.filter((f) => f.file !== EVENT), moved])).toMatchInlineSnapshot(`
      "Found 2 problems in 2 content files.

      content/articles/ukraine-urges-nato.mdx (line 14, field \`events[0]\`): Unknown timeline event \`2021-04-06-zelensky-call\` in \`events\`.
        Use the file name of an entry in content/timeline/, without \`.mdx\`.

      content/timeline/zelensky-call.mdx (line 2, field \`date\`): The file name must start with the event's date, \`2021-04-06\`.
        Rename the file to \`2021-04-06-zelensky-call.mdx\`, or correct \`date\`."
    `);
  });

  test('a file name that cannot be a web address', () => {
    const map = VALID.find((f) => f.file === MAP)!;
    expect(report(withFiles({ ...map, name: 'Membership Plan.mdx', file: 'content/glossary/Membership Plan.mdx', text: map.text.replace('term: MAP', 'term: Membership plan').replace('aliases: [Membership Action Plan]', 'aliases: []') }))).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/glossary/Membership Plan.mdx: The file name \`Membership Plan.mdx\` cannot be used as a web address.
        Rename the file to \`membership-plan.mdx\`: lowercase letters, digits and hyphens only."
    `);
  });

  test('two files with the same slug', () => {
    const map = VALID.find((f) => f.file === MAP)!;
    expect(report(withFiles({ ...map, name: 'Map.mdx', file: 'content/glossary/Map.mdx', text: map.text.replace('term: MAP', 'term: Map (cartography)').replace('aliases: [Membership Action Plan]', 'aliases: []') }))).toMatchInlineSnapshot(`
      "Found 2 problems in 1 content file.

      content/glossary/Map.mdx: The file name \`Map.mdx\` cannot be used as a web address.
        Rename the file to \`map.mdx\`: lowercase letters, digits and hyphens only.

      content/glossary/Map.mdx: Two files have the same id \`map\`: this one and content/glossary/map.mdx.
        Ids come from file names and become URLs, so each must be unique. Rename one of the files."
    `);
  });
});

describe('placeholders', () => {
  test('a TODO left in a published entry', () => {
    const map = edit(MAP, "short: NATO's programme of advice and support for countries preparing to join.", 'short: "TODO: a plain-text definition"\n# TODO: check the sources');
    expect(report(withFiles(map, edit(EVENT, 'Zelensky spoke', 'TODO: Zelensky spoke')))).toMatchInlineSnapshot(`
      "Found 3 problems in 2 content files.

      content/glossary/map.mdx (line 4, field \`short\`): This entry is published, but \`short\` still holds a placeholder: \`short: "TODO: a plain-text definition"\`.
        Replace it with the real value and delete the TODO note, or put \`draft: true\` back until the entry is finished.

      content/glossary/map.mdx (line 5): This entry is published, but its frontmatter still holds a note: \`# TODO: check the sources\`.
        Replace it with the real value and delete the TODO note, or put \`draft: true\` back until the entry is finished.

      content/timeline/2021-04-06-zelensky-call.mdx (line 10): This entry is published, but its text still holds a placeholder: \`TODO: Zelensky spoke with NATO's secretary general.\`.
        Replace it with the real text and delete the TODO note, or put \`draft: true\` back until the entry is finished."
    `);
  });

  test('a TODO in a draft is fine', () => {
    const draft = file('glossary', 'kremlin.mdx', '---\nterm: Kremlin\nshort: "TODO: a definition"\nsources:\n  - name: "TODO: publisher"\n    url: "https://TODO.invalid/x"\ndraft: true\n---\nTODO: the explanation.\n');
    expect(report(withFiles(draft))).toBe('OK');
  });
});

test('several bad entries are reported together, sorted by file and line', () => {
  expect(
    report(
      withFiles(
        edit(ARTICLE, '<Term id="map">', '<Term id="mapp">'),
        edit(EVENT, 'category: nato-eu', 'category: nato'),
        edit(MAP, /\n    url: "[^"]+"/, '\n    url: nato.int'),
        file('glossary', 'kremlin.mdx', '---\nterm: Kremlin\n---\n'),
      ),
    ),
  ).toMatchInlineSnapshot(`
    "Found 5 problems in 4 content files.

    content/articles/ukraine-urges-nato.mdx (line 16): Unknown glossary term \`mapp\` in <Term id="…">.
      Use the file name of an entry in content/glossary/, without \`.mdx\`.
      If it is a new term, create it with: npm run new -- term "Mapp"

    content/glossary/kremlin.mdx (field \`short\`): The required field \`short\` is missing.
      Add it like this:
        short: A plain-text definition of at most 200 characters.

    content/glossary/kremlin.mdx (field \`sources\`): The required field \`sources\` is missing.
      Add it like this:
        sources:
          - name: NATO
            url: https://www.nato.int/…

    content/glossary/map.mdx (line 9, field \`sources[0].url\`): \`nato.int\` is not a web address. Use a full URL starting with https://. Did you mean \`https://nato.int\`?

    content/timeline/2021-04-06-zelensky-call.mdx (line 4, field \`category\`): \`nato\` is not a category. Use one of: politics, military, diplomacy, nato-eu, humanitarian."
  `);
});

test('references to an entry that failed validation itself are not reported again', () => {
  const files = [
    { collection: 'glossary' as const, name: 'map.mdx', file: 'content/glossary/map.mdx', text: '---\nterm: MAP\nsources:\n  - name: NATO\n    url: "https://www.nato.int/"\n---\nBody.\n' },
    {
      collection: 'timeline' as const,
      name: '2014-02-22-ousted.mdx',
      file: 'content/timeline/2014-02-22-ousted.mdx',
      text: '---\ndate: 2014-02-22\ntitle: Ousted\ncategory: politics\nterms: [map]\nsources:\n  - name: NATO\n    url: "https://www.nato.int/"\n---\nBody.\n',
    },
  ];
  const problems = validateContent(files, { showDrafts: false }).problems;
  expect(problems.map((p) => p.file)).toEqual(['content/glossary/map.mdx']);
});

describe('corrections', () => {
  /** The event with `items` (YAML lines under `corrections:`) after its terms; the list starts on line 6. */
  const corrected = (items: string) => edit(EVENT, 'terms: [map, nato]\n', `terms: [map, nato]\ncorrections:\n${items}\n`);
  const item = (date: string, text = '"An earlier version of this entry said 5 April. It was 6 April."') => `  - date: ${date}\n    text: ${text}`;

  test.each([
    ['a correction after the event', item('2026-11-29')],
    ['a correction on the day of the event', item('2021-04-06')],
    ['two corrections, oldest first', `${item('2026-11-01')}\n${item('2026-11-29')}`],
    ['two corrections on one day', `${item('2026-11-29')}\n${item('2026-11-29')}`],
  ])('%s is fine', (_name, items) => {
    expect(report(withFiles(corrected(items)))).toBe('OK');
  });

  test('a date written the wrong way round', () => {
    expect(report(withFiles(corrected(item('29/11/2026'))))).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/timeline/2021-04-06-zelensky-call.mdx (line 7, field \`corrections[0].date\`): \`29/11/2026\` is not a day in the form YYYY-MM-DD, such as 2026-11-29."
    `);
  });

  test('a date that does not exist', () => {
    expect(report(withFiles(corrected(item('2026-02-30'))))).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/timeline/2021-04-06-zelensky-call.mdx (line 7, field \`corrections[0].date\`): \`2026-02-30\` is not a real calendar date: February 2026 has 28 days."
    `);
  });

  test('a month without its day', () => {
    expect(report(withFiles(corrected(item('2026-11'))))).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/timeline/2021-04-06-zelensky-call.mdx (line 7, field \`corrections[0].date\`): \`2026-11\` is not a day in the form YYYY-MM-DD, such as 2026-11-29."
    `);
  });

  test('a correction dated before the event', () => {
    expect(report(withFiles(corrected(item('2021-04-05'))))).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/timeline/2021-04-06-zelensky-call.mdx (line 7, field \`corrections[0].date\`): The correction is dated \`2021-04-05\`, before the event itself (\`2021-04-06\`).
        Date a correction the day it appears on the site, which is after \`date\`. Check the year and the month."
    `);
  });

  test('a correction dated before the article was published', () => {
    const article = edit(ARTICLE, 'events: [2021-04-06-zelensky-call]\n', `events: [2021-04-06-zelensky-call]\ncorrections:\n${item('2020-04-06')}\n`);
    expect(report(withFiles(article))).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/articles/ukraine-urges-nato.mdx (line 16, field \`corrections[0].date\`): The correction is dated \`2020-04-06\`, before the article was published (\`2021-04-06\`).
        Date a correction the day it appears on the site, which is after \`published\`. Check the year and the month."
    `);
  });

  test.each([
    // 23:30 in UTC−5 is already 7 April in UTC, but the newsroom's day is the 6th.
    ['2021-04-06T23:30:00-05:00', '2021-04-06', 'OK'],
    // 01:00 in Kyiv is still 5 April in UTC, but a correction of the 5th comes before publication.
    ['2021-04-06T01:00:00+03:00', '2021-04-05', 'before the article was published (`2021-04-06`)'],
  ])('an article published at %s, corrected on %s: the day as written counts', (published, date, expected) => {
    const article = edit(ARTICLE, /published: .*\n/, `published: ${published}\ncorrections:\n${item(date)}\n`);
    const result = report(withFiles(article));
    if (expected === 'OK') expect(result).toBe('OK');
    else expect(result).toContain(expected);
  });

  test('corrections out of date order', () => {
    expect(report(withFiles(corrected(`${item('2026-11-29')}\n${item('2026-11-01')}\n${item('2026-12-01')}`)))).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/timeline/2021-04-06-zelensky-call.mdx (line 9, field \`corrections[1].date\`): Corrections are listed oldest first, but this one (\`2026-11-01\`) comes after one dated \`2026-11-29\`.
        Move it above \`corrections[0]\`, so the list runs from the oldest correction to the newest."
    `);
  });

  test('an empty text', () => {
    expect(report(withFiles(corrected(item('2026-11-29', '""'))))).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/timeline/2021-04-06-zelensky-call.mdx (line 8, field \`corrections[0].text\`): A correction needs a \`text\`: "An earlier version of this entry said … It was …"."
    `);
  });

  test('a missing text', () => {
    expect(report(withFiles(corrected('  - date: 2026-11-29')))).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/timeline/2021-04-06-zelensky-call.mdx (field \`corrections[0].text\`): The required field \`corrections[0].text\` is missing.
        Add it like this:
          text: "An earlier version of this entry said … It was …""
    `);
  });

  test('a missing date', () => {
    expect(report(withFiles(corrected('  - text: "An earlier version of this entry said 5 April. It was 6 April."')))).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/timeline/2021-04-06-zelensky-call.mdx (field \`corrections[0].date\`): The required field \`corrections[0].date\` is missing.
        Add it like this:
          date: 2026-11-29"
    `);
  });

  test('a misspelt field in a correction', () => {
    expect(report(withFiles(corrected('  - date: 2026-11-29\n    txt: "An earlier version of this entry said 5 April. It was 6 April."')))).toMatchInlineSnapshot(`
      "Found 2 problems in 1 content file.

      content/timeline/2021-04-06-zelensky-call.mdx (field \`corrections[0].text\`): The required field \`corrections[0].text\` is missing.
        Add it like this:
          text: "An earlier version of this entry said … It was …"

      content/timeline/2021-04-06-zelensky-call.mdx (line 8, field \`corrections[0].txt\`): \`txt\` is not a field of this kind of entry.
        Remove it, or fix its spelling. Did you mean \`text\`? The fields are: date, text."
    `);
  });

  test('a correction written as one line of text', () => {
    expect(report(withFiles(edit(EVENT, 'terms: [map, nato]\n', 'terms: [map, nato]\ncorrections: Fixed the date.\n')))).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/timeline/2021-04-06-zelensky-call.mdx (line 6, field \`corrections\`): List corrections as \`- date: …\` / \`text: …\` items.
        Write it like this:
          corrections:
            - date: 2026-11-29
              text: "An earlier version of this entry said … It was …""
    `);
  });

  test('a correction still holding its TODO', () => {
    expect(report(withFiles(corrected(item('2026-11-29', '"TODO: An earlier version of this entry said … It was …"'))))).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/timeline/2021-04-06-zelensky-call.mdx (line 8, field \`corrections[0].text\`): This entry is published, but \`corrections[0].text\` still holds a placeholder: \`text: "TODO: An earlier version of this entry said … It was …"\`.
        Write what was wrong and what is right in its place: "An earlier version of this entry said … It was …". Fix the text of the entry too. If the entry needs no correction after all, delete the correction."
    `);
  });

  test('a glossary term has no date of its own, so any well-formed day is fine', () => {
    const map = edit(MAP, 'related: [nato]\n', `related: [nato]\ncorrections:\n${item('1999-01-01')}\n`);
    expect(report(withFiles(map))).toBe('OK');
  });
});
