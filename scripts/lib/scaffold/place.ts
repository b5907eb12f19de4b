/**
 * The text of a new place entry, for `npm run new -- place "<name>"`. With a GeoNames proposal the
 * point, kind, country and source are filled in, each marked for the writer to check; without one,
 * every fact is a `TODO` placeholder. Either way the draft is valid, and it cannot be published
 * until the placeholders are gone.
 */
import { PLACEHOLDER, PLACEHOLDER_URL } from '../../../src/lib/content/placeholders.ts';
import { yamlString } from './templates.ts';
import type { GeoNamesPlace, PlaceProposal } from '../../../src/lib/places/geonames.ts';
import { geonamesUrl } from '../../../src/lib/places/geonames.ts';
import { PLACE_KIND_NAMES } from '../../../src/schemas/place-kinds.ts';

const KINDS = PLACE_KIND_NAMES.join(', ');

/** A new place called `name`: filled in from `proposal` when GeoNames knows it. `others` are further GeoNames matches the writer may have meant. */
export function placeTemplate(name: string, proposal?: PlaceProposal, others: readonly GeoNamesPlace[] = []): string {
  const fields = proposal ? proposedFields(proposal, others) : blankFields(name);
  const body = `${PLACEHOLDER}: one or two sentences about the place, in your own words, or delete this line to leave the page without text.`;
  return ['---', ...fields, 'draft: true', '---', body, ''].join('\n');
}

function blankFields(name: string): string[] {
  return [
    `name: ${yamlString(name.trim())}`,
    '# Other spellings that mean this place in `places:` lists, such as [Kiev].',
    'aliases: []',
    '# The point in decimal degrees (WGS84), as the source gives it: north and east are positive.',
    `lat: 0  # ${PLACEHOLDER}: the latitude, such as 50.4547`,
    `lon: 0  # ${PLACEHOLDER}: the longitude, such as 30.5238`,
    `kind: city  # ${PLACEHOLDER}: choose one of ${KINDS}`,
    `country: UA  # ${PLACEHOLDER}: the two-letter code of the country it is in, by recognised borders`,
    '# At least one source for the coordinates: its GeoNames page or its Wikipedia article.',
    'sources:',
    `  - name: ${yamlString(`${PLACEHOLDER}: the publisher, such as GeoNames`)}`,
    `    url: ${yamlString(PLACEHOLDER_URL)}`,
  ];
}

function proposedFields(proposal: PlaceProposal, others: readonly GeoNamesPlace[]): string[] {
  const aliases = proposal.aliases.map(yamlString).join(', ');
  const alternatives = others.map((o) => `${o.name}, ${o.country} (${geonamesUrl(o.id)})`).join('; ');
  return [
    `name: ${yamlString(proposal.name)}`,
    '# Other spellings that mean this place in `places:` lists, such as [Kiev].',
    `aliases: [${aliases}]`,
    `# Proposed from GeoNames: ${proposal.source.url}`,
    ...(alternatives ? [`# GeoNames also has: ${alternatives}.`] : []),
    `lat: ${String(proposal.lat)}  # ${PLACEHOLDER}: check the point against the source, then delete this note`,
    `lon: ${String(proposal.lon)}`,
    `kind: ${proposal.kind.kind}  # ${PLACEHOLDER}: ${proposal.kind.reason}; check it (${KINDS})`,
    `country: ${proposal.country}`,
    'sources:',
    `  - name: ${yamlString(proposal.source.name)}`,
    `    url: ${yamlString(proposal.source.url)}`,
    `    note: ${yamlString(proposal.source.note)}`,
  ];
}
