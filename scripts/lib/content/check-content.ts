/**
 * Validates the content directory and prints the report; shared by `npm run validate` and `npm run build`.
 *
 * The checks come in two parts. The first reads every entry and checks it on its own and against
 * the others: after it, the site's pages and cards are known. The second needs the map data (a
 * place's point against its country) and the cards' fonts (a character no card can draw); on a
 * first build, preparing those takes a second or two, so the build starts drawing cards between
 * the two parts. Either part's problems fail the build, and every problem is reported at once.
 */
import type { CheckedEntry } from '../../../src/lib/content/cross-references.ts';
import { formatReport, isError, type Problem } from '../../../src/lib/content/problems.ts';
import { validateContent } from '../../../src/lib/content/validate.ts';
import type { DraftPolicy } from '../../../src/lib/drafts.ts';
import { placeCountryProblems } from '../../../src/lib/places/content-check.ts';
import { readContent } from './read-content.ts';
import { loadBasemap } from '../../../src/node/basemap.ts';
import { cardGlyphProblems } from '../../../src/cards/glyphs.ts';
import { loadRepertoire } from '../../../src/cards/repertoire.ts';

/** The first part: every entry read and checked, alone and against the others. */
export interface EntriesCheck {
  files: number;
  /** The entries that passed, with their bodies; the build lists the share cards from these. */
  entries: CheckedEntry[];
  problems: Problem[];
  /** False when any problem so far is an error: the site would not be built, so no card is worth drawing. */
  sound: boolean;
}

export interface ContentCheck {
  /** False when any problem is an error; warnings alone leave it true. */
  ok: boolean;
  files: number;
  /** Every error and warning, ready to print; empty when there are none. */
  report: string;
  /** How many of the problems are warnings. */
  warnings: number;
  /** The entries that passed, with their bodies; the build lists the share cards from these. */
  entries: CheckedEntry[];
}

/** Reads every entry under `root` and validates it, and the references between entries; drafts take part in those only when `policy` shows them. */
export async function checkEntries(root: string, policy: DraftPolicy): Promise<EntriesCheck> {
  const files = await readContent(root);
  const { problems, entries } = validateContent(files, policy);
  return { files: files.length, entries, problems, sound: !problems.some(isError) };
}

/** The second part, and the whole report: each place's point against its country on the map, and every character a card shows against the cards' fonts and emoji set. */
export function finishContentCheck(checked: EntriesCheck, policy: DraftPolicy): ContentCheck {
  const { files, entries } = checked;
  // The map data is read once and kept in this process for the maps; the repertoire comes from the cards' own fonts.
  const problems = [...checked.problems, ...placeCountryProblems(entries, policy, loadBasemap()), ...cardGlyphProblems(entries, loadRepertoire())];
  const warnings = problems.filter((p) => !isError(p)).length;
  return { ok: warnings === problems.length, files, report: problems.length ? formatReport(problems) : '', warnings, entries };
}

/** Reads and validates every entry under `root`, both parts; drafts take part in the reference checks only when `policy` shows them. */
export async function checkContent(root: string, policy: DraftPolicy): Promise<ContentCheck> {
  return finishContentCheck(await checkEntries(root, policy), policy);
}
