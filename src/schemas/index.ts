/** The schema of each collection, by collection name: the content config and the validator both read this. */
import { ArticleSchema } from './article.ts';
import { GlossaryTermSchema } from './glossary.ts';
import { TimelineEventSchema } from './timeline.ts';

export const SCHEMAS = {
  articles: ArticleSchema,
  timeline: TimelineEventSchema,
  glossary: GlossaryTermSchema,
} as const;

export { ArticleSchema, GlossaryTermSchema, TimelineEventSchema };
export type { ArticleData } from './article.ts';
export type { GlossaryTermData } from './glossary.ts';
export type { TimelineEventData } from './timeline.ts';
export type { Correction, Source } from './shared.ts';
