/** Compares two builds file by file, for the determinism check: which files only one has, and which differ. */

/** A file of a build: its site-relative key and content hash. */
export interface BuiltFile {
  key: string;
  hash: string;
}

/** How two builds differ, by key. */
export interface BuildDifference {
  /** Files the first build has and the second does not. */
  missing: string[];
  /** Files only the second build has. */
  extra: string[];
  /** Files both have, with different bytes. */
  changed: string[];
}

/** The differences between build `a` and build `b`; every list is sorted and empty when they are identical. */
export function compareBuilds(a: readonly BuiltFile[], b: readonly BuiltFile[]): BuildDifference {
  const first = new Map(a.map((file) => [file.key, file.hash]));
  const second = new Map(b.map((file) => [file.key, file.hash]));
  return {
    missing: [...first.keys()].filter((key) => !second.has(key)).sort(),
    extra: [...second.keys()].filter((key) => !first.has(key)).sort(),
    changed: [...first].filter(([key, hash]) => second.has(key) && second.get(key) !== hash).map(([key]) => key).sort(),
  };
}

/** Whether two builds are byte-identical. */
export function isIdentical(difference: BuildDifference): boolean {
  return !difference.missing.length && !difference.extra.length && !difference.changed.length;
}

/** The differences as lines for a report, at most `limit` per kind. */
export function formatDifference(difference: BuildDifference, limit = 20): string[] {
  const section = (title: string, keys: string[]) =>
    keys.length
      ? [`  ${title} (${keys.length}):`, ...keys.slice(0, limit).map((key) => `    ${key}`), ...(keys.length > limit ? [`    … and ${keys.length - limit} more`] : [])]
      : [];
  return [
    ...section('differ', difference.changed),
    ...section('only in the first build', difference.missing),
    ...section('only in the second build', difference.extra),
  ];
}
