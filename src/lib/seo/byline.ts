/**
 * Bylines as structured authors. Wire copy is credited `Agency (Reporter)`, as in
 * `AFP (Olga Shylenko)`; a byline without parentheses names the organisation alone.
 */

type Thing = Record<string, unknown>;

const WITH_REPORTERS = /^(?<agency>[^()]+?)\s*\((?<people>[^()]+)\)$/;

/** Splits `A, B and C` into names. */
function splitNames(text: string): string[] {
  return text
    .split(/\s*,\s*|\s+and\s+|\s*&\s*/)
    .map((name) => name.trim())
    .filter(Boolean);
}

/** The schema.org `author` value for a byline: the reporters as Persons working for the agency, or the organisations. */
export function bylineAuthors(byline: string): Thing[] {
  const match = WITH_REPORTERS.exec(byline.trim());
  if (match?.groups) {
    const agency = { '@type': 'Organization', name: match.groups['agency']!.trim() };
    return splitNames(match.groups['people']!).map((name) => ({ '@type': 'Person', name, worksFor: agency }));
  }
  return splitNames(byline).map((name) => ({ '@type': 'Organization', name }));
}
