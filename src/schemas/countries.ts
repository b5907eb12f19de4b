/**
 * Countries, by their ISO 3166-1 alpha-2 code (`UA`), with the short English names newsrooms use
 * ("Russia", not "Russian Federation"). The table comes from the `countries-list` package.
 */
import { countries } from 'countries-list';
import { closest } from './suggest.ts';
import { placeKey } from './place-names.ts';

/** Every country code the gazetteer accepts, sorted. */
export const COUNTRY_CODES: readonly string[] = Object.keys(countries).sort();

const NAMES: ReadonlyMap<string, string> = new Map(COUNTRY_CODES.map((code) => [code, countries[code as keyof typeof countries].name]));

/** True when `value` is a country code in capitals, such as `UA`. */
export function isCountryCode(value: unknown): value is string {
  return typeof value === 'string' && NAMES.has(value);
}

/** The English name of a country code: `UA` → `Ukraine`; undefined for an unknown code. */
export function countryName(code: string): string | undefined {
  return NAMES.get(code);
}

/** Codes writers often type that ISO assigns to nothing or to another country. */
const CODE_ALIASES: Readonly<Record<string, string>> = { UK: 'GB', EL: 'GR' };

/** Names and native names of every country, by key, for looking a country up by name. */
const BY_NAME: ReadonlyMap<string, string> = new Map(
  COUNTRY_CODES.flatMap((code) => {
    const { name, native } = countries[code as keyof typeof countries];
    return [name, native].map((text): [string, string] => [placeKey(text), code]);
  }),
);

/** Extra English names that the table does not carry, by key. */
const NAME_ALIASES: Readonly<Record<string, string>> = {
  'united-states-of-america': 'US',
  usa: 'US',
  'russian-federation': 'RU',
  'great-britain': 'GB',
  britain: 'GB',
  turkey: 'TR',
  'czech-republic': 'CZ',
  holland: 'NL',
};

/**
 * The country code a writer most likely meant: `ua` → `UA`, `Ukraine` → `UA`, `UK` → `GB`,
 * `Ukrain` → `UA`. Undefined when nothing is close.
 */
export function suggestCountryCode(input: string): string | undefined {
  const upper = input.trim().toUpperCase();
  if (NAMES.has(upper)) return upper;
  if (CODE_ALIASES[upper]) return CODE_ALIASES[upper];
  const key = placeKey(input);
  const named = BY_NAME.get(key) ?? NAME_ALIASES[key];
  if (named) return named;
  if (key.length < 4) return undefined;
  const near = closest(key, [...BY_NAME.keys(), ...Object.keys(NAME_ALIASES)]);
  return near === undefined ? undefined : (BY_NAME.get(near) ?? NAME_ALIASES[near]);
}
