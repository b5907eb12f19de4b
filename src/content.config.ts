import { defineCollection } from 'astro:content';
import { ArticleSchema, GlossaryTermSchema, PlaceSchema, TimelineEventSchema } from './schemas/index.ts';
import type { CollectionName } from './lib/constants.ts';
import { contentRoot } from './node/content-root.ts';
import { entryLoader } from './loaders/entries.ts';

// The glossary integration defines the fingerprint of what rendered bodies depend on (astro.config.mjs).
const loader = (name: CollectionName) => entryLoader(contentRoot(), name, { markdownFingerprint: import.meta.env.MARKDOWN_FINGERPRINT });

// Spelled out per collection (not built in a loop) so each collection keeps its own inferred type.
export const collections = {
  articles: defineCollection({ loader: loader('articles'), schema: ArticleSchema }),
  timeline: defineCollection({ loader: loader('timeline'), schema: TimelineEventSchema }),
  glossary: defineCollection({ loader: loader('glossary'), schema: GlossaryTermSchema }),
  places: defineCollection({ loader: loader('places'), schema: PlaceSchema }),
};
