/** The schema of each collection, by collection name: the content config and the validator both read this. */
import { ArticleSchema } from './article.ts';
import { GlossaryTermSchema } from './glossary.ts';
import { PlaceSchema } from './place.ts';
import { TimelineEventSchema } from './timeline.ts';

export const SCHEMAS = {
  articles: ArticleSchema,
  timeline: TimelineEventSchema,
  glossary: GlossaryTermSchema,
  places: PlaceSchema,
} as const;

export { ArticleSchema, GlossaryTermSchema, PlaceSchema, TimelineEventSchema };
export type { ArticleData } from './article.ts';
export type { GlossaryTermData } from './glossary.ts';
export type { PlaceData } from './place.ts';
export type { TimelineEventData } from './timeline.ts';
export type { Correction, Source } from './shared.ts';
