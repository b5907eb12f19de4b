/** The timeline collection: `content/timeline/<yyyy-mm-dd>-<slug>.mdx`. The body is the summary. */
import { z } from 'astro/zod';
import { CATEGORIES } from './categories.ts';
import { CalendarDateSchema, CorrectionsSchema, DaySchema, DraftSchema, EntryIdSchema, SourcesSchema } from './shared.ts';

export const TimelineEventSchema = z
  .strictObject({
    /** When it happened: `2014-02-22`, or `2014-08` when only the month is known. Must match the file name. */
    date: CalendarDateSchema,
    /** Optional: the last day of an event that lasted several days, in the same form as `date`. */
    end: CalendarDateSchema.optional(),
    /** A short headline in sentence case, without a final full stop. */
    title: z.string().trim().min(1, { error: 'An event needs a `title`.' }).max(120),
    /** One of: politics, military, diplomacy, nato-eu, humanitarian. */
    category: z.enum(CATEGORIES, {
      error: (issue) =>
        `\`${String(issue.input)}\` is not a category. Use one of: ${CATEGORIES.join(', ')}.`,
    }),
    /** Optional: where it happened, as place names: `[Kyiv, Kharkiv]`. */
    places: z.array(z.string().trim().min(1)).default([]),
    /** Optional: glossary ids the event involves; each must be a file in content/glossary/. */
    terms: z.array(EntryIdSchema).default([]),
    /** At least one `{ name, url }` that supports the event. */
    sources: SourcesSchema,
    /** Optional: the day the entry was last changed in substance, `2026-11-29`. */
    updated: DaySchema.optional(),
    /** Optional: corrections of published facts, each `{ date, text }`. */
    corrections: CorrectionsSchema,
    draft: DraftSchema,
  })
  .refine((data) => !data.end || data.end > data.date, {
    error: '`end` must come after `date`. Remove `end` for a one-day event.',
    path: ['end'],
  });

export type TimelineEventData = z.infer<typeof TimelineEventSchema>;
