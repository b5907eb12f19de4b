/**
 * The structured data search engines and news aggregators read, checked with
 * structured-data-testing-tool's Google preset on the built article, an event and a term. The tool
 * is given each page's HTML, never a URL, and the test fails if it opens any connection: it runs
 * offline. The Google preset has rules for articles only (Google has no rich result for a
 * DefinedTerm, and its Event result is for upcoming events with a postal address), so events and
 * terms are also held to presets of our own, in the tool's format, with what Google reads there.
 */
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi, type MockInstance } from 'vitest';
import { structuredDataTestHtml, type Preset, type StructuredDataResult } from 'structured-data-testing-tool';
import { Google } from 'structured-data-testing-tool/presets.js';
import { articlePath, DIST } from './harness.ts';

const EVENT = '/timeline/2014-09-05-minsk-protocol-signed/';
const TERM = '/glossary/map/';

/**
 * An event's and a term's page is a `WebPage` (it carries `dateModified` and any `correction`)
 * whose `mainEntity` is the Event or the DefinedTerm; the presets read the entity there.
 */
function entityPreset(type: string, fields: string[]): Preset {
  return {
    name: type,
    schema: 'WebPage',
    conditional: { test: 'WebPage' },
    tests: fields.map((field) => ({ test: `WebPage[*].mainEntity.${field}` })),
  };
}

/** What Google reads on an Event that a historical event can give: name, dates, description, place, image. */
const EVENT_PRESET = entityPreset('Event', ['name', 'startDate', 'description', 'url', 'location[0].name', 'image.url', 'image.width', 'image.height']);

/** A glossary term: its name and definition, its page and card, and the glossary it belongs to. */
const TERM_PRESET = entityPreset('DefinedTerm', ['name', 'description', 'url', 'image.url', 'inDefinedTermSet.url']);

/** Runs the tool on a built page; a failed test comes back as a result, not a rejection, so the failures can be listed. */
async function check(pagePath: string, presets: Preset[]): Promise<StructuredDataResult> {
  const html = await readFile(path.join(DIST, pagePath, 'index.html'), 'utf8');
  return structuredDataTestHtml(html, { presets }).catch((error: { res?: StructuredDataResult }) => {
    if (!error.res) throw error;
    return error.res;
  });
}

const failures = (result: StructuredDataResult) => result.failed.map((t) => `${t.test}: ${t.error?.message ?? 'failed'}`);

let connections: MockInstance[] = [];
beforeEach(() => {
  connections = [vi.spyOn(http, 'request'), vi.spyOn(https, 'request'), vi.spyOn(net, 'connect'), vi.spyOn(globalThis, 'fetch')];
});
afterEach(() => {
  for (const spy of connections) expect(spy, 'the tool tried to use the network').not.toHaveBeenCalled();
  vi.restoreAllMocks();
});

describe('structured data (structured-data-testing-tool, Google preset)', () => {
  test('the article is a NewsArticle that passes every Google test, with its card in three shapes as its image', async () => {
    const result = await check(articlePath(), [Google]);
    expect(failures(result)).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.schemas).toEqual(['NewsArticle']);
    // The tool numbers each instance of a type: `NewsArticle[*].image` is run as `NewsArticle[0].image`.
    expect(result.passed.map((t) => t.test)).toContain('NewsArticle[0].image');
    const [article] = result.structuredData.jsonld['NewsArticle'] as { image: { url: string; width: number; height: number }[] }[];
    expect(article!.image.map((image) => `${image.width}×${image.height}`)).toEqual(['1200×630', '1200×900', '1200×1200']);
    for (const image of article!.image) {
      const file = path.join(DIST, new URL(image.url).pathname);
      await expect(readFile(file), image.url).resolves.toBeInstanceOf(Buffer);
    }
  });

  test.each([
    ['an event', EVENT, EVENT_PRESET, 'Event'],
    ['a term', TERM, TERM_PRESET, 'DefinedTerm'],
  ])('%s passes the Google preset and its own, with its card as image', async (_name, pagePath, preset, type) => {
    const result = await check(pagePath, [Google, preset]);
    expect(failures(result)).toEqual([]);
    expect(result.schemas).toEqual(['WebPage']);
    // The tool's test paths cannot name `@type`, so the entity's type is read here.
    const [page] = result.structuredData.jsonld['WebPage'] as { mainEntity: { '@type': string } }[];
    expect(page!.mainEntity['@type']).toBe(type);
    const ours = preset.tests!.map((t) => t.test.replace(/^(\w+)\[\*\]/, '$1[0]'));
    expect(result.passed.map((t) => t.test)).toEqual(expect.arrayContaining(ours));
  });

  test('a page without an image fails the Google preset: the test can fail', async () => {
    const html = (await readFile(path.join(DIST, articlePath(), 'index.html'), 'utf8')).replace(/"image":\[.*?\],"isBasedOn"/, '"isBasedOn"');
    const result = await structuredDataTestHtml(html, { presets: [Google] }).catch((error: { res: StructuredDataResult }) => error.res);
    expect(failures(result)).toEqual(['NewsArticle[0].image: Could not find "NewsArticle[0].image"']);
  });
});
