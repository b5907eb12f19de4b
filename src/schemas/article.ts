/** The article collection: `content/articles/<slug>.mdx`. The file name is the URL slug. */
import { z } from 'astro/zod';
import { CorrectionsSchema, DateTimeSchema, DraftSchema, EntryIdSchema, SourceSchema, SourcesSchema } from './shared.ts';

export const ArticleSchema = z
  .strictObject({
    /** The headline, as published. */
    title: z.string().trim().min(1, { error: 'An article needs a `title` (its headline).' }),
    /** One or two sentences under the headline that say why the story matters. */
    dek: z.string().trim().min(1, { error: 'Add a `dek`: one or two sentences under the headline.' }).max(300),
    /** When the story was first published: date, time and UTC offset, e.g. `2021-04-06T12:00:00+03:00`. */
    published: DateTimeSchema,
    /** Optional: when the story was last changed, in the same form as `published`. */
    updated: DateTimeSchema.optional(),
    /** Who wrote it, as the byline reads: `AFP (Olga Shylenko)`. */
    byline: z.string().trim().min(1),
    /** The outlet whose version this is: its name and the address of the story (or its author page). */
    source: SourceSchema,
    /** The credit line printed with the story: `AFP via The Moscow Times`. */
    credit: z.string().trim().min(1),
    /** Topic tags, lowercase, shown on the page and used by search. */
    tags: z.array(z.string().trim().min(1)).default([]),
    /** Three to five short facts for the front page and the share card. Plain text, no Markdown. */
    keyPoints: z
      .array(z.string().trim().min(1).max(160, { error: 'Keep each key point under 160 characters.' }))
      .min(3, { error: 'Give 3 to 5 `keyPoints`; this list has fewer than 3.' })
      .max(5, { error: 'Give 3 to 5 `keyPoints`; this list has more than 5.' }),
    /** Optional: timeline ids of the background events that lead up to the story, shown beside it. */
    events: z.array(EntryIdSchema).default([]),
    /** Optional: the places the story names, for its locator map, most important first: `[avdiivka, donetsk, kyiv]`. */
    places: z.array(z.string().trim().min(1)).default([]),
    /** Optional: the photo that ran with the wire copy. Kept as provenance; the site shows no photo. */
    photo: z.strictObject({ caption: z.string().trim().min(1), credit: z.string().trim().min(1) }).optional(),
    /** Optional: further sources that confirm the story's facts (official readouts, other reprints). */
    sources: SourcesSchema.optional(),
    /** Optional: a note on how the text was edited (for example the scanning defects fixed). */
    editorsNote: z.string().trim().min(1).optional(),
    /** Set to `false` to turn off automatic glossary links in this article. */
    glossary: z.boolean().default(true),
    /** Glossary ids never to link automatically in this article: `[kremlin, nato]`. */
    glossaryExclude: z.array(EntryIdSchema).default([]),
    /** Optional: corrections of published facts, each `{ date, text }`. */
    corrections: CorrectionsSchema,
    draft: DraftSchema,
  })
  .refine((data) => !data.updated || data.updated >= data.published, {
    error: '`updated` is earlier than `published`. Check both dates.',
    path: ['updated'],
  });

export type ArticleData = z.infer<typeof ArticleSchema>;
