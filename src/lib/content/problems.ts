/**
 * A problem found in a content entry, and how problems are printed. Messages follow Astro's
 * style: what happened and where, then what to do.
 */

export interface Problem {
  /** The entry's path relative to the project root, e.g. `content/glossary/map.mdx`. */
  file: string;
  /** 1-based line in the file, when the problem has one. */
  line?: number;
  /** The frontmatter field, e.g. `sources[0].url`, when the problem is in one. */
  field?: string;
  /** What is wrong, in a full sentence. */
  message: string;
  /** What to do about it, in a full sentence. */
  hint?: string;
}

/** Where a problem is: `content/x.mdx (line 4, field \`date\`)`. */
export function formatLocation(problem: Pick<Problem, 'file' | 'line' | 'field'>): string {
  const details = [
    problem.line === undefined ? undefined : `line ${problem.line}`,
    problem.field === undefined ? undefined : `field \`${problem.field}\``,
  ].filter(Boolean);
  return details.length ? `${problem.file} (${details.join(', ')})` : problem.file;
}

/** One problem as two or more lines of plain text. */
export function formatProblem(problem: Problem): string {
  const head = `${formatLocation(problem)}: ${problem.message}`;
  return problem.hint ? `${head}\n  ${problem.hint.split('\n').join('\n  ')}` : head;
}

/** Sorts problems by file, then line, so reports are stable. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.message.localeCompare(b.message),
  );
}

/** The whole report a writer sees when the content has problems. */
export function formatReport(problems: readonly Problem[]): string {
  const sorted = sortProblems(problems);
  const files = new Set(sorted.map((p) => p.file)).size;
  const title = `Found ${count(sorted.length, 'problem')} in ${count(files, 'content file')}.`;
  return [title, '', ...sorted.map(formatProblem).join('\n\n').split('\n')].join('\n');
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
