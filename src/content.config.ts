import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { SCHEMAS } from './schemas/index.ts';
import { COLLECTIONS, type CollectionName } from './lib/site.ts';
import { contentRoot, ENTRY_PATTERN } from './content-root.ts';

function collection(name: CollectionName) {
  return defineCollection({
    loader: glob({ pattern: ENTRY_PATTERN, base: `${contentRoot()}/${COLLECTIONS[name].dir}` }),
    schema: SCHEMAS[name],
  });
}

export const collections = {
  articles: collection('articles'),
  timeline: collection('timeline'),
  glossary: collection('glossary'),
};
