/** A map's title and text alternative: every place it shows, by country, and what the hatch means. */

/** A place as the text alternative names it. */
export interface NamedPlace {
  name: string;
  /** The country it lies in, as a sentence names it ("the United States"); undefined at sea. */
  country?: string | undefined;
}

/** "A", "A and B", "A, B and C". */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The sentence the text alternative adds when Crimea is in view. */
export const CRIMEA_SENTENCE = 'Crimea, hatched, is Ukrainian territory annexed by Russia in 2014.';

/** The places in groups by country, in the order their first place was given; places at sea last. */
function groups(places: readonly NamedPlace[]): { country: string | undefined; names: string[] }[] {
  const byCountry = new Map<string | undefined, string[]>();
  for (const { name, country } of places) byCountry.set(country, [...(byCountry.get(country) ?? []), name]);
  const atSea = byCountry.get(undefined);
  byCountry.delete(undefined);
  const list = [...byCountry].map(([country, names]) => ({ country, names }));
  return atSea ? [...list, { country: undefined, names: atSea }] : list;
}

/**
 * The text alternative: "Map showing Kyiv, Donetsk and Luhansk in Ukraine, and Moscow in Russia.
 * Crimea, hatched, …". Groups are set off by semicolons when one of them has commas of its own.
 */
export function altText(places: readonly NamedPlace[], crimeaShown: boolean): string {
  const parts = groups(places).map(({ country, names }) => (country ? `${listNames(names)} in ${country}` : listNames(names)));
  const separator = groups(places).some(({ names }) => names.length > 2) ? '; ' : ', ';
  const shown = parts.length <= 1 ? (parts[0] ?? '') : parts.length === 2 && separator === ', ' ? `${parts[0]} and ${parts[1]}` : `${parts.slice(0, -1).join(separator)}${separator}and ${parts[parts.length - 1]}`;
  const sentence = `Map showing ${shown}.`;
  return crimeaShown ? `${sentence} ${CRIMEA_SENTENCE}` : sentence;
}

/** The map's short title (its accessible name) when the page gives none. */
export function defaultTitle(places: readonly NamedPlace[]): string {
  return places.length <= 3 ? `Map: ${listNames(places.map((place) => place.name))}` : `Map of ${places.length} places`;
}
