import { describe, expect, test } from 'vitest';
import { bylineAuthors } from '../../../../src/lib/seo/byline.ts';

const afp = { '@type': 'Organization', name: 'AFP' };

describe('bylineAuthors', () => {
  test.each([
    {
      byline: 'AFP (Olga Shylenko)',
      expected: [{ '@type': 'Person', name: 'Olga Shylenko', worksFor: afp }],
    },
    {
      byline: 'AFP (Olga Shylenko and Dmitry Zaks)',
      expected: [
        { '@type': 'Person', name: 'Olga Shylenko', worksFor: afp },
        { '@type': 'Person', name: 'Dmitry Zaks', worksFor: afp },
      ],
    },
    {
      byline: ' AFP (Olga Shylenko, Dmitry Zaks & Anna Smolchenko) ',
      expected: [
        { '@type': 'Person', name: 'Olga Shylenko', worksFor: afp },
        { '@type': 'Person', name: 'Dmitry Zaks', worksFor: afp },
        { '@type': 'Person', name: 'Anna Smolchenko', worksFor: afp },
      ],
    },
    { byline: 'AFP', expected: [afp] },
    {
      byline: 'Reuters and AFP',
      expected: [{ '@type': 'Organization', name: 'Reuters' }, afp],
    },
  ])('$byline', ({ byline, expected }) => {
    expect(bylineAuthors(byline)).toEqual(expected);
  });
});
