/**
 * The citation policy, rule by rule, with the exact text writers see. The snapshots are product
 * copy: change them on purpose, never to make a test pass.
 */
import { describe, expect, test } from 'vitest';
import { checkAddress } from '../../../../src/lib/content/citations.ts';
import { edit, report, withFiles } from './content-set.ts';

const ARTICLE = 'content/articles/ukraine-urges-nato.mdx';
const EVENT = 'content/timeline/2021-04-06-zelensky-call.mdx';
const EVENT_URL = 'https://www.president.gov.ua/en/news/example';
const MAP = 'content/glossary/map.mdx';
const MAP_URL = 'https://www.nato.int/cps/en/natohq/topics_37356.htm';

/** The report for the valid set with the event's only source replaced by `url`. */
const citing = (url: string) => report(withFiles(edit(EVENT, EVENT_URL, url)));

describe('hosts the site never cites', () => {
  test('a fringe outlet added with the revised fact sheet', () => {
    expect(citing('https://fakty.com.ua/ru/ukraine/20210406-zelenskyj-nato/')).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/timeline/2021-04-06-zelensky-call.mdx (line 8, field \`sources[0].url\`): \`fakty.com.ua\` is a state-controlled or fringe outlet, which the site does not cite.
        Cite a primary source (nato.int, president.gov.ua, osce.org, un.org) or an established news organisation (AFP, AP, Reuters, BBC, RFE/RL, Kyiv Post) for the same fact, or leave the fact out."
    `);
  });

  test.each(['https://amp.fakty.ua/ru/372807-voennye-sbory', 'https://fakty.ua/372807', 'https://tass.com/politics/1258171'])('%s is refused too', (url) => {
    expect(checkAddress(url)?.severity).toBe('error');
  });

  test('a document re-hoster', () => {
    expect(citing('https://docslib.org/doc/6700492/mediation-in-the-crisis-in-eastern-ukraine-up-to-23-june-2015')).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/timeline/2021-04-06-zelensky-call.mdx (line 8, field \`sources[0].url\`): \`docslib.org\` republishes documents that other organisations published.
        Cite the original: the publisher's own page for the document (nato.int for a NATO press release), or a primary source (nato.int, president.gov.ua, osce.org, un.org) or an established news organisation (AFP, AP, Reuters, BBC, RFE/RL, Kyiv Post) that reports the same fact."
    `);
  });

  test('a site that re-posts a NATO press release under its own name', () => {
    expect(citing('https://arab.com.ua/eng/news/nato-recognises-ukraine-as-enhanced-opportunities-1688150120.html')).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/timeline/2021-04-06-zelensky-call.mdx (line 8, field \`sources[0].url\`): \`arab.com.ua\` republishes documents that other organisations published.
        Cite the original: the publisher's own page for the document (nato.int for a NATO press release), or a primary source (nato.int, president.gov.ua, osce.org, un.org) or an established news organisation (AFP, AP, Reuters, BBC, RFE/RL, Kyiv Post) that reports the same fact."
    `);
  });
});

describe('copies of a page that readers cannot or should not open', () => {
  test('a staging server', () => {
    expect(citing('https://staging.irishtimes.com/news/world/europe/osce-to-send-monitors-to-ukraine-for-six-months-1.1734029')).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/timeline/2021-04-06-zelensky-call.mdx (line 8, field \`sources[0].url\`): \`staging.irishtimes.com\` is a staging server, not the publisher's public site.
        Open the page on the public site and cite that address, probably \`https://www.irishtimes.com/news/world/europe/osce-to-send-monitors-to-ukraine-for-six-months-1.1734029\`."
    `);
  });

  test('a test server', () => {
    expect(citing('https://test.pax.peaceagreements.org/agreements/1363')).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/timeline/2021-04-06-zelensky-call.mdx (line 8, field \`sources[0].url\`): \`test.pax.peaceagreements.org\` is a test server, not the publisher's public site.
        Open the page on the public site and cite that address, probably \`https://pax.peaceagreements.org/agreements/1363\`."
    `);
  });

  test('a preview from a publishing system', () => {
    expect(citing('https://voa.pangea-cms.com/preview/en-US/a/ukraine-pushes-for-fast-tracked-nato-membership/6770904.html')).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/timeline/2021-04-06-zelensky-call.mdx (line 8, field \`sources[0].url\`): The address is a preview from a publishing system (\`/preview/\`), not the published page.
        Find the article on the outlet's own site (search for its headline there) and cite that address."
    `);
  });

  test('a preview link', () => {
    expect(citing('https://example.org/?p=123&preview=true')).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/timeline/2021-04-06-zelensky-call.mdx (line 8, field \`sources[0].url\`): The address is a preview from a publishing system (\`?preview=\`), not the published page.
        Find the article on the outlet's own site (search for its headline there) and cite that address."
    `);
  });

  test('a session id in a NATO address', () => {
    expect(citing('https://www.nato.int/cps/en/SID-818DAE35-64D75EBB/natolive/topics_37356.htm')).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/timeline/2021-04-06-zelensky-call.mdx (line 8, field \`sources[0].url\`): The address carries a visitor's session id (\`SID-818DAE35-64D75EBB\`), which expires.
        Cite it without the session id: \`https://www.nato.int/cps/en/natolive/topics_37356.htm\`."
    `);
  });

  test('a session id in the query', () => {
    expect(checkAddress('https://example.org/story?id=4&jsessionid=A1B2')?.hint).toBe('Cite it without the session id: `https://example.org/story?id=4`.');
  });

  test("the French edition of NATO's page", () => {
    expect(citing('https://www.nato.int/cps/fr/natohq/official_texts_8443.htm')).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/timeline/2021-04-06-zelensky-call.mdx (line 8, field \`sources[0].url\`): The address is the French edition of NATO's page.
        This site is in English: cite the English edition, \`https://www.nato.int/cps/en/natohq/official_texts_8443.htm\`."
    `);
  });

  test('an explicit port', () => {
    expect(citing('http://www.uawire.org:80/ukraine-becomes-nato-enhanced-opportunities-partner')).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/timeline/2021-04-06-zelensky-call.mdx (line 8, field \`sources[0].url\`): The address names a port (\`:80\`), which a publisher's public page does not need.
        Cite it without the port: \`https://www.uawire.org/ukraine-becomes-nato-enhanced-opportunities-partner\`."
    `);
  });
});

describe('warnings', () => {
  test('an http address is printed, but the content stays valid', () => {
    expect(citing('http://www.bbc.com/news/world-europe-26630062')).toMatchInlineSnapshot(`
      "Found 1 warning in 1 content file. Warnings do not stop the build; fix them when you can.

      content/timeline/2021-04-06-zelensky-call.mdx (line 8, field \`sources[0].url\`): The address starts with \`http://\`, so browsers may warn readers that the page is not secure.
        Cite the secure address if the page opens with it: \`https://www.bbc.com/news/world-europe-26630062\`."
    `);
  });

  test('an entry whose only sources are blogs', () => {
    const blogs = edit(EVENT, `  - name: President of Ukraine\n    url: "${EVENT_URL}"`, '  - name: A blog\n    url: "https://knowingtest.blogspot.com/2014/05/x.html"\n  - name: Another\n    url: "https://someone.wordpress.com/x"');
    expect(report(withFiles(blogs))).toMatchInlineSnapshot(`
      "Found 1 warning in 1 content file. Warnings do not stop the build; fix them when you can.

      content/timeline/2021-04-06-zelensky-call.mdx (line 6, field \`sources\`): Every source of this entry is a blog (\`knowingtest.blogspot.com\`, \`someone.wordpress.com\`).
        A blog may support a fact, but not alone: add a primary source (nato.int, president.gov.ua, osce.org, un.org) or an established news organisation (AFP, AP, Reuters, BBC, RFE/RL, Kyiv Post) that reports it."
    `);
  });

  test('a blog beside an established source is fine', () => {
    const both = edit(EVENT, `    url: "${EVENT_URL}"`, `    url: "${EVENT_URL}"\n  - name: A blog\n    url: "https://knowingtest.blogspot.com/2014/05/x.html"`);
    expect(report(withFiles(both))).toBe('OK');
  });

  test('errors come first, then the warnings', () => {
    const files = withFiles(edit(EVENT, EVENT_URL, 'http://www.bbc.com/news/world-europe-26630062'), edit(MAP, MAP_URL, 'https://wikimili.com/en/Membership_Action_Plan'));
    expect(report(files)).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/glossary/map.mdx (line 9, field \`sources[0].url\`): \`wikimili.com\` copies Wikipedia.
        Cite the same article on en.wikipedia.org instead: mirrors can be out of date or altered.

      Also found 1 warning in 1 content file. Warnings do not stop the build; fix them when you can.

      content/timeline/2021-04-06-zelensky-call.mdx (line 8, field \`sources[0].url\`): The address starts with \`http://\`, so browsers may warn readers that the page is not secure.
        Cite the secure address if the page opens with it: \`https://www.bbc.com/news/world-europe-26630062\`."
    `);
  });
});

describe('links in the text', () => {
  test('a footnote that cites a mirror names its line', () => {
    const footnote = edit(ARTICLE, 'NATO is the only way.</PullQuote>\n', 'NATO is the only way.</PullQuote>\n\n[^1]: As [Wikipedia](https://wikiwordbook.info/Avdiivka) says.\n');
    expect(report(withFiles(footnote))).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/articles/ukraine-urges-nato.mdx (line 20): \`wikiwordbook.info\` copies Wikipedia.
        Cite the same article on en.wikipedia.org instead: mirrors can be out of date or altered."
    `);
  });

  test('links inside the site and plain text are not sources', () => {
    const text = edit(MAP, 'for would-be members.', 'for would-be members ([NATO](/glossary/nato/)), as nato.int says.');
    expect(report(withFiles(text))).toBe('OK');
  });
});

test.each([
  MAP_URL,
  'https://en.wikipedia.org/wiki/Avdiivka',
  'https://www.irishtimes.com/news/world/europe/osce-to-send-monitors-to-ukraine-for-six-months-1.1734029',
  'https://www.latimes.com/world-nation/story/2021-04-22/russia-orders-troops-back-drills-crimea',
  'https://www.voanews.com/a/ukraine-pushes-for-fast-tracked-nato-membership-us-pushes-back-/6770904.html',
  'https://www.testbiotech.org/en/news',
  'https://dev.ua/en/news/x',
  'https://www.president.gov.ua/en/news/x?sidebar=1',
])('%s follows the policy', (url) => {
  expect(checkAddress(url)).toBeUndefined();
});
