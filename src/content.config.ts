import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { SCHEMAS } from './schemas/index.ts';
import { COLLECTIONS, type CollectionName } from './lib/site.ts';
import { contentRoot, ENTRY_PATTERN } from './content-root.ts';

function loader(name: CollectionName) {
  return glob({ pattern: ENTRY_PATTERN, base: `${contentRoot()}/${COLLECTIONS[name].dir}` });
}

export const collections = {
  articles: defineCollection({ loader: loader('articles'), schema: SCHEMAS.articles }),
  timeline: defineCollection({ loader: loader('timeline'), schema: SCHEMAS.timeline }),
  glossary: defineCollection({ loader: loader('glossary'), schema: SCHEMAS.glossary }),
};
