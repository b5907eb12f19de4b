/** Validates the content directory and prints the report; shared by `npm run validate` and `npm run build`. */
import type { CheckedEntry } from '../../../src/lib/content/cross-references.ts';
import { formatReport, isError } from '../../../src/lib/content/problems.ts';
import { validateContent } from '../../../src/lib/content/validate.ts';
import type { DraftPolicy } from '../../../src/lib/drafts.ts';
import { readContent } from './read-content.ts';
import { loadBasemap } from '../../../src/node/basemap.ts';
import { cardGlyphProblems } from '../../../src/cards/glyphs.ts';
import { loadRepertoire } from '../../../src/cards/repertoire.ts';

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

/** Reads and validates every entry under `root`; drafts take part in the reference checks only when `policy` shows them. */
export async function checkContent(root: string, policy: DraftPolicy): Promise<ContentCheck> {
  const files = await readContent(root);
  // The map data checks each place's point against its country; it is read once and kept for the maps.
  const { problems, entries } = validateContent(files, policy, { basemap: loadBasemap() });
  // A character a share card cannot draw is reported with the rest, from the cards' own fonts and emoji set.
  problems.push(...cardGlyphProblems(entries, loadRepertoire()));
  const warnings = problems.filter((p) => !isError(p)).length;
  return { ok: warnings === problems.length, files: files.length, report: problems.length ? formatReport(problems) : '', warnings, entries };
}
