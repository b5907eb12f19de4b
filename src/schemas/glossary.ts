/** The glossary collection: `content/glossary/<id>.mdx`. The body is the full explanation. */
import { z } from 'astro/zod';
import { CorrectionsSchema, DaySchema, DraftSchema, EntryIdSchema, SourcesSchema } from './shared.ts';

export const GlossaryTermSchema = z.strictObject({
  /** The name readers see: `MAP`, `Donbas`, `Minsk agreements`. It is linked where it appears in articles. */
  term: z.string().trim().min(1, { error: 'A glossary entry needs a `term`.' }),
  /** Other names and spellings that should link here too: `[Donbass, Donets Basin]`. */
  aliases: z.array(z.string().trim().min(1)).default([]),
  /** A plain-text definition of at most 200 characters, shown in popovers and on the share card. */
  short: z
    .string()
    .trim()
    .min(1, { error: 'Write a `short` definition of at most 200 characters.' })
    .max(200, {
      error: (issue) =>
        `\`short\` is ${String((issue.input as string).length)} characters long; keep it to 200 or fewer. Move the detail into the body.`,
    })
    .refine((text) => !/[*_`[\]<>]/.test(text), {
      error: '`short` is plain text: remove Markdown or HTML such as *, _, `, [ ] or < >.',
    }),
  /** Set `true` for acronyms that are also ordinary words, so "MAP" links but "map" does not. */
  caseSensitive: z.boolean().default(false),
  /** Other glossary ids a reader might want next: `[nato, minsk-agreements]`. */
  related: z.array(EntryIdSchema).default([]),
  /** At least one `{ name, url }` that supports the definition. */
  sources: SourcesSchema,
  /** Optional: the day the entry was last changed in substance, `2026-11-29`. */
  updated: DaySchema.optional(),
  /** Optional: corrections of published facts, each `{ date, text }`. */
  corrections: CorrectionsSchema,
  draft: DraftSchema,
});

export type GlossaryTermData = z.infer<typeof GlossaryTermSchema>;
