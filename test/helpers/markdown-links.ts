/** The relative links of a Markdown file that lead nowhere: a missing file, or a `#fragment` no heading of the target has. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import type { Node, Parent, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

const parser = unified().use(remarkParse).use(remarkGfm);

/** A node's text as GitHub slugs it for a heading's anchor: its text and code, without markup. */
function textOf(node: Node): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  return 'children' in node ? (node as Parent).children.map(textOf).join('') : '';
}

/** The anchors GitHub gives the headings of `markdown`: `## The rules` → `the-rules`. */
export function headingAnchors(markdown: string): Set<string> {
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  visit(parser.parse(markdown) as Root, 'heading', (heading) => {
    anchors.add(slugger.slug(textOf(heading)));
  });
  return anchors;
}

/** Every link and reference definition in `markdown` (not in code), as written. */
export function linkTargets(markdown: string): string[] {
  const targets: string[] = [];
  visit(parser.parse(markdown) as Root, (node) => {
    if (node.type === 'link' || node.type === 'definition') targets.push(node.url);
  });
  return targets;
}

/** A link that leaves the repository (`https:`, `mailto:`), which this check does not follow. */
const isExternal = (target: string) => /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//');

/** The relative links of `markdown`, read from a file in `dir`, that lead to no file or to no heading of it. */
export function brokenLinks(markdown: string, dir: string): string[] {
  const anchors = new Map<string, Set<string>>();
  // Each file's headings are read once, however many links point into it.
  const anchorsOf = (file: string | undefined) => {
    const key = file ?? '';
    if (!anchors.has(key)) anchors.set(key, headingAnchors(file ? readFileSync(file, 'utf8') : markdown));
    return anchors.get(key)!;
  };
  return linkTargets(markdown).filter((target) => {
    if (isExternal(target)) return false;
    const [file = '', fragment] = target.split('#');
    const resolved = file ? path.resolve(dir, decodeURIComponent(file)) : undefined;
    if (resolved && !existsSync(resolved)) return true;
    // Fragments of folders and of other kinds of files (`code.ts#L3`) are GitHub's business.
    if (!fragment || (resolved && (statSync(resolved).isDirectory() || !resolved.endsWith('.md')))) return false;
    return !anchorsOf(resolved).has(decodeURIComponent(fragment));
  });
}
