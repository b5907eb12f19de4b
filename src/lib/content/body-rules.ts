/**
 * What an entry's text may contain once it is parsed: Markdown, the writer components with literal
 * attribute values, the allowed HTML, and links and images to allowed addresses. Nothing that MDX
 * would turn into code: no `import` or `export` lines and no `{…}` expressions, comments aside.
 * The validator reports these problems with the file's line numbers; the Markdown pipeline's guard
 * (src/lib/markdown/remark-content-guard.ts) refuses the same trees when the validator is bypassed.
 */
import { WRITER_COMPONENTS } from './cross-references.ts';
import { ALLOWED_HTML, DIRECTIONS, LANGUAGE_TAG, refusedElementHint } from './html-allow-list.ts';
import { imageProblem, linkProblem, shorten } from './link-rules.ts';
import { didYouMean } from '../../schemas/suggest.ts';

type WriterComponent = (typeof WRITER_COMPONENTS)[number];

/** The attributes each writer component takes from writers. Attributes the build sets (`n`, `href`, `popoverId`) are not among them. */
export const COMPONENT_ATTRIBUTES = {
  Term: ['id'],
  PullQuote: ['cite'],
  Aside: ['title'],
} as const satisfies Record<WriterComponent, readonly string[]>;

/** A problem in a body, at a line of the text that was parsed. */
export interface BodyProblem {
  line: number;
  message: string;
  hint: string;
}

/** The parts of an mdast/MDX node these rules read. */
interface BodyNode {
  type: string;
  position?: { start: { line: number } };
  children?: BodyNode[];
  value?: string;
  url?: string;
  identifier?: string;
  name?: string | null;
  attributes?: BodyAttribute[];
  data?: { estree?: { body?: unknown[] } };
}

interface BodyAttribute {
  type: string;
  name?: string;
  value?: string | null | { type: string; value: string };
}

/**
 * Whether `body` can hold anything these rules refuse: MDX syntax, or a link, image or link
 * definition. Most event and term bodies are plain prose and need no parse at all.
 */
export function mayBreakBodyRules(body: string): boolean {
  return /[<{}]|^\s*(?:import|export)\b|\]\(|\]:/m.test(body);
}

/** The most problems listed for one body: the first ones show the pattern. */
const MAX_PROBLEMS = 20;

/** Options for bodyProblems. */
export interface BodyRuleOptions {
  /** How many folders the entry sits below the content folder, for image paths (1 for `content/glossary/map.mdx`). */
  depth: number;
}

/** Every problem in the parsed `tree`, in document order (at most MAX_PROBLEMS, then a count of the rest). */
export function bodyProblems(tree: object, options: BodyRuleOptions): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const definitions = new Map<string, BodyNode>();
  const images: BodyNode[] = [];
  // An explicit stack, not recursion: the tree is as deep as the text, and the text is not trusted.
  const stack: BodyNode[] = [tree as BodyNode];
  while (stack.length) {
    const node = stack.pop()!;
    const line = node.position?.start.line ?? 1;
    for (const problem of nodeProblems(node, options)) problems.push({ line, ...problem });
    if (node.type === 'definition' && node.identifier) definitions.set(node.identifier, node);
    if (node.type === 'imageReference') images.push(node);
    if (node.children) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  for (const reference of images) {
    const definition = definitions.get(reference.identifier ?? '');
    const problem = definition?.url === undefined ? undefined : imageProblem(definition.url, options.depth);
    if (problem) problems.push({ line: reference.position?.start.line ?? 1, ...problem });
  }
  problems.sort((a, b) => a.line - b.line);
  if (problems.length <= MAX_PROBLEMS) return problems;
  const rest = problems.length - MAX_PROBLEMS;
  return [
    ...problems.slice(0, MAX_PROBLEMS),
    {
      line: problems[MAX_PROBLEMS]!.line,
      message: `The text has ${rest} more problem${rest === 1 ? '' : 's'} like these from this line on.`,
      hint: 'Fix the ones listed, then run `npm run validate` again.',
    },
  ];
}

type Found = Omit<BodyProblem, 'line'>;

function nodeProblems(node: BodyNode, options: BodyRuleOptions): Found[] {
  switch (node.type) {
    case 'mdxjsEsm':
      return [esmProblem(node.value ?? '')];
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return isComment(node) ? [] : [expressionProblem(node.value ?? '')];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return elementProblems(node);
    case 'html':
      return [{ message: `Raw HTML \`${shorten(node.value ?? '')}\` is not allowed in entry text.`, hint: refusedElementHint('') }];
    case 'link':
    case 'definition':
      return optional(linkProblem(node.url ?? ''));
    case 'image':
      return optional(imageProblem(node.url ?? '', options.depth));
    default:
      return [];
  }
}

function optional(problem: Found | undefined): Found[] {
  return problem ? [problem] : [];
}

function esmProblem(value: string): Found {
  const keyword = /^\s*(import|export)\b/.exec(value)?.[1] ?? 'import';
  return {
    message: `\`${shorten(value.split('\n')[0]!)}\` is an \`${keyword}\` statement: code, which an entry cannot hold.`,
    hint: `Delete the line; the components ${WRITER_COMPONENTS.map((n) => `<${n}>`).join(', ')} work without importing anything. If it is a sentence that starts with “${keyword}”, capitalise the word or reword the start.`,
  };
}

/** `{/* … *\/}` and `{}` hold no code: their parsed program is empty. */
function isComment(node: BodyNode): boolean {
  const program = node.data?.estree;
  if (program?.body) return program.body.length === 0;
  return /^\s*(?:\/\*[^]*?\*\/\s*)*$/.test(node.value ?? '');
}

function expressionProblem(value: string): Found {
  return {
    message: `\`{${shorten(value.trim())}}\` is a code expression, which an entry cannot hold.`,
    hint: 'To show curly braces in the text, write `&#123;` for { and `&#125;` for }. A comment is written `{/* … */}`.',
  };
}

function elementProblems(node: BodyNode): Found[] {
  const name = node.name;
  if (!name) {
    return [{ message: 'An empty tag `<>…</>` is not allowed in entry text.', hint: 'Remove `<>` and `</>`: the text inside needs no wrapper.' }];
  }
  if (/^[A-Z]/.test(name)) {
    if (!(WRITER_COMPONENTS as readonly string[]).includes(name)) {
      return [
        {
          message: `\`<${name}>\` is not a component you can use here.`,
          hint: `The components are ${WRITER_COMPONENTS.map((n) => `<${n}>`).join(', ')}.${didYouMean(name, WRITER_COMPONENTS)}`,
        },
      ];
    }
    return attributeProblems(node, name, COMPONENT_ATTRIBUTES[name as WriterComponent]);
  }
  const allowed = ALLOWED_HTML[name];
  if (!allowed) {
    return [{ message: `\`<${name}>\` is not allowed in entry text.`, hint: refusedElementHint(name) }];
  }
  return attributeProblems(node, name, allowed);
}

function attributeProblems(node: BodyNode, element: string, allowed: readonly string[]): Found[] {
  const problems: Found[] = [];
  const list = allowed.length ? `The attributes \`<${element}>\` takes are ${allowed.map((a) => `\`${a}\``).join(', ')}.` : `\`<${element}>\` takes no attributes.`;
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
      problems.push({ message: `\`<${element} {…}>\` passes code as attributes, which an entry cannot hold.`, hint: `Write each attribute as name="value". ${list}` });
      continue;
    }
    const name = attribute.name;
    if (/^on/i.test(name)) {
      problems.push({ message: `\`${name}\` on \`<${element}>\` is an event handler: code that would run in the reader’s browser.`, hint: `Remove it: an entry cannot hold code. ${list}` });
    } else if (!allowed.includes(name)) {
      problems.push({ message: `\`<${element}>\` cannot have a \`${name}\` attribute.`, hint: `Remove it. ${list}${didYouMean(name, allowed)}` });
    } else if (typeof attribute.value !== 'string') {
      problems.push(
        attribute.value
          ? { message: `The value of \`${name}\` on \`<${element}>\` is a code expression, which an entry cannot hold.`, hint: `Write the value in quotation marks: ${name}="…".` }
          : { message: `\`${name}\` on \`<${element}>\` has no value.`, hint: `Write it with a value in quotation marks: ${name}="…".` },
      );
    } else {
      problems.push(...optional(valueProblem(element, name, attribute.value)));
    }
  }
  return problems;
}

function valueProblem(element: string, name: string, value: string): Found | undefined {
  if (name === 'lang' && !LANGUAGE_TAG.test(value)) {
    return { message: `\`lang="${shorten(value)}"\` on \`<${element}>\` is not a language code.`, hint: 'Use a language code such as `uk` (Ukrainian), `ru` (Russian), `ar` (Arabic), `he` (Hebrew) or `en-GB`.' };
  }
  if (name === 'dir' && !(DIRECTIONS as readonly string[]).includes(value)) {
    return { message: `\`dir="${shorten(value)}"\` on \`<${element}>\` is not a direction.`, hint: `Use ${DIRECTIONS.map((d) => `\`${d}\``).join(', ')}: \`rtl\` for Arabic or Hebrew.` };
  }
  return undefined;
}
