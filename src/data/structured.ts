/** Site entries as the plain inputs the JSON-LD builders take (absolute URLs, plain text). */
import { lastUpdate, machineDate, type Updatable } from '../lib/corrections/updated.ts';
import { absoluteUrl, routes } from '../lib/routes.ts';
import type { ChangesInput, EventInput, ImageInput, PlaceInput, PlaceRef, TermInput, TermSetInput } from '../lib/seo/json-ld.ts';
import { CARD, SITE } from '../lib/constants.ts';
import { getSite, type GlossaryTerm, type Place, type TimelineEvent } from './site.ts';

/** The page's share card, then its crops (an article's 4:3 and 1:1), as absolute URLs with their sizes. */
export async function cardImagesOf(origin: string, pagePath: string): Promise<ImageInput[]> {
  const card = (await getSite()).card(pagePath);
  if (!card) return [];
  return [{ image: card.image, size: CARD }, ...card.crops].map(({ image, size }) => ({ url: absoluteUrl(origin, image), width: size.width, height: size.height }));
}

/** The glossary as a `DefinedTermSet`: its address and name. */
export function glossarySet(origin: string): TermSetInput {
  return { url: absoluteUrl(origin, routes.glossary()), name: `${SITE.shortTitle} glossary` };
}

/** A glossary term: its page, name, short definition and other spellings. */
export function termInput(origin: string, term: GlossaryTerm): TermInput {
  return { url: absoluteUrl(origin, term.url), name: term.data.term, description: term.data.short, aliases: term.data.aliases };
}

/** A timeline event: its page, title, summary text, dates and places. */
export function eventInput(origin: string, event: TimelineEvent): EventInput {
  return {
    url: absoluteUrl(origin, event.url),
    name: event.data.title,
    description: event.summary || event.data.title,
    startDate: event.data.date,
    endDate: event.data.end,
    places: event.places.map((place) => placeRef(origin, place)),
  };
}

/** A place as an event names it: its page, name and point. */
function placeRef(origin: string, place: Place): PlaceRef {
  return { url: absoluteUrl(origin, place.url), name: place.data.name, lat: place.data.lat, lon: place.data.lon };
}

/** A place: its page, name, point, other spellings, country and text. */
export function placeInput(origin: string, place: Place): PlaceInput {
  return { ...placeRef(origin, place), description: place.summary || place.data.name, aliases: place.data.aliases, country: place.data.country };
}

/** An entry's last update and corrections, for `dateModified` and `correction`. */
export function changesOf(data: Updatable): ChangesInput {
  const update = lastUpdate(data);
  return { modified: update && machineDate(update), corrections: data.corrections };
}
