import { describe, expect, test } from 'vitest';
import {
  placeLd,
  definedTermLd,
  definedTermSetLd,
  eventLd,
  newsArticleLd,
  serializeJsonLd,
  webSiteLd,
  type NewsArticleInput,
} from '../../../../src/lib/seo/json-ld.ts';

const article: NewsArticleInput = {
  url: 'https://example.org/articles/nato/',
  headline: 'Ukraine Urges NATO to Speed Up Membership',
  description: 'Dek.',
  published: new Date('2021-04-06T12:00:00+03:00'),
  byline: 'AFP (Olga Shylenko)',
  keywords: ['ukraine', 'nato'],
  source: { name: 'The Moscow Times', url: 'https://www.themoscowtimes.com/author/afp' },
  publisher: { name: 'Backgrounder', url: 'https://example.org/', logo: 'https://example.org/favicon.svg' },
  lang: 'en',
};

describe('newsArticleLd', () => {
  test('has what news search needs: headline, dates, author, publisher with logo, and the source it is based on', () => {
    const image = [
      { url: 'https://example.org/og/articles/nato.png', width: 1200, height: 630 },
      { url: 'https://example.org/og/articles/nato.4x3.png', width: 1200, height: 900 },
      { url: 'https://example.org/og/articles/nato.1x1.png', width: 1200, height: 1200 },
    ];
    expect(newsArticleLd({ ...article, image })).toMatchInlineSnapshot(`
      {
        "@context": "https://schema.org",
        "@id": "https://example.org/articles/nato/#article",
        "@type": "NewsArticle",
        "author": [
          {
            "@type": "Person",
            "name": "Olga Shylenko",
            "worksFor": {
              "@type": "Organization",
              "name": "AFP",
            },
          },
        ],
        "dateModified": "2021-04-06T09:00:00.000Z",
        "datePublished": "2021-04-06T09:00:00.000Z",
        "description": "Dek.",
        "headline": "Ukraine Urges NATO to Speed Up Membership",
        "image": [
          {
            "@type": "ImageObject",
            "height": 630,
            "url": "https://example.org/og/articles/nato.png",
            "width": 1200,
          },
          {
            "@type": "ImageObject",
            "height": 900,
            "url": "https://example.org/og/articles/nato.4x3.png",
            "width": 1200,
          },
          {
            "@type": "ImageObject",
            "height": 1200,
            "url": "https://example.org/og/articles/nato.1x1.png",
            "width": 1200,
          },
        ],
        "inLanguage": "en",
        "isBasedOn": {
          "@type": "CreativeWork",
          "publisher": {
            "@type": "Organization",
            "name": "The Moscow Times",
          },
          "url": "https://www.themoscowtimes.com/author/afp",
        },
        "keywords": "ukraine, nato",
        "mainEntityOfPage": {
          "@id": "https://example.org/articles/nato/",
          "@type": "WebPage",
        },
        "publisher": {
          "@type": "Organization",
          "logo": {
            "@type": "ImageObject",
            "url": "https://example.org/favicon.svg",
          },
          "name": "Backgrounder",
          "url": "https://example.org/",
        },
        "url": "https://example.org/articles/nato/",
      }
    `);
  });

  test.each([
    { name: 'uses the last update as dateModified', input: { modified: '2021-04-07T08:00:00.000Z' }, field: 'dateModified', expected: '2021-04-07T08:00:00.000Z' },
    { name: 'a correction’s day can be dateModified', input: { modified: '2026-11-29' }, field: 'dateModified', expected: '2026-11-29' },
    { name: 'leaves out correction when there are none', input: { corrections: [] }, field: 'correction', expected: undefined },
    {
      name: 'states each correction as a CorrectionComment, oldest first',
      input: { corrections: [{ date: '2026-11-01', text: 'One.' }, { date: '2026-11-29', text: 'Two.' }] },
      field: 'correction',
      expected: [
        { '@type': 'CorrectionComment', datePublished: '2026-11-01', text: 'One.' },
        { '@type': 'CorrectionComment', datePublished: '2026-11-29', text: 'Two.' },
      ],
    },
    { name: 'leaves out image when there is no card', input: {}, field: 'image', expected: undefined },
    { name: 'leaves out image when the card list is empty', input: { image: [] }, field: 'image', expected: undefined },
    { name: 'leaves out keywords when there are no tags', input: { keywords: [] }, field: 'keywords', expected: undefined },
  ])('$name', ({ input, field, expected }) => {
    expect(newsArticleLd({ ...article, ...input })[field]).toEqual(expected);
  });

  test('leaves out the logo when the publisher has none', () => {
    const { publisher } = newsArticleLd({ ...article, publisher: { name: 'B', url: 'https://example.org/' } });
    expect(publisher).toEqual({ '@type': 'Organization', name: 'B', url: 'https://example.org/' });
  });
});

describe('glossary', () => {
  const set = { url: 'https://example.org/glossary/', name: 'Backgrounder glossary', description: 'Terms.' };
  const map = { url: 'https://example.org/glossary/map/', name: 'Membership Action Plan', description: 'A NATO programme.', aliases: ['MAP'] };
  const kremlin = { url: 'https://example.org/glossary/kremlin/', name: 'Kremlin', description: 'The seat of power.', aliases: [] };

  test('the set lists every term, with other spellings as alternateName', () => {
    const ld = definedTermSetLd(set, [map, kremlin]);
    expect(ld).toMatchObject({ '@type': 'DefinedTermSet', '@id': set.url, name: set.name, description: 'Terms.' });
    expect(ld['hasDefinedTerm']).toEqual([
      { '@type': 'DefinedTerm', '@id': `${map.url}#term`, url: map.url, name: map.name, description: map.description, alternateName: ['MAP'] },
      { '@type': 'DefinedTerm', '@id': `${kremlin.url}#term`, url: kremlin.url, name: 'Kremlin', description: kremlin.description },
    ]);
  });

  test('a term page’s term carries its card; the set’s terms do not', () => {
    const image = { url: 'https://example.org/og/glossary/map.png', width: 1200, height: 630 };
    expect(definedTermLd({ ...map, image }, set)['mainEntity']).toMatchObject({ image: { '@type': 'ImageObject', ...image } });
    expect(definedTermLd(map, set)['mainEntity']).not.toHaveProperty('image');
  });

  test('a term’s page is a WebPage about the term, which points back to its set', () => {
    expect(definedTermLd(map, set)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'WebPage',
      '@id': map.url,
      url: map.url,
      name: 'Membership Action Plan',
      mainEntity: {
        '@type': 'DefinedTerm',
        // The same node as in the set: the page's own address is the WebPage's.
        '@id': `${map.url}#term`,
        url: map.url,
        name: 'Membership Action Plan',
        description: 'A NATO programme.',
        alternateName: ['MAP'],
        inDefinedTermSet: { '@type': 'DefinedTermSet', '@id': set.url, url: set.url, name: set.name },
      },
    });
  });

  test('a corrected term’s page carries dateModified and the correction', () => {
    const ld = definedTermLd(map, set, { modified: '2026-11-29', corrections: [{ date: '2026-11-29', text: 'Fixed.' }] });
    expect(ld).toMatchObject({
      '@type': 'WebPage',
      dateModified: '2026-11-29',
      correction: [{ '@type': 'CorrectionComment', datePublished: '2026-11-29', text: 'Fixed.' }],
      mainEntity: { '@type': 'DefinedTerm' },
    });
    expect(ld['mainEntity']).not.toHaveProperty('correction');
  });
});

describe('eventLd', () => {
  const base = { url: 'https://example.org/timeline/x/', name: 'Battle of Ilovaisk', description: 'Summary.', startDate: '2014-08', places: [] };

  test.each([
    { name: 'a month-precision event keeps its month', input: {}, expected: { startDate: '2014-08' } },
    { name: 'a range has an end', input: { startDate: '2017-01-29', endDate: '2017-02-04' }, expected: { endDate: '2017-02-04' } },
    {
      name: 'places become Place locations with their points',
      input: { places: [{ url: 'https://example.org/places/kyiv/', name: 'Kyiv', lat: 50.4547, lon: 30.5238 }] },
      expected: {
        location: [
          {
            '@type': 'Place',
            '@id': 'https://example.org/places/kyiv/#place',
            url: 'https://example.org/places/kyiv/',
            name: 'Kyiv',
            geo: { '@type': 'GeoCoordinates', latitude: 50.4547, longitude: 30.5238 },
          },
        ],
      },
    },
    {
      name: 'its card is its image',
      input: { image: { url: 'https://example.org/og/timeline/x.png', width: 1200, height: 630 } },
      expected: { image: { '@type': 'ImageObject', url: 'https://example.org/og/timeline/x.png', width: 1200, height: 630 } },
    },
  ])('$name', ({ input, expected }) => {
    expect(eventLd({ ...base, ...input })['mainEntity']).toMatchObject({ '@type': 'Event', name: 'Battle of Ilovaisk', ...expected });
  });

  test('has no location or end when there are none', () => {
    const event = eventLd(base)['mainEntity'];
    expect(event).not.toHaveProperty('location');
    expect(event).not.toHaveProperty('endDate');
    expect(event).not.toHaveProperty('image');
  });

  test.each([
    { name: 'never changed: no dateModified, no correction', changes: {}, expected: {} },
    { name: 'updated: dateModified only', changes: { modified: '2026-11-01', corrections: [] }, expected: { dateModified: '2026-11-01' } },
    {
      name: 'corrected: dateModified and the correction',
      changes: { modified: '2026-11-29', corrections: [{ date: '2026-11-29', text: 'Fixed.' }] },
      expected: { dateModified: '2026-11-29', correction: [{ '@type': 'CorrectionComment', datePublished: '2026-11-29', text: 'Fixed.' }] },
    },
  ])('the page is a WebPage about the Event; $name', ({ changes, expected }) => {
    expect(eventLd(base, changes)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'WebPage',
      '@id': base.url,
      url: base.url,
      name: 'Battle of Ilovaisk',
      ...expected,
      mainEntity: { '@type': 'Event', '@id': `${base.url}#event`, url: base.url, name: 'Battle of Ilovaisk', description: 'Summary.', startDate: '2014-08' },
    });
  });
});

describe('webSiteLd', () => {
  test('offers the search page as a SearchAction', () => {
    const ld = webSiteLd({ url: 'https://example.org/', name: 'B', description: 'D', searchUrlTemplate: 'https://example.org/search/?q={search_term_string}' });
    expect(ld['potentialAction']).toEqual({
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: 'https://example.org/search/?q={search_term_string}' },
      'query-input': 'required name=search_term_string',
    });
  });
});

describe('serializeJsonLd', () => {
  test('text cannot close the script element, and the JSON still parses to the same value', () => {
    const data = { name: 'A </script><script>alert(1)</script> B' };
    const json = serializeJsonLd(data);
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual(data);
  });
});

describe('placeLd', () => {
  const base = { url: 'https://example.org/places/kyiv/', name: 'Kyiv', lat: 50.4547, lon: 30.5238, description: 'The capital of Ukraine.', aliases: [] };

  test.each([
    { name: 'a place has its point as GeoCoordinates', input: {}, expected: { geo: { '@type': 'GeoCoordinates', latitude: 50.4547, longitude: 30.5238 }, description: 'The capital of Ukraine.' } },
    { name: 'other spellings are alternate names', input: { aliases: ['Kiev'] }, expected: { alternateName: ['Kiev'] } },
    { name: 'the country is its address', input: { country: 'UA' }, expected: { address: { '@type': 'PostalAddress', addressCountry: 'UA' } } },
  ])('$name', ({ input, expected }) => {
    const ld = placeLd({ ...base, ...input });
    expect(ld).toMatchObject({ '@type': 'WebPage', '@id': base.url, name: 'Kyiv' });
    expect(ld['mainEntity']).toMatchObject({ '@type': 'Place', '@id': `${base.url}#place`, url: base.url, name: 'Kyiv', ...expected });
  });

  test('a sea without aliases or country has neither', () => {
    const place = placeLd({ ...base, name: 'Sea of Azov' })['mainEntity'];
    expect(place).not.toHaveProperty('alternateName');
    expect(place).not.toHaveProperty('address');
  });
});
