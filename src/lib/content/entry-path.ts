/**
 * The one rule for which files under a collection folder are entries. The validator, the entry
 * loader, the glossary reader, the Markdown plugins and the dev server's watcher all ask here, so
 * a file is never an entry to one of them and not to another.
 *
 * - `map.mdx` directly in the collection folder is an entry.
 * - A name that starts with `_` or `.`, at any level, is skipped with everything under it: scraps
 *   (`_notes.mdx`), parked work (`_archive/…`), and hidden or editor files (`.#map.mdx`).
 * - An `.mdx` file in any other subfolder (`sub/map.mdx`) is an error: it would be an entry to no
 *   one, so the writer must move it or mark its folder with `_`.
 * - Anything else (`notes.txt`, `map.md`) is not content and is left alone.
 */

/** What a path inside a collection folder is to the pipeline. */
export type EntryPathKind = 'entry' | 'skipped' | 'nested' | 'other';

/** The extension of entry files. */
export const ENTRY_EXTENSION = '.mdx';

/** The same rule as a glob pattern relative to a collection folder, for tools that take one. */
export const ENTRY_GLOB = '[!_.]*.mdx';

/** True for a file or folder name the pipeline skips, with everything under it. */
export function isSkippedName(name: string): boolean {
  return name.startsWith('_') || name.startsWith('.');
}

/** Classifies `relative`, a path inside a collection folder with `/` or `\` separators. */
export function classifyEntryPath(relative: string): EntryPathKind {
  const segments = relative.split(/[\\/]/).filter(Boolean);
  if (segments.length === 0) return 'other';
  if (segments.some(isSkippedName)) return 'skipped';
  if (!segments[segments.length - 1]!.endsWith(ENTRY_EXTENSION)) return 'other';
  return segments.length === 1 ? 'entry' : 'nested';
}

/** True when `relative` (inside a collection folder) is an entry file. */
export function isEntryFile(relative: string): boolean {
  return classifyEntryPath(relative) === 'entry';
}

/** A problem with a path under the content folder, worded for the writer. */
export interface PathProblem {
  message: string;
  hint: string;
}

/** Why an `.mdx` file in a subfolder (`sub/map.mdx`) is refused. */
export function nestedEntryProblem(relative: string): PathProblem {
  const folder = relative.split(/[\\/]/)[0]!;
  return {
    message: `Entries cannot be in subfolders, so this file in \`${folder}/\` would never be published.`,
    hint: `Move it up, next to the other entries; or, to keep notes and unfinished work there, rename the folder to \`_${folder}\`: names that start with _ are skipped.`,
  };
}

/** Why a link (symlink) that leads out of the content folder is refused. */
export function outsideLinkProblem(target: string, isFolder: boolean): PathProblem {
  return {
    message: `This ${isFolder ? 'folder' : 'file'} is a link (symlink) to \`${target}\`, outside the content folder.`,
    hint: `Copy the ${isFolder ? 'files' : 'file'} into the content folder instead of linking: the build reads nothing from outside it.`,
  };
}

/** Why a link (symlink) whose target is missing is refused. */
export function brokenLinkProblem(target: string): PathProblem {
  return {
    message: `This file is a link (symlink) to \`${target}\`, which does not exist.`,
    hint: 'Delete the link, or put the entry itself here.',
  };
}

/** Why a named pipe, socket or device with an entry's name is refused. */
export function notAFileProblem(): PathProblem {
  return {
    message: 'This is not an ordinary file (it is a named pipe, a socket or a device).',
    hint: 'Replace it with a plain text file saved as UTF-8.',
  };
}

/** Why a file that exists cannot be read; `code` is the system's error code (`EACCES`). */
export function unreadableProblem(code: string): PathProblem {
  return {
    message: `The file cannot be read (${code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code}).`,
    hint: 'Check that you have permission to read it, and that it is not open exclusively in another program.',
  };
}
