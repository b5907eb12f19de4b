/**
 * Remark plugin: the last line of defence that keeps code out of the site. It runs first on every
 * Markdown and MDX file the site compiles, before MDX turns `import`/`export` lines, `{…}`
 * expressions and elements into JavaScript, and refuses anything the validator would (see
 * src/lib/content/body-rules.ts). `npm run build` validates first, so this only ever fires when
 * the validator was bypassed: `npm run dev`, a bare `astro build`, or a file outside the content
 * folder. It also refuses frontmatter that Astro's MDX compiler would turn into code: a `layout`
 * field becomes an `import` of whatever it names, and values shared by YAML aliases are copied out
 * in full.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { bodyProblems, type BodyProblem } from '../content/body-rules.ts';
import { formatReport } from '../content/problems.ts';

/** Where the content and the project are, for the guard's messages and image paths. */
export interface ContentGuardOptions {
  /** Absolute path of the content folder, to tell how deep an entry sits (for image paths). */
  contentRoot: string;
  /** Absolute path of the project, so messages name files as writers see them. */
  projectRoot: string;
}

/** Refuses a tree that holds code or markup entries may not contain, naming the file and line. */
export function remarkContentGuard(options: ContentGuardOptions) {
  return (tree: Root, file: VFile) => {
    const filePath = toPosix(file.path ?? '');
    const problems = [...frontmatterProblems(file.data['astro']), ...bodyProblems(tree, { depth: depthBelow(filePath, options.contentRoot) })];
    if (!problems.length) return;
    const shown = shownPath(filePath, options.projectRoot);
    const error = new Error(`${formatReport(problems.map((problem) => ({ file: shown, ...problem })))}\n\nRun \`npm run validate\` to check every entry.`);
    // Astro's error overlay and MDX's error handler point at `line` and `column`.
    Object.assign(error, { line: problems[0]!.line, column: 1 });
    throw error;
  };
}

/** Problems with the frontmatter Astro hands the compiler (`file.data.astro.frontmatter`). */
function frontmatterProblems(astro: unknown): BodyProblem[] {
  const frontmatter = (astro as { frontmatter?: unknown } | undefined)?.frontmatter;
  if (!frontmatter || typeof frontmatter !== 'object') return [];
  const problems: BodyProblem[] = [];
  if ('layout' in frontmatter) {
    problems.push({ line: 1, message: '`layout` is not a field of an entry: the compiler would import the file it names as code.', hint: 'Remove the `layout` line. Every entry is laid out by the site.' });
  }
  if (sharesValues(frontmatter)) {
    problems.push({ line: 1, message: 'The frontmatter repeats values with YAML aliases (`*name`), which entries do not use.', hint: 'Write each value out in full, and remove the `&name` anchors.' });
  }
  return problems;
}

/** Whether any object or array is reachable twice: what YAML aliases leave after parsing. */
function sharesValues(root: object): boolean {
  const seen = new Set<object>();
  const stack: unknown[] = [root];
  while (stack.length) {
    const value = stack.pop();
    if (!value || typeof value !== 'object') continue;
    if (seen.has(value)) return true;
    seen.add(value);
    stack.push(...Object.values(value));
  }
  return false;
}

/** How many folders `file` sits below `root` (1 for `content/glossary/map.mdx`); 0 outside it. */
function depthBelow(file: string, root: string): number {
  const prefix = `${toPosix(root).replace(/\/+$/, '')}/`;
  return file.startsWith(prefix) ? file.slice(prefix.length).split('/').length - 1 : 0;
}

function shownPath(file: string, projectRoot: string): string {
  const prefix = `${toPosix(projectRoot).replace(/\/+$/, '')}/`;
  return file.startsWith(prefix) ? file.slice(prefix.length) : file;
}

function toPosix(file: string): string {
  return file.replace(/\\/g, '/');
}
