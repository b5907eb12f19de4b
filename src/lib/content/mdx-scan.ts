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

/** A writer component used in a body, with its string props. */
export interface ComponentUse {
  /** Component name as written: `Term`, `PullQuote`. */
  name: string;
  /** Its string-valued props; expressions (`{…}`) are left out. */
  props: Record<string, string>;
  /** 1-based line within the body. */
  line: number;
  /** Set when an attribute is an expression or a spread: reported as code, so not checked further. */
  code?: true;
}

/** The result of reading a body: its tree and components, or the first syntax error explained. */
export type MdxScan =
  | { ok: true; components: ComponentUse[]; tree: Root }
  | { ok: false; line: number; message: string; hint: string };

const parser = unified().use(remarkParse).use(remarkMdx);

/**
 * What MDX adds to Markdown starts with `<` (components, tags), `{` or `}` (expressions) or an
 * `import` or `export` line.
 */
const MDX_SYNTAX = /[<{}]|^(?:import|export)\b/m;

/** MDX has no indented code blocks: a line indented by four spaces or a tab may read differently as Markdown. */
const INDENTED_LINE = /^(?: {4}|\t)/m;

/**
 * Whether `body` is plain Markdown: no MDX syntax, so it cannot fail to parse, and no indented
 * lines, so Markdown and MDX read it alike. The site renders such bodies as Markdown (see
 * src/loaders/entries.ts), which is much cheaper than compiling them as MDX.
 */
export function isPlainMarkdown(body: string): boolean {
  return !MDX_SYNTAX.test(body) && !INDENTED_LINE.test(body);
}

/** Parses `body` as MDX. Never throws. */
export function scanMdx(body: string): MdxScan {
  // Most timeline and glossary bodies are plain prose: nothing to check, so the parse, the largest
  // part of the validator's work, waits until someone asks for the tree.
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
    const place = error as { line?: number; reason?: string; message?: string; ruleId?: string };
    const reason = place.reason ?? place.message ?? String(error);
    // "Expected a closing tag for `<X>` (3:1-3:39)": the opening tag's line is the one to fix.
    const opened = /\((\d+):\d+-\d+:\d+\)/.exec(reason);
    const line = place.ruleId === 'end-tag-mismatch' && opened ? Number(opened[1]) : (place.line ?? 1);
    return { ok: false, line, ...explainMdxError(place.ruleId ?? '', reason) };
  }
  const components: ComponentUse[] = [];
  visit(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const element = node as MdxJsxFlowElement | MdxJsxTextElement;
    if (!element.name || !/^[A-Z]/.test(element.name)) return;
    const props: Record<string, string> = {};
    let code = false;
    for (const attribute of element.attributes) {
      if (attribute.type === 'mdxJsxAttribute' && typeof (attribute as MdxJsxAttribute).value === 'string') {
        props[attribute.name] = attribute.value as string;
      } else if (attribute.type !== 'mdxJsxAttribute' || attribute.value) {
        code = true;
      }
    }
    components.push({ name: element.name, props, line: element.position?.start.line ?? 1, ...(code ? { code: true as const } : {}) });
  });
  return { ok: true, components, tree };
}

/** Turns the MDX parser's reason into what the writer did and how to fix it. */
export function explainMdxError(ruleId: string, reason: string): { message: string; hint: string } {
  const tag = /`<\/?([^`>\s]*)>`/.exec(reason)?.[1] ?? '';
  if (ruleId === 'acorn' && reason.includes('import/exports')) {
    return {
      message: 'A paragraph that starts with `import` or `export` is read as code, which an entry cannot hold.',
      hint: 'If it is a sentence, capitalise the first word or reword the start. Entries need no imports: the components work as they are.',
    };
  }
  if (ruleId === 'acorn') {
    return {
      message: 'A `{` starts a code expression in MDX, and this one is not valid code.',
      hint: 'To show a curly brace in the text, write `&#123;` for { and `&#125;` for }. A comment is written `{/* … */}`.',
    };
  }
  if (ruleId === 'end-tag-mismatch' && reason.startsWith('Unexpected closing tag')) {
    const open = /for `<([^`>\s]*)>`/.exec(reason)?.[1] ?? '';
    return { message: `\`</${tag}>\` does not close the open \`<${open}>\`.`, hint: `Close it with \`</${open}>\`: names are case-sensitive.` };
  }
  if (ruleId === 'end-tag-mismatch') {
    return {
      message: `\`<${tag}>\` is opened but never closed.`,
      hint: `Close it with \`</${tag}>\`. When it wraps whole paragraphs, put the opening and the closing tag on lines of their own.`,
    };
  }
  if (ruleId === 'unexpected-closing-slash') {
    return { message: 'A closing tag `</…>` has no opening tag.', hint: 'Remove the closing tag, or add the opening one before it.' };
  }
  if (reason.includes('before attribute value')) {
    return { message: 'An attribute value is not in quotation marks.', hint: 'Write attributes as `id="map"`.' };
  }
  if (reason.includes('to create a comment in MDX')) {
    return { message: 'HTML comments (`<!-- … -->`) do not work in MDX.', hint: 'Write a comment as `{/* … */}`.' };
  }
  if (/before name|in name/.test(reason)) {
    return { message: 'A `<` starts a component in MDX.', hint: 'To show a less-than sign in the text, write `&lt;`.' };
  }
  if (ruleId === 'unexpected-character' || ruleId === 'unexpected-eof') {
    return {
      message: 'A `<` starts a component in MDX, and this one cannot be read.',
      hint: 'To show a less-than sign in the text, write `&lt;`. For a component, check its name and attributes, as in `<Term id="map">`.',
    };
  }
  return {
    message: `The text cannot be read as MDX: ${reason.replace(/\.?$/, '.')}`,
    hint: 'Check that every <Component> is closed, and write a literal < or { as &lt; or &#123;.',
  };
}
