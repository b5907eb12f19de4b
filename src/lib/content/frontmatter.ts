/**
 * Reads an entry's frontmatter the way a writer sees it: as text with line numbers. YAML values
 * stay strings (`2014-02-30` is not silently rolled over to March), and every node keeps its line
 * so schema problems can point at the line to fix.
 */
import { isAlias, isMap, isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { MAX_NESTING } from './limits.ts';
import { findDeepYaml } from './nesting.ts';
import { explainYamlError, explainYamlReference, type YamlReference } from './yaml-errors.ts';

export interface Frontmatter {
  /** The parsed YAML as plain data. */
  data: Record<string, unknown>;
  /** 1-based line of a field (`['sources', 0, 'url']`), or of its nearest parent that exists. */
  lineOf(path: readonly PropertyKey[]): number;
  /** The body after the closing `---`. */
  body: string;
  /** 1-based file line on which the body starts. */
  bodyLine: number;
}

export type FrontmatterResult =
  | { ok: true; frontmatter: Frontmatter }
  | { ok: false; line: number; message: string; hint: string };

const FENCE = /^---[ \t]*$/;

/** Splits `text` into frontmatter and body and parses the YAML. Never throws. */
export function readFrontmatter(text: string): FrontmatterResult {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? '')) {
    return {
      ok: false,
      line: 1,
      message: 'The file does not start with frontmatter.',
      hint: 'Begin the file with a line `---`, the fields (`title: …`), and another `---`. Run `npm run new` to start from a template.',
    };
  }
  const close = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (close === -1) {
    return {
      ok: false,
      line: 1,
      message: 'The frontmatter is never closed.',
      hint: 'Add a line with just `---` after the last field.',
    };
  }
  const yamlText = lines.slice(1, close).join('\n');
  const deep = findDeepYaml(yamlText);
  if (deep) {
    return {
      ok: false,
      line: deep.line + 1,
      message: `The frontmatter has more than ${MAX_NESTING} lists or maps (\`[\` or \`{\`) open inside each other here.`,
      hint: 'Write a list as `[a, b]` on one line or as one `- item` per line. No field goes deeper than a list of `name:`/`url:` pairs.',
    };
  }
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  // Before anything expands them: an alias can repeat a value until it fills the memory.
  const reference = firstReference(doc);
  if (reference) {
    const line = counter.linePos(reference.offset).line;
    return { ok: false, line: line + 1, ...explainYamlReference(reference, lines[line] ?? '') };
  }
  const yamlError = doc.errors[0];
  if (yamlError) {
    const line = counter.linePos(yamlError.pos[0]).line;
    const { message, hint } = explainYamlError(yamlError.code, yamlError.message, lines[line] ?? '');
    return { ok: false, line: line + 1, message, hint };
  }
  const data = doc.toJS() ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    return {
      ok: false,
      line: 2,
      message: 'The frontmatter must be a list of `field: value` lines.',
      hint: 'Write one field per line, such as `title: My headline`.',
    };
  }
  return {
    ok: true,
    frontmatter: {
      data: data as Record<string, unknown>,
      lineOf: (path) => 1 + lineInYaml(doc, counter, path),
      body: lines.slice(close + 1).join('\n'),
      bodyLine: close + 2,
    },
  };
}

/** The first alias (`*name`), anchor (`&name`) or tag (`!tag`) in `doc`, which entries never need. */
function firstReference(doc: Document): (YamlReference & { offset: number }) | undefined {
  let found: (YamlReference & { offset: number }) | undefined;
  visit(doc, {
    Node(_, node) {
      const offset = node.range?.[0] ?? 0;
      if (isAlias(node)) found = { kind: 'alias', name: node.source, offset };
      else if (node.anchor) found = { kind: 'anchor', name: node.anchor, offset };
      else if (node.tag) found = { kind: 'tag', name: node.tag, offset };
      return found ? visit.BREAK : undefined;
    },
  });
  return found;
}

/** 1-based line within the YAML text of the deepest existing node on `path`. */
function lineInYaml(doc: Document, counter: LineCounter, path: readonly PropertyKey[]): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const prefix = path.slice(0, depth);
    const node = prefix.length ? doc.getIn(prefix, true) : doc.contents;
    const keyNode = depth > 0 ? keyNodeOf(doc, prefix) : undefined;
    const range = (keyNode ?? node) as { range?: [number, number, number] } | undefined;
    if (range?.range) return counter.linePos(range.range[0]).line;
  }
  return 1;
}

/** The key node of the pair at `path`, so a field's line is the line of its name. */
function keyNodeOf(doc: Document, path: readonly PropertyKey[]): unknown {
  const parent = path.length > 1 ? doc.getIn(path.slice(0, -1), true) : doc.contents;
  if (!isMap(parent)) return undefined;
  const last = path[path.length - 1];
  const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === last);
  return pair?.key;
}
