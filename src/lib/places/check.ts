/**
 * Checks the `places:` lists of timeline events and articles against the gazetteer: every value
 * must name a published place, once.
 */
import type { Problem } from '../content/problems.ts';
import { resolvePlace, suggestPlace, type Gazetteer, type PlaceNames, type PlaceSuggestion } from './gazetteer.ts';

/** A list of place names in one entry: a timeline event's or an article's `places`. */
export interface PlaceList {
  /** Path relative to the project root: `content/timeline/2017-01-29-battle-of-avdiivka.mdx`. */
  file: string;
  /** The frontmatter field that holds the list: `places`. */
  field: string;
  values: readonly string[];
  /** Line of a frontmatter field (`['places', 2]`), when the caller knows it. */
  lineOf?: (path: readonly PropertyKey[]) => number;
}

/** How strict the check is. */
export interface PlaceCheckOptions {
  /** In production, drafts are left out, so nothing published may name a draft place. */
  production: boolean;
  /** Values not to report as unknown: those naming a place file that failed validation, reported there already. */
  skipUnknown?: (value: string) => boolean;
}

/** Every problem with the place names in `lists`: unknown places, draft places, and a place named twice. */
export function checkPlaceLists<T extends PlaceNames>(lists: readonly PlaceList[], gazetteer: Gazetteer<T>, options: PlaceCheckOptions): Problem[] {
  return lists.flatMap((list) => checkList(list, gazetteer, options));
}

function checkList<T extends PlaceNames>(list: PlaceList, gazetteer: Gazetteer<T>, options: PlaceCheckOptions): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  list.values.forEach((value, index) => {
    const at = {
      file: list.file,
      ...(list.lineOf ? { line: list.lineOf([list.field, index]) } : {}),
      field: `${list.field}[${index}]`,
    };
    const place = resolvePlace(gazetteer, value);
    if (!place) {
      if (options.skipUnknown?.(value)) return;
      problems.push({ ...at, ...unknownPlace(value, list.field, gazetteer) });
      return;
    }
    if (options.production && place.data.draft) {
      problems.push({
        ...at,
        message: `The place \`${value}\` in \`${list.field}\` is still a draft, so published pages cannot show it.`,
        hint: `Publish ${place.file} (remove \`draft: true\`), or remove \`${value}\` from the list.`,
      });
      return;
    }
    const earlier = seen.get(place.id);
    if (earlier !== undefined) {
      problems.push({
        ...at,
        severity: 'warning',
        message: `\`${value}\` and \`${earlier}\` in \`${list.field}\` are the same place, ${place.data.name} (${place.file}).`,
        hint: `List it once: remove \`${value}\`.`,
      });
    }
    seen.set(place.id, value);
  });
  return problems;
}

function unknownPlace<T extends PlaceNames>(value: string, field: string, gazetteer: Gazetteer<T>): Pick<Problem, 'message' | 'hint'> {
  const suggestion = suggestPlace(gazetteer, value);
  return {
    message: `Unknown place \`${value}\` in \`${field}\`.`,
    hint: [
      `Each place must be the name, an alias or the file name of an entry in content/places/.${didYouMean(suggestion)}`,
      `If it is a new place, add it with: npm run new -- place ${JSON.stringify(value)}`,
    ].join('\n'),
  };
}

/** ` Did you mean \`Kiev\` (Kyiv)?`: an alias also names the place it stands for. */
function didYouMean<T extends PlaceNames>(suggestion: PlaceSuggestion<T> | undefined): string {
  if (!suggestion) return '';
  const { spelling, place } = suggestion;
  return ` Did you mean \`${spelling}\`${spelling === place.data.name ? '' : ` (${place.data.name})`}?`;
}
