/**
 * Links glossary terms in a Markdown or MDX tree: the first mention of each term becomes a term
 * link, the markup `<Term>` renders (src/lib/glossary/term-markup.ts). The definitions are not
 * written here: the page places one popover per term outside the running text, from the terms this
 * returns. The link is plain HTML rather than a `<Term>` element, so a body without components can
 * be rendered as Markdown, which is far cheaper than compiling it as MDX. Pure: it gets the tree,
 * the glossary and the entry, and returns the terms it linked.
 */
import type { Data, Nodes, Parent, PhrasingContent, Root, Text } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { h } from 'hastscript';
import type { Properties } from 'hast';
import { visit } from 'unist-util-visit';
import { findTerms } from '../glossary/find-terms.ts';
import type { TermIndex } from '../glossary/term-index.ts';
import {
  noteLabel,
  popoverId,
  termLinkAttributes,
  type TermLinkTarget,
  type TermMention,
} from '../glossary/term-markup.ts';
import type { CollectionName } from '../constants.ts';

/** The glossary as the linker needs it: the names to find, and what each term's link shows. */
export interface LinkableGlossary {
  index: TermIndex;
  /**
   * The term's page; every id in the index has one. Only the page: the short definition is placed
   * by the page, so a rendered body never depends on it (src/integrations/markdown-fingerprint.ts).
   */
  definition: (id: string) => TermLinkTarget;
}

/**
 * A term link in the tree. It carries the element it becomes (`hName`, `hProperties`), which
 * Markdown and MDX both turn into HTML; a plain Markdown link would put `href` before the
 * attributes `<Term>` writes first.
 */
export interface TermLinkNode extends Parent {
  type: 'termLink';
  children: PhrasingContent[];
  data: Data & { hName: 'a'; hProperties: Properties };
}

declare module 'mdast' {
  interface PhrasingContentMap {
    termLink: TermLinkNode;
  }
  interface RootContentMap {
    termLink: TermLinkNode;
  }
}

/** Which entry a file is. */
export interface EntryRef {
  collection: CollectionName;
  id: string;
}

export interface LinkTermsContext {
  /** The entry being compiled; without one (MDX outside the collections) only explicit `<Term>`s are handled. */
  entry?: EntryRef | undefined;
  /** The entry's frontmatter as written: articles may set `glossary: false` and `glossaryExclude`. */
  frontmatter?: Record<string, unknown> | undefined;
}

/** What automatic linking may do in one entry. */
interface Policy {
  enabled: boolean;
  /** Ids that are not linked and do not hide shorter names (`glossaryExclude`). */
  exclude: ReadonlySet<string>;
  /** A glossary entry never links to itself; its names still count as mentions. */
  self?: string;
}

/** Mdast node types whose text is never linked: headings, links (term links too), code, definitions, raw HTML. */
const NO_LINK_TYPES = new Set(['heading', 'link', 'linkReference', 'termLink', 'code', 'inlineCode', 'definition', 'html']);

/**
 * Elements whose text is never linked. A `<PullQuote>` repeats a sentence of the story for
 * display (and for its share card), so a link there would be a second mention, or a first one
 * outside the running text.
 */
const NO_LINK_ELEMENTS = new Set(['Term', 'PullQuote', 'a', 'code', 'pre', 'kbd', 'samp', 'dfn', 'button', 'svg', 'math', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

const isJsx = (node: Nodes): node is JsxElement => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
const isTerm = (node: Nodes): node is JsxElement => isJsx(node) && node.name === 'Term';

/** Links the first mention of each term in `tree` (in place) and numbers every linked term; returns them in reading order. */
export function linkTerms(tree: Root, glossary: LinkableGlossary, context: LinkTermsContext): TermMention[] {
  const policy = linkingPolicy(context);
  const mentions = new Map<string, TermMention>();
  // An explicit <Term> anywhere in the entry takes that term over: it is not linked automatically.
  const explicit = new Set<string>();
  visit(tree, (node) => {
    const id = isTerm(node) ? stringAttribute(node, 'id') : undefined;
    if (id) explicit.add(id);
  });

  const mention = (id: string): TermMention => {
    let found = mentions.get(id);
    if (!found) mentions.set(id, (found = { id, note: noteLabel(mentions.size + 1) }));
    return found;
  };

  const annotateTerm = (element: JsxElement): void => {
    const id = stringAttribute(element, 'id');
    if (!id) return;
    setAttribute(element, 'note', mention(id).note);
  };

  const linkText = (node: Text): PhrasingContent[] => {
    const pieces: PhrasingContent[] = [];
    let cursor = 0;
    for (const match of findTerms(node.value, glossary.index, { ignore: (id) => policy.exclude.has(id) })) {
      // A term already mentioned (or the entry's own) still uses up its words: no shorter name links inside it.
      if (mentions.has(match.id) || explicit.has(match.id) || match.id === policy.self) continue;
      if (match.start > cursor) pieces.push({ type: 'text', value: node.value.slice(cursor, match.start) });
      const text = node.value.slice(match.start, match.end);
      pieces.push(termLink(glossary.definition(match.id), text, match.id, mention(match.id).note));
      cursor = match.end;
    }
    if (cursor === 0) return [node];
    if (cursor < node.value.length) pieces.push({ type: 'text', value: node.value.slice(cursor) });
    return pieces;
  };

  const walk = (parent: Parent, autolink: boolean): void => {
    for (let i = 0; i < parent.children.length; i++) {
      const child = parent.children[i] as Nodes;
      if (isTerm(child)) {
        annotateTerm(child);
      } else if (child.type === 'text') {
        if (!autolink) continue;
        const pieces = linkText(child);
        parent.children.splice(i, 1, ...pieces);
        i += pieces.length - 1;
      } else if ('children' in child) {
        walk(child, autolink && !blocksLinks(child));
      }
    }
  };

  // Footnotes are printed after the text, so terms are first mentioned there only if the text never names them.
  const inReadingOrder: Root = {
    type: 'root',
    children: [
      ...tree.children.filter((node) => node.type !== 'footnoteDefinition'),
      ...tree.children.filter((node) => node.type === 'footnoteDefinition'),
    ],
  };
  walk(inReadingOrder, policy.enabled);
  return [...mentions.values()];
}

/** Articles follow their frontmatter; events always link; glossary entries link other terms, never themselves. */
function linkingPolicy({ entry, frontmatter = {} }: LinkTermsContext): Policy {
  const none = new Set<string>();
  if (!entry) return { enabled: false, exclude: none };
  if (entry.collection === 'glossary') return { enabled: true, exclude: none, self: entry.id };
  if (entry.collection === 'timeline') return { enabled: true, exclude: none };
  const exclude = Array.isArray(frontmatter['glossaryExclude']) ? frontmatter['glossaryExclude'].map(String) : [];
  return { enabled: frontmatter['glossary'] !== false, exclude: new Set(exclude) };
}

function blocksLinks(node: Nodes): boolean {
  return NO_LINK_TYPES.has(node.type) || (isJsx(node) && NO_LINK_ELEMENTS.has(node.name ?? ''));
}

function stringAttribute(element: JsxElement, name: string): string | undefined {
  const attribute = element.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}

function setAttribute(element: JsxElement, name: string, value: string): void {
  element.attributes = element.attributes.filter((a) => !(a.type === 'mdxJsxAttribute' && a.name === name));
  element.attributes.push({ type: 'mdxJsxAttribute', name, value });
}

/** The link, as `<Term>` renders it. */
function termLink(definition: TermLinkTarget, text: string, termId: string, note: string): TermLinkNode {
  return {
    type: 'termLink',
    children: [{ type: 'text', value: text }],
    data: { hName: 'a', hProperties: h('a', termLinkAttributes(definition, popoverId(termId), note)).properties },
  };
}
