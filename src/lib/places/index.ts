/** Places: the gazetteer's kinds, countries and coordinates, resolving `places:` values, and proposing new entries. See README.md. */
export { checkPlaceLists, type PlaceCheckOptions, type PlaceList } from './check.ts';
export { AXES, formatCoordinates, inRange, parseDegrees, roundDegrees, type Axis, type ParsedDegrees } from '../../schemas/coordinates.ts';
export { COUNTRY_CODES, countryName, isCountryCode, suggestCountryCode } from '../../schemas/countries.ts';
export { buildGazetteer, resolvePlace, suggestPlace, type Gazetteer, type PlaceEntry, type PlaceNames, type PlaceSuggestion } from './gazetteer.ts';
export {
  findGeoNames,
  geonamesUrl,
  kindFromGeoNames,
  proposePlace,
  type GeoNamesPlace,
  type PlaceProposal,
  type ProposedKind,
} from './geonames.ts';
export { isPlaceKind, kindForSynonym, PLACE_KIND_NAMES, PLACE_KINDS, type PlaceKind, type PlaceKindInfo } from '../../schemas/place-kinds.ts';
export { placeKey } from '../../schemas/place-names.ts';
