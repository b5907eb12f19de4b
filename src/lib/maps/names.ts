/**
 * The names a map writes. Natural Earth abbreviates names to fit small-scale maps ("Bosnia and
 * Herz."); labels and text alternatives spell them out, and shorten the one name newsrooms do.
 */

/** Natural Earth's name → the name a reader sees. Names not listed are used as they are. */
const DISPLAY_NAMES: Readonly<Record<string, string>> = {
  'Antigua and Barb.': 'Antigua and Barbuda',
  'Bosnia and Herz.': 'Bosnia and Herzegovina',
  'Br. Indian Ocean Ter.': 'British Indian Ocean Territory',
  'Central African Rep.': 'Central African Republic',
  'Dem. Rep. Congo': 'Democratic Republic of the Congo',
  'Dominican Rep.': 'Dominican Republic',
  'Eq. Guinea': 'Equatorial Guinea',
  'Faeroe Is.': 'Faroe Islands',
  'Falkland Is.': 'Falkland Islands',
  'Fr. Polynesia': 'French Polynesia',
  'Fr. S. Antarctic Lands': 'French Southern and Antarctic Lands',
  'Heard I. and McDonald Is.': 'Heard Island and McDonald Islands',
  Macedonia: 'North Macedonia',
  'Marshall Is.': 'Marshall Islands',
  'N. Mariana Is.': 'Northern Mariana Islands',
  'S. Geo. and the Is.': 'South Georgia and the South Sandwich Islands',
  'S. Sudan': 'South Sudan',
  'Solomon Is.': 'Solomon Islands',
  'St. Kitts and Nevis': 'Saint Kitts and Nevis',
  'St. Pierre and Miquelon': 'Saint Pierre and Miquelon',
  'St. Vin. and Gren.': 'Saint Vincent and the Grenadines',
  'St-Barthélemy': 'Saint Barthélemy',
  'St-Martin': 'Saint Martin',
  'Turks and Caicos Is.': 'Turks and Caicos Islands',
  'U.S. Virgin Is.': 'U.S. Virgin Islands',
  'British Virgin Is.': 'British Virgin Islands',
  'Cayman Is.': 'Cayman Islands',
  'Cook Is.': 'Cook Islands',
  'Pitcairn Is.': 'Pitcairn Islands',
  'United States of America': 'United States',
  'W. Sahara': 'Western Sahara',
  'Wallis and Futuna Is.': 'Wallis and Futuna',
  eSwatini: 'Eswatini',
};

/** The name a reader sees for Natural Earth's `name`. */
export function displayName(name: string): string {
  return DISPLAY_NAMES[name] ?? name;
}

/** Names a sentence sets after "the" ("in the United States"). */
const WITH_THE = new Set([
  'Bahamas',
  'Central African Republic',
  'Czech Republic',
  'Democratic Republic of the Congo',
  'Dominican Republic',
  'Falkland Islands',
  'Gambia',
  'Maldives',
  'Marshall Islands',
  'Netherlands',
  'Philippines',
  'Solomon Islands',
  'United Arab Emirates',
  'United Kingdom',
  'United States',
]);

/** A country's name as a sentence uses it: "the United States", "Ukraine". */
export function inSentence(label: string): string {
  return WITH_THE.has(label) ? `the ${label}` : label;
}

/**
 * Territories Natural Earth draws apart from the country the UN recognises as sovereign over them:
 * each is merged into that country, so no border is drawn around it. (Crimea has its own module,
 * since the map also marks it.) Kosovo and Western Sahara stay as drawn: they are drawn so by the
 * agencies too.
 */
export const MERGED_INTO: Readonly<Record<string, string>> = {
  'N. Cyprus': 'Cyprus',
  'Cyprus U.N. Buffer Zone': 'Cyprus',
  Somaliland: 'Somalia',
  Baikonur: 'Kazakhstan',
};
