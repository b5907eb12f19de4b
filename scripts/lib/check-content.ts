/** Validates the content directory and prints the report; shared by `npm run validate` and `npm run build`. */
import type { CheckedEntry } from '../../src/lib/content/cross-references.ts';
import { formatReport } from '../../src/lib/content/problems.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { cardGlyphProblems } from '../../src/lib/card-glyphs.ts';
import { loadRepertoire } from '../../src/build/cards/repertoire.ts';
import { readContentFiles } from './content-files.ts';

export interface ContentCheck {
  ok: boolean;
  files: number;
  report: string;
  /** The entries that passed, with their bodies; the build lists the share cards from these. */
  entries: CheckedEntry[];
}

/** Reads and validates every entry under `root`. `production` leaves drafts out of the reference checks. */
export async function checkContent(root: string, production: boolean): Promise<ContentCheck> {
  const files = await readContentFiles(root);
  const { problems, entries } = validateContent(files, { production });
  // A character a share card cannot draw is reported with the rest, from the cards' own fonts and emoji set.
  problems.push(...cardGlyphProblems(entries, loadRepertoire()));
  return { ok: problems.length === 0, files: files.length, report: problems.length ? formatReport(problems) : '', entries };
}
