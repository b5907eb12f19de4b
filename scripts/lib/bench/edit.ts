/**
 * The writer's one-line fix the bench times: one timeline event's body and one glossary term's
 * `short` change in a synthetic content set, and nothing else. Pure and deterministic: the same
 * set always gives the same edit, so every repetition and every run times the same change.
 */
import { parseDocument } from 'yaml';
import type { GeneratedFile } from './synthetic-content.ts';

/** One file the edit changes: its text before and after, so the bench can restore it. */
export interface FileEdit {
  /** Relative to the content root, as in GeneratedFile. */
  path: string;
  before: string;
  after: string;
}

/** The sentence added to the event's body: plain prose, so the body stays plain Markdown. */
export const ADDED_SENTENCE = 'A correction added one more sentence to this event.';

/** The term's new short definition: within the schema's 200 characters. */
export const EDITED_SHORT = 'An edited short definition, as a writer might fix after publication.';

const FRONTMATTER = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/;

/** The middle event and the middle term of `files`, each edited once. Throws when the set has neither. */
export function planEdit(files: readonly GeneratedFile[]): FileEdit[] {
  const event = middle(files.filter((file) => file.collection === 'timeline'), 'timeline event');
  const term = middle(files.filter((file) => file.collection === 'glossary'), 'glossary term');
  return [
    { path: event.path, before: event.text, after: appendToBody(event.text, ADDED_SENTENCE) },
    { path: term.path, before: term.text, after: replaceShort(term.text, EDITED_SHORT) },
  ];
}

/** `text` (an entry file) with `sentence` added to the last paragraph of its body. */
export function appendToBody(text: string, sentence: string): string {
  const [, frontmatter, body] = split(text);
  return `---\n${frontmatter}\n---\n${body.trimEnd()} ${sentence}\n`;
}

/** `text` (a glossary file) with its frontmatter's `short` set to `short`; every other field keeps its bytes. */
export function replaceShort(text: string, short: string): string {
  const [, frontmatter, body] = split(text);
  const document = parseDocument(frontmatter);
  if (!document.has('short')) throw new Error('The glossary entry has no `short` field to edit.');
  document.set('short', short);
  return `---\n${document.toString({ lineWidth: 0 })}---\n${body}`;
}

function split(text: string): [string, string, string] {
  const match = FRONTMATTER.exec(text);
  if (!match) throw new Error('The entry has no frontmatter between `---` lines.');
  return [match[0], match[1]!, match[2]!];
}

function middle(files: readonly GeneratedFile[], kind: string): GeneratedFile {
  const file = files[Math.floor(files.length / 2)];
  if (!file) throw new Error(`The content set has no ${kind} to edit.`);
  return file;
}
