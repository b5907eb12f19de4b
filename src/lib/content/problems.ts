/**
 * A problem found in a content entry, and how problems are printed. Messages follow Astro's
 * style: what happened and where, then what to do.
 */

/** An error stops `npm run validate` and `npm run build`; a warning is printed and lets them go on. */
export type Severity = 'error' | 'warning';

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
  /** `warning` for a problem that does not stop the build; an error when absent. */
  severity?: Severity;
}

/** Whether `problem` stops the build. */
export function isError(problem: Problem): boolean {
  return problem.severity !== 'warning';
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

/** The whole report a writer sees: the errors first, then the warnings, each group file by file. */
export function formatReport(problems: readonly Problem[]): string {
  const errors = problems.filter(isError);
  const warnings = problems.filter((p) => !isError(p));
  const sections: string[] = [];
  if (errors.length) sections.push(section(`Found ${counted(errors, 'problem')}.`, errors));
  if (warnings.length) {
    const title = `${errors.length ? 'Also found' : 'Found'} ${counted(warnings, 'warning')}. Warnings do not stop the build; fix them when you can.`;
    sections.push(section(title, warnings));
  }
  return sections.join('\n\n');
}

function section(title: string, problems: readonly Problem[]): string {
  return [title, '', ...sortProblems(problems).map(formatProblem).join('\n\n').split('\n')].join('\n');
}

/** "2 problems in 1 content file" */
function counted(problems: readonly Problem[], noun: string): string {
  return `${count(problems.length, noun)} in ${count(new Set(problems.map((p) => p.file)).size, 'content file')}`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
