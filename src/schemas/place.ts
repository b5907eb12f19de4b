/** The gazetteer: `content/places/<id>.mdx`, one place per file. The body, if any, is one or two sentences about it. */
import { z } from 'astro/zod';
import { AXES, inRange, parseDegrees, type Axis } from './coordinates.ts';
import { countryName, isCountryCode, suggestCountryCode } from './countries.ts';
import { kindForSynonym, PLACE_KIND_NAMES, PLACE_KINDS } from './place-kinds.ts';
import { CorrectionsSchema, DaySchema, DraftSchema, SourcesSchema } from './shared.ts';

/** A plain decimal number written as text, which YAML keeps as a string when it is quoted. */
const DECIMAL = /^[+-]?\d+(?:\.\d+)?$/;

/** One coordinate: a number of decimal degrees inside the axis's range. */
function degrees(axis: Axis) {
  const { name, ends } = AXES[axis];
  return z.preprocess(
    (value) => (typeof value === 'string' && DECIMAL.test(value.trim()) ? Number(value) : value),
    z
      .number({ error: (issue) => notDecimal(axis, issue.input) })
      .refine((value) => inRange(value, axis), {
        error: (issue) =>
          `\`${axis}\` is \`${String(issue.input)}\`, but ${name} runs from ${ends}. Check that \`lat\` and \`lon\` are not swapped.`,
      }),
  );
}

/** The message for a coordinate that is not a number, with the decimal form when the text can be read. */
function notDecimal(axis: Axis, input: unknown): string {
  const example = axis === 'lat' ? '50.4547' : '30.5238';
  const head = `\`${axis}\` must be a number of decimal degrees, such as ${example}`;
  if (typeof input !== 'string') return `${head}.`;
  const parsed = parseDegrees(input);
  if (!parsed) return `${head}, not \`${input}\`. Positive is ${AXES[axis].positive === 'N' ? 'north' : 'east'}, negative ${AXES[axis].negative === 'S' ? 'south' : 'west'}.`;
  if (parsed.axis && parsed.axis !== axis) {
    return `${head}. \`${input}\` is a ${AXES[parsed.axis].name}: check that \`lat\` and \`lon\` are not swapped.`;
  }
  return `${head}, not \`${input}\`. Did you mean \`${String(parsed.value)}\`?`;
}

const KIND_LIST = PLACE_KIND_NAMES.join(', ');

/** The two-letter code of a country, with a suggestion when the writer gave a name or lower case. */
const CountryCodeSchema = z.string({ error: 'Write `country` as a two-letter code such as `UA`.' }).refine(isCountryCode, {
  error: (issue) => {
    const input = String(issue.input);
    const code = suggestCountryCode(input);
    const hint = code ? ` Did you mean \`${code}\` (${countryName(code) ?? code})?` : ' Ukraine is `UA`, Russia `RU`.';
    return `\`${input}\` is not a country code. Write the country's two-letter ISO 3166-1 code in capitals.${hint}`;
  },
});

/** A place entry's frontmatter: its name and spellings, its point, its kind and country, and the sources for the point. */
export const PlaceSchema = z
  .strictObject({
    /** The name readers see on maps and pages, in the site's spelling: `Kyiv`, `Donetsk Oblast`, `Kerch Strait`. */
    name: z
      .string()
      .trim()
      .min(1, { error: 'A place needs a `name`: the spelling readers see, such as `Kyiv`.' })
      .max(60, { error: 'Keep `name` to 60 characters or fewer: it labels the place on maps.' }),
    /** Other spellings that mean this place in `places:` lists: `[Kiev]`, `[Lugansk]`. Case and accents do not matter. */
    aliases: z.array(z.string().trim().min(1)).default([]),
    /** Latitude in decimal degrees (WGS84), north positive: `50.4547`. Round to 2–4 decimals, as the source gives it. */
    lat: degrees('lat'),
    /** Longitude in decimal degrees (WGS84), east positive: `30.5238`. West of Greenwich is negative. */
    lon: degrees('lon'),
    /** What sort of place it is: city, town, village, site, region, country, peninsula, island, sea or strait. */
    kind: z.enum(PLACE_KIND_NAMES, {
      error: (issue) => {
        const input = String(issue.input);
        const near = kindForSynonym(input);
        return `\`${input}\` is not a kind of place. Use one of: ${KIND_LIST}.${near ? ` Did you mean \`${near}\`?` : ''}`;
      },
    }),
    /**
     * The two-letter ISO code of the country the place is in, by its internationally recognised
     * borders: `UA` for Crimea and for every place Russia occupies. Seas and straits may leave it out.
     */
    country: CountryCodeSchema.optional(),
    /** At least one `{ name, url }` that gives the coordinates: a GeoNames page, or the Wikipedia article. */
    sources: SourcesSchema,
    /** Optional: the day the entry was last changed in substance, `2026-11-29`. */
    updated: DaySchema.optional(),
    /** Optional: corrections of published facts, each `{ date, text }`. */
    corrections: CorrectionsSchema,
    draft: DraftSchema,
  })
  .refine((data) => data.country !== undefined || PLACE_KINDS[data.kind].water, {
    error: (issue) => {
      const kind = (issue.input as { kind: keyof typeof PLACE_KINDS }).kind;
      return `${/^[aeiou]/.test(kind) ? 'An' : 'A'} ${kind} needs a \`country\`: the two-letter code of the country it is in, such as \`country: UA\`. Use internationally recognised borders: places in Crimea are \`UA\`.`;
    },
  });

/** A place entry's data, once parsed. */
export type PlaceData = z.infer<typeof PlaceSchema>;
