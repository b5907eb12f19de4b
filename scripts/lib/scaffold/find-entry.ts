/** Which entry a writer means by a file path, an id, `<collection>/<id>` or a page address. */
import { closest } from '../../../src/schemas/suggest.ts';
import { entryPage, pagePathOf } from '../../../src/lib/routes.ts';
import type { CollectionName } from '../../../src/lib/constants.ts';
import { ScaffoldError } from './names.ts';

/** An entry file, as the command line lists them. */
export interface EntryFile {
  collection: CollectionName;
  id: string;
  /** The path shown to writers: `content/timeline/2015-02-12-minsk-ii-signed.mdx`. */
  file: string;
  /** The absolute path. */
  absolute: string;
}

/**
 * The entry `input` names. `absoluteInput` is `input` resolved against the working directory, for
 * file paths. Throws a ScaffoldError with a suggestion when nothing or more than one entry matches.
 */
export function findEntry(input: string, absoluteInput: string, entries: readonly EntryFile[]): EntryFile {
  const text = input.trim();
  const byFile = entries.find((entry) => entry.absolute === absoluteInput);
  if (byFile) return byFile;
  // `glossary/map.mdx` (inside the content folder), `glossary/map` and a pasted address all read as the page `/glossary/map/`.
  const name = text.replace(/\.mdx$/, '');
  const page = pagePathOf(name);
  const matches = entries.filter((entry) => entry.id === name || entryPage(entry.collection, entry.id) === page);
  if (matches.length === 1) return matches[0]!;
  if (matches.length > 1) {
    throw new ScaffoldError(
      `\`${text}\` is the id of more than one entry: ${matches.map((m) => m.file).join(', ')}.`,
      'Give the path of the one you mean, such as: npm run new -- correction ' + matches[0]!.file,
    );
  }
  throw notFound(text, entries, text.endsWith('.mdx') ? 'There is no entry file at' : 'No entry is called');
}

function notFound(text: string, entries: readonly EntryFile[], lead: string): ScaffoldError {
  const name = text.split('/').filter(Boolean).pop()?.replace(/\.mdx$/, '') ?? text;
  const id = closest(name, entries.map((entry) => entry.id));
  const suggestion = entries.find((entry) => entry.id === id);
  return new ScaffoldError(
    `${lead} \`${text}\`.${suggestion ? ` Did you mean ${suggestion.file}?` : ''}`,
    'Give the entry’s file (content/timeline/2015-02-12-minsk-ii-signed.mdx), its id (2015-02-12-minsk-ii-signed) or its page address (/timeline/2015-02-12-minsk-ii-signed/).',
  );
}
