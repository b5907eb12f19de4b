/**
 * Reads an MDX body without compiling it: finds syntax errors with their line, and the writer
 * components whose props must be checked (`<Term id>`) or counted (`<PullQuote>`).
 */
import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

export interface ComponentUse {
  /** Component name as written: `Term`, `PullQuote`. */
  name: string;
  /** Its string-valued props; expressions (`{…}`) are left out. */
  props: Record<string, string>;
  /** 1-based line within the body. */
  line: number;
}

export type MdxScan =
  | { ok: true; components: ComponentUse[]; tree: Root }
  | { ok: false; line: number; message: string };

const parser = unified().use(remarkParse).use(remarkMdx);

/**
 * What MDX adds to Markdown starts with `<` (components, tags), `{` (expressions) or an `import`
 * or `export` line. A body with none of them is plain Markdown, which cannot fail to parse.
 */
const MDX_SYNTAX = /[<{]|^(?:import|export)\b/m;

/** Parses `body` as MDX. Never throws. */
export function scanMdx(body: string): MdxScan {
  // Most timeline and glossary bodies are plain prose: nothing to check, so the parse (a third of
  // the validator's time at 1000 entries) waits until someone asks for the tree.
  if (!MDX_SYNTAX.test(body)) {
    let tree: Root | undefined;
    return {
      ok: true,
      components: [],
      get tree() {
        return (tree ??= parser.parse(body));
      },
    };
  }
  let tree: Root;
  try {
    tree = parser.parse(body);
  } catch (error) {
    const place = error as { line?: number; reason?: string; message?: string };
    return { ok: false, line: place.line ?? 1, message: place.reason ?? place.message ?? String(error) };
  }
  const components: ComponentUse[] = [];
  visit(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const element = node as MdxJsxFlowElement | MdxJsxTextElement;
    if (!element.name || !/^[A-Z]/.test(element.name)) return;
    const props: Record<string, string> = {};
    for (const attribute of element.attributes) {
      if (attribute.type === 'mdxJsxAttribute' && typeof (attribute as MdxJsxAttribute).value === 'string') {
        props[attribute.name] = attribute.value as string;
      }
    }
    components.push({ name: element.name, props, line: element.position?.start.line ?? 1 });
  });
  return { ok: true, components, tree };
}
