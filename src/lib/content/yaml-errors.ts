/**
 * Explains a YAML parse error in a writer's terms. The parser names grammar rules ("Nested
 * mappings are not allowed in compact mappings"); writers need the mistake they made and the
 * corrected line.
 */

/** A YAML error as a writer reads it. */
export interface YamlExplanation {
  message: string;
  hint: string;
}

const FIELD_LINE = /^(\s*(?:- )?)([A-Za-z][\w-]*):[ \t]+(.+?)\s*$/;
const INDENT_EXAMPLE = 'Indent with two spaces per level and line up the fields of one list item, as in:\n  sources:\n    - name: NATO\n      url: https://www.nato.int/';

/** What went wrong on `lineText` (the line the parser stopped at) and how to fix it. */
export function explainYamlError(code: string, parserMessage: string, lineText: string): YamlExplanation {
  const field = FIELD_LINE.exec(lineText);
  if (code === 'DUPLICATE_KEY') {
    const key = /^\s*([\w-]+)\s*:/.exec(lineText)?.[1];
    return key
      ? { message: `\`${key}\` is listed twice.`, hint: `Keep one \`${key}:\` line and delete the other.` }
      : { message: 'A field is listed twice.', hint: 'Keep one of the two lines and delete the other.' };
  }
  if (code === 'TAB_AS_INDENT') {
    return { message: 'This line is indented with a tab.', hint: 'Indent with spaces (two per level), not tabs.' };
  }
  if (field && /^['"]/.test(field[3]!) && code === 'UNEXPECTED_TOKEN') {
    return {
      message: `The value of \`${field[2]}\` starts with a quotation mark, so YAML ends the value at the next one.`,
      hint: `Wrap the whole value in double quotes and write a quotation mark inside it as \\": ${quoted(field)}`,
    };
  }
  if (field && field[3]!.includes(': ') && /IMPLICIT_KEY/.test(code)) {
    return {
      message: `The value of \`${field[2]}\` contains \`: \`, so YAML reads the rest as another field.`,
      hint: `Wrap the whole value in double quotes: ${quoted(field)}`,
    };
  }
  if (/Missing closing "?quote/i.test(parserMessage)) {
    return { message: 'A value in quotation marks is never closed.', hint: 'Add the closing quotation mark at the end of the value, on the same line.' };
  }
  if (/Flow sequence/.test(parserMessage)) {
    return { message: 'A list in square brackets is never closed.', hint: 'End the list with `]` on the same line, such as `aliases: [Kiev, Kyiv]`.' };
  }
  if (/IMPLICIT_KEY|BAD_INDENT|MISSING_CHAR/.test(code)) {
    return { message: 'The indentation of this line does not match the lines around it.', hint: INDENT_EXAMPLE };
  }
  const first = (parserMessage.split('\n')[0] ?? parserMessage).replace(/ at line \d+, column \d+:?$/, '');
  return {
    message: `The frontmatter is not valid YAML: ${first.replace(/\.?$/, '.')}`,
    hint: 'Check the indentation and the quotation marks on that line. Wrap text that contains `: ` or `#`, or starts with a quotation mark, in double quotes.',
  };
}

/** A YAML alias (`*name`), anchor (`&name`) or tag (`!name`): features no entry needs. */
export interface YamlReference {
  kind: 'alias' | 'anchor' | 'tag';
  name: string;
}

const REFERENCE_WORDS = {
  alias: (name: string) => `\`${name.startsWith('*') ? name : `*${name}`}\` is a YAML alias, which repeats a value marked elsewhere with \`&\``,
  anchor: (name: string) => `\`&${name}\` is a YAML anchor, which marks a value for repeating elsewhere`,
  tag: (name: string) => `\`${name.replace(/^tag:yaml\.org,2002:/, '!!')}\` is a YAML tag, which changes how a value is read`,
};

/** Why an alias, anchor or tag on `lineText` is refused, and the line written without it. */
export function explainYamlReference(reference: YamlReference, lineText: string): YamlExplanation {
  const field = FIELD_LINE.exec(lineText);
  // A value that merely starts with * or ! (a writer's emphasis or exclamation) is shown quoted.
  const example = reference.kind !== 'anchor' && field && /^[*!]/.test(field[3]!) ? quoted(field) : '`title: "*Breaking* news"`';
  return {
    message: `${REFERENCE_WORDS[reference.kind](reference.name)}. Entries do not use aliases, anchors or tags.`,
    hint: `Write each value out in full. A value that starts with \`*\`, \`&\` or \`!\` must be in double quotes, such as ${example}.`,
  };
}

function quoted(field: RegExpExecArray): string {
  return `\`${field[1]!.trimStart()}${field[2]}: ${JSON.stringify(field[3])}\``;
}
