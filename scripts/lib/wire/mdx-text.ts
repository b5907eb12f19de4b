/** Plain wire text made safe to drop into MDX: characters MDX or Markdown would read as syntax. */

const LINE_START_SYNTAX = /^(#{1,6}\s|[-*+]\s|\d+[.)]\s|>)/;

/** Escapes `<`, `{`, `}` everywhere, and block syntax at the start of a paragraph. */
export function escapeMdxText(text: string): { text: string; escaped: boolean } {
  let out = text.replace(/[<{}]/g, (c) => (c === '<' ? '&lt;' : c === '{' ? '&#123;' : '&#125;'));
  const start = LINE_START_SYNTAX.exec(out)?.[1];
  if (start?.startsWith('>')) out = `&gt;${out.slice(1)}`;
  else if (start && /^\d/.test(start)) out = out.replace(/^(\d+)([.)])/, '$1\\$2'); // 1\. is not a list
  else if (start) out = `\\${out}`;
  return { text: out, escaped: out !== text };
}
