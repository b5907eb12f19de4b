/**
 * Pieces shared by the collection schemas. Every message here is read by writers, so it says
 * what is wrong and what a valid value looks like.
 */
import { z } from 'astro/zod';

/**
 * Astro reads frontmatter with js-yaml, which turns an unquoted `2014-02-22` into a Date; our own
 * validator reads it as text. Both arrive here, so a Date is turned back into its text form.
 */
function dateToText(value: unknown): unknown {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value;
}

const DAY_OR_MONTH = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/** True when `text` is `YYYY-MM-DD` or `YYYY-MM` and names a day or month that exists. */
export function isCalendarDate(text: string): boolean {
  const match = DAY_OR_MONTH.exec(text);
  if (!match) return false;
  const [, y, m, d] = match;
  const year = Number(y);
  const month = Number(m);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}

/** "`2021-02-30` is not a real calendar date: February 2021 has 28 days." */
export function notACalendarDate(text: string): string {
  const [year, month] = text.split('-').map(Number) as [number, number];
  if (month < 1 || month > 12) return `\`${text}\` is not a real calendar date: the month must be 01 to 12.`;
  const date = new Date(Date.UTC(year, month, 0));
  const monthName = date.toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  return `\`${text}\` is not a real calendar date: ${monthName} ${year} has ${date.getUTCDate()} days.`;
}

/** A day (`2014-02-22`) or, when the day is unknown, a month (`2014-08`). */
export const CalendarDateSchema = z.preprocess(
  dateToText,
  z
    .string({ error: 'Expected a date written as YYYY-MM-DD (or YYYY-MM when the day is unknown).' })
    .regex(DAY_OR_MONTH, {
      error: (issue) => `\`${String(issue.input)}\` is not a date in the form YYYY-MM-DD (or YYYY-MM when only the month is known), such as 2014-02-22.`,
      abort: true,
    })
    .refine(isCalendarDate, { error: (issue) => notACalendarDate(String(issue.input)) }),
);

const DATE_TIME_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** An ISO 8601 date-time with a UTC offset, such as `2021-04-06T12:00:00+03:00`. */
export const DateTimeSchema = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString() : value),
  z
    .string({ error: 'Expected a date and time such as 2021-04-06T12:00:00+03:00.' })
    .regex(DATE_TIME_WITH_OFFSET, {
      error: (issue) =>
        `\`${String(issue.input)}\` needs a date, a time and a UTC offset, such as 2021-04-06T12:00:00+03:00 (noon in Kyiv in summer).`,
      abort: true,
    })
    .refine((text) => isCalendarDate(text.slice(0, 10)), {
      error: (issue) => notACalendarDate(String(issue.input).slice(0, 10)),
    })
    .transform((text) => new Date(text)),
);

/** A web address that readers can follow: http or https only. */
export const WebUrlSchema = z.url({
  protocol: /^https?$/,
  hostname: z.regexes.domain,
  error: (issue) =>
    issue.input === undefined
      ? 'A source needs a `url`.'
      : `\`${String(issue.input)}\` is not a web address. Use a full URL starting with https://.${suggestUrl(String(issue.input))}`,
});

/** ` Did you mean \`https://…\`?` when the address only lacks its scheme. */
function suggestUrl(text: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(text) || !/^[\w-]+(\.[\w-]+)+(\/|$)/.test(text)) return '';
  return ` Did you mean \`https://${text}\`?`;
}

/** Where a fact comes from: a publisher's name and the address of the page that supports it. */
export const SourceSchema = z.strictObject({
  /** The publisher or document, as readers know it: `Reuters`, `NATO`, `Kyiv Post`. */
  name: z.string().trim().min(1, { error: 'A source needs a `name`, such as `Reuters`.' }),
  /** The page that supports the fact: a full https:// address. */
  url: WebUrlSchema,
  /** Optional: what this source confirms, or a caveat about it, shown beside the link. */
  note: z.string().trim().min(1).optional(),
});

/** One or more sources. Every timeline event and glossary term must cite at least one. */
export const SourcesSchema = z
  .array(SourceSchema, { error: 'List sources as `- name: …` / `url: …` items.' })
  .min(1, { error: 'Cite at least one source: add `- name: …` and `url: …` under `sources`.' });

/** A lowercase-kebab id of another entry, as in its file name (`map`, `minsk-agreements`). */
export const EntryIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: (issue) =>
      `\`${String(issue.input)}\` is not an entry id. Ids are file names without \`.mdx\`: lowercase words joined by hyphens.`,
  });

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day, `2026-11-29`: when a correction or an update was published. */
export const DaySchema = z.preprocess(
  dateToText,
  z
    .string({ error: 'Expected a day written as YYYY-MM-DD, such as 2026-11-29.' })
    .regex(DAY, {
      error: (issue) => `\`${String(issue.input)}\` is not a day in the form YYYY-MM-DD, such as 2026-11-29.`,
      abort: true,
    })
    .refine(isCalendarDate, { error: (issue) => notACalendarDate(String(issue.input)) }),
);

/**
 * One correction of a published fact, in the newsroom form: "An earlier version of this entry
 * said … It was …". Readers see it, dated, at the end of the entry and on /corrections/.
 */
export const CorrectionSchema = z.strictObject({
  /** The day the correction was published: `2026-11-29`. */
  date: DaySchema,
  /** What was wrong and what is right, in plain text: "An earlier version of this entry said … It was …". */
  text: z.string().trim().min(1, { error: 'A correction needs a `text`: "An earlier version of this entry said … It was …".' }),
});

/** Optional: the corrections of this entry, oldest first. Setting one moves the entry's `updated` date. */
export const CorrectionsSchema = z
  .array(CorrectionSchema, { error: 'List corrections as `- date: …` / `text: …` items.' })
  .default([]);

/** `draft: true` keeps an entry out of production builds; it still shows in `npm run dev`. */
export const DraftSchema = z.boolean().optional();

export type Source = z.infer<typeof SourceSchema>;
export type Correction = z.infer<typeof CorrectionSchema>;
