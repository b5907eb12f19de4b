/** Where a new entry goes, and the next free file name when that one is taken. */
import { slugify } from '../../../src/lib/content/entry-id.ts';

/** Thrown for a request a writer can fix; `hint` says how. */
export class ScaffoldError extends Error {
  readonly hint: string;

  constructor(message: string, hint: string) {
    super(message);
    this.name = 'ScaffoldError';
    this.hint = hint;
  }
}

/** `minsk-agreements`, or a ScaffoldError when nothing of `text` can go in a file name. */
export function slugFor(text: string, option = '--slug'): string {
  const slug = slugify(text);
  if (!slug) {
    throw new ScaffoldError(
      `\`${text}\` cannot become a file name: file names use the letters a to z, digits and hyphens.`,
      `Give the file name yourself with ${option}, e.g. ${option} kyiv (lowercase letters, digits and hyphens).`,
    );
  }
  return slug;
}

/**
 * `map.mdx` if free, else `map-2.mdx`, `map-3.mdx`, …: the first name `isTaken` rejects not.
 * Only the part after the last `-<n>` counter changes, so `2021-04-06-call.mdx` becomes `2021-04-06-call-2.mdx`.
 */
export function nextFreeName(fileName: string, isTaken: (name: string) => boolean): string {
  if (!isTaken(fileName)) return fileName;
  const stem = fileName.replace(/\.mdx$/, '');
  for (let n = 2; ; n++) {
    const candidate = `${stem}-${n}.mdx`;
    if (!isTaken(candidate)) return candidate;
  }
}

/** A glossary entry's names, as read from its frontmatter. */
export interface NamedTerm {
  file: string;
  term: string;
  aliases: readonly string[];
}

/** The entry that already uses `name` as its term or an alias (case-insensitive), if any. */
export function findNameOwner(name: string, terms: readonly NamedTerm[]): { file: string; as: 'term' | 'alias' } | undefined {
  const wanted = name.trim().toLowerCase();
  for (const entry of terms) {
    if (entry.term.toLowerCase() === wanted) return { file: entry.file, as: 'term' };
    if (entry.aliases.some((alias) => alias.toLowerCase() === wanted)) return { file: entry.file, as: 'alias' };
  }
  return undefined;
}
