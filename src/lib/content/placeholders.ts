/**
 * Placeholders: the `TODO` markers that `npm run new` and `npm run import` leave for the writer.
 * A draft may hold them; a published entry may not, so a template can be valid without
 * inventing a single fact.
 */
import type { Problem } from './problems.ts';

/** The marker every placeholder carries. Upper case only, so Spanish "todo" in a quote is safe. */
export const PLACEHOLDER = 'TODO';

/** A web address that passes the URL check but can never be real (`.invalid` is reserved, RFC 2606). */
export const PLACEHOLDER_URL = `https://${PLACEHOLDER}.invalid/replace-with-the-page-that-supports-this`;

const MARKER = new RegExp(`\\b${PLACEHOLDER}\\b`);

/** A line that still holds a placeholder. */
export interface PlaceholderLine {
  /** 1-based line in the file. */
  line: number;
  /** The line, trimmed. */
  text: string;
}

/** Every line of `text` that still holds a placeholder. */
export function findPlaceholders(text: string): PlaceholderLine[] {
  return text.split(/\r?\n/).flatMap((content, index) => (MARKER.test(content) ? [{ line: index + 1, text: content.trim() }] : []));
}

/** An entry’s text and where its fields are, for placeholderProblems. */
export interface PlaceholderContext {
  file: string;
  text: string;
  /** File line of each top-level frontmatter field, so a placeholder names its field. */
  fieldLines: readonly { field: string; line: number }[];
  /** File line on which the body starts. */
  bodyLine: number;
}

/** One problem per line of a published entry that still holds a placeholder. */
export function placeholderProblems(context: PlaceholderContext): Problem[] {
  // Stable sort: for fields on the same line, parents come first, so the deepest one wins.
  const fields = [...context.fieldLines].sort((a, b) => a.line - b.line);
  return findPlaceholders(context.text).map(({ line, text }) => {
    const quoted = `\`${shorten(text)}\``;
    const hint = `Replace it with the real ${line >= context.bodyLine ? 'text' : 'value'} and delete the ${PLACEHOLDER} note, or put \`draft: true\` back until the entry is finished.`;
    if (line >= context.bodyLine) {
      return { file: context.file, line, message: `This entry is published, but its text still holds a placeholder: ${quoted}.`, hint };
    }
    // A comment on a line of its own belongs to no field; `published: … # TODO` belongs to its field.
    // The deepest field that starts on or before the line: `sources[0].url`, not `sources`.
    const field = text.startsWith('#') ? undefined : fields.filter((f) => f.line <= line).pop()?.field;
    return {
      file: context.file,
      line,
      ...(field ? { field } : {}),
      message: field
        ? `This entry is published, but \`${field}\` still holds a placeholder: ${quoted}.`
        : `This entry is published, but its frontmatter still holds a note: ${quoted}.`,
      // A correction is added to a published entry, so taking the entry back to a draft is not the fix.
      hint: field?.startsWith('corrections[') ? CORRECTION_HINT : hint,
    };
  });
}

const CORRECTION_HINT =
  'Write what was wrong and what is right in its place: "An earlier version of this entry said … It was …". Fix the text of the entry too. If the entry needs no correction after all, delete the correction.';

function shorten(text: string): string {
  return text.length > 72 ? `${text.slice(0, 71)}…` : text;
}
