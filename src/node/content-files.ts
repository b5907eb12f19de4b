/**
 * The one lister and reader of entry files. The validator, the entry loader and the glossary
 * reader all find entries here, by the rule in src/lib/content/entry-path.ts, and read them here,
 * so they see the same files and refuse the same ones:
 * - files and folders whose names start with `_` or `.` are skipped without being opened;
 * - an `.mdx` file in any other subfolder is refused;
 * - a link (symlink) whose target leaves the content folder is refused, file or folder, and so is
 *   a link to nothing;
 * - a named pipe, socket or device is refused without being opened (reading one could block);
 * - a file over the size limit is refused without being read, and a file that is not UTF-8 is
 *   refused at the line and column of its first bad byte.
 */
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { readdir, readlink, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { decodeEntry } from '../lib/content/encoding.ts';
import {
  brokenLinkProblem,
  classifyEntryPath,
  isSkippedName,
  nestedEntryProblem,
  notAFileProblem,
  outsideLinkProblem,
  unreadableProblem,
  type PathProblem,
} from '../lib/content/entry-path.ts';
import { MAX_ENTRY_BYTES } from '../lib/content/limits.ts';
import { sizeProblem } from '../lib/content/screen.ts';
import { COLLECTIONS, type CollectionName } from '../lib/constants.ts';

/** An entry file: its collection, its path inside the collection folder (`map.mdx`), and its absolute path. */
export interface ListedEntry {
  collection: CollectionName;
  name: string;
  path: string;
}

/** A path the pipeline refuses, with why; `name` is inside the collection folder (empty for the folder itself). */
export interface RefusedPath extends PathProblem {
  collection: CollectionName;
  name: string;
  path: string;
}

/** What the lister found: entries to read, and paths it refuses. */
export interface ContentListing {
  entries: ListedEntry[];
  refused: RefusedPath[];
}

/** Every entry and refused path of every collection under `root`, in a stable order. */
export async function listContent(root: string): Promise<ContentListing> {
  const listing: ContentListing = { entries: [], refused: [] };
  for (const collection of Object.keys(COLLECTIONS) as CollectionName[]) {
    const one = await listCollection(root, collection);
    listing.entries.push(...one.entries);
    listing.refused.push(...one.refused);
  }
  return listing;
}

/** Every entry and refused path of one collection under `root`. A missing folder is an empty collection. */
export async function listCollection(root: string, collection: CollectionName): Promise<ContentListing> {
  const listing: ContentListing = { entries: [], refused: [] };
  const realRoot = await realpath(root).catch(() => undefined);
  if (!realRoot) return listing;
  const dir = path.join(root, COLLECTIONS[collection].dir);
  const realDir = await realpath(dir).catch(() => undefined);
  if (!realDir) return listing;
  if (!isInside(realDir, realRoot)) {
    listing.refused.push({ collection, name: '', path: dir, ...outsideLinkProblem(realDir, true) });
    return listing;
  }
  await walk({ collection, realRoot, listing, visited: new Set([realDir]) }, dir, '');
  return listing;
}

interface Walk {
  collection: CollectionName;
  realRoot: string;
  listing: ContentListing;
  /** Real paths of the folders already walked, so a link back up cannot loop. */
  visited: Set<string>;
}

async function walk(state: Walk, dir: string, prefix: string): Promise<void> {
  const { collection, listing } = state;
  let dirents;
  try {
    dirents = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    listing.refused.push({ collection, name: prefix, path: dir, ...unreadableProblem((error as NodeJS.ErrnoException).code ?? String(error)) });
    return;
  }
  for (const dirent of dirents.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (isSkippedName(dirent.name)) continue;
    const file = path.join(dir, dirent.name);
    const name = prefix ? `${prefix}/${dirent.name}` : dirent.name;
    const refuse = (problem: PathProblem) => listing.refused.push({ collection, name, path: file, ...problem });
    const kind = classifyEntryPath(name);
    let isDirectory = dirent.isDirectory();
    let isFile = dirent.isFile();
    if (dirent.isSymbolicLink()) {
      const real = await realpath(file).catch(() => undefined);
      if (!real) {
        if (kind === 'entry' || kind === 'nested') refuse(brokenLinkProblem(await readlink(file).catch(() => '?')));
        continue;
      }
      const info = await stat(real);
      if (!isInside(real, state.realRoot)) {
        refuse(outsideLinkProblem(real, info.isDirectory()));
        continue;
      }
      isDirectory = info.isDirectory();
      isFile = info.isFile();
    }
    if (isDirectory) {
      const real = await realpath(file);
      if (state.visited.has(real)) continue;
      state.visited.add(real);
      await walk(state, file, name);
    } else if (kind === 'nested') {
      refuse(nestedEntryProblem(name));
    } else if (kind === 'entry') {
      if (isFile) listing.entries.push({ collection, name, path: file });
      else refuse(notAFileProblem());
    }
  }
}

function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** The real path of each content folder, resolved once per process: every entry read asks for it. */
const realRoots = new Map<string, string>();
function realRootOf(root: string): string {
  let real = realRoots.get(root);
  // A folder that does not exist yet throws, and is asked again on the next read.
  if (real === undefined) realRoots.set(root, (real = realpathSync(root)));
  return real;
}

/** Reads from `fd` into `buffer` from `start` until the file ends or the buffer is full; returns the bytes in it. */
function readInto(fd: number, buffer: Buffer, start: number): number {
  let length = start;
  for (let read = -1; read !== 0 && length < buffer.length; length += read) read = readSync(fd, buffer, length, buffer.length - length, length);
  return length;
}

/** The text of an entry, or why it cannot be read as one. */
export type EntryText = { ok: true; text: string } | ({ ok: false; line?: number } & PathProblem);

/**
 * Reads an entry under the content folder `root` as UTF-8 text. It checks again that the file
 * really lies inside `root` (a link may have appeared since it was listed, as in `astro dev`),
 * never blocks on something that is not a file, never reads more than the size limit, and never
 * replaces a bad byte: it reports it.
 *
 * Synchronous: an entry is a few short system calls, and sent one by one to libuv's thread pool
 * they cost several times the CPU of the calls themselves.
 */
export function readEntryText(file: string, root: string): EntryText {
  let fd;
  try {
    const [real, realRoot] = [realpathSync(file), realRootOf(root)];
    if (!isInside(real, realRoot)) return { ok: false, ...outsideLinkProblem(real, false) };
    // The resolved path, not followed again: a link swapped in after the check fails to open.
    // Non-blocking, so opening a named pipe put there since it was listed returns at once.
    fd = openSync(real, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch (error) {
    return { ok: false, ...unreadableProblem((error as NodeJS.ErrnoException).code ?? String(error)) };
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return { ok: false, ...notAFileProblem() };
    const tooBig = sizeProblem(info.size);
    if (tooBig) return { ok: false, ...tooBig };
    // One byte more than it measured tells a file that grew since; it may grow up to one byte over the limit.
    let buffer = Buffer.alloc(info.size + 1);
    let length = readInto(fd, buffer, 0);
    if (length === buffer.length && buffer.length <= MAX_ENTRY_BYTES) {
      const larger = Buffer.alloc(MAX_ENTRY_BYTES + 1);
      buffer.copy(larger);
      buffer = larger;
      length = readInto(fd, buffer, length);
    }
    const grown = sizeProblem(length);
    if (grown) return { ok: false, ...grown };
    const decoded = decodeEntry(buffer.subarray(0, length));
    if (decoded.ok) return decoded;
    return { ok: false, line: decoded.line, message: decoded.message, hint: decoded.hint };
  } catch (error) {
    return { ok: false, ...unreadableProblem((error as NodeJS.ErrnoException).code ?? String(error)) };
  } finally {
    closeSync(fd);
  }
}
