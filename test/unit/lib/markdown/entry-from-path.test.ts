import { describe, expect, test } from 'vitest';
import { entryFromPath } from '../../../../src/lib/markdown/entry-from-path.ts';

const ROOT = '/site/content';

describe('entryFromPath', () => {
  test.each([
    ['/site/content/articles/ukraine-urges-nato-membership.mdx', { collection: 'articles', id: 'ukraine-urges-nato-membership' }],
    ['/site/content/timeline/2014-08-battle-of-ilovaisk.mdx', { collection: 'timeline', id: '2014-08-battle-of-ilovaisk' }],
    ['/site/content/glossary/map.mdx', { collection: 'glossary', id: 'map' }],
    // Subfolders hold no entries (the validator and the loader refuse them).
    ['/site/content/glossary/sub/term.mdx', undefined],
    ['/site/content/glossary/.map.mdx', undefined],
    ['C:\\site\\content\\glossary\\map.mdx', undefined],
    ['/site/content/glossary/_draft.mdx', undefined],
    ['/site/content/glossary/_wip/map.mdx', undefined],
    ['/site/content/other/map.mdx', undefined],
    ['/site/content/glossary/map.md', undefined],
    ['/site/src/pages/about.mdx', undefined],
    ['/site/content-old/glossary/map.mdx', undefined],
  ])('%s', (file, expected) => {
    expect(entryFromPath(file, ROOT)).toEqual(expected);
  });

  test('Windows paths', () => {
    expect(entryFromPath('C:\\site\\content\\glossary\\map.mdx', 'C:\\site\\content\\')).toEqual({ collection: 'glossary', id: 'map' });
  });
});
