/**
 * An entry's bytes as text: valid UTF-8, with no invisible characters that change what a reader
 * sees. Control characters do not belong in prose, and the bidirectional embedding, override and
 * isolate characters can make text display in a different order from the one it is stored in
 * (the "Trojan Source" trick), so a sentence, a name or an address could read one way on screen
 * and mean another. The directional marks (U+200E, U+200F, U+061C), which Arabic and Hebrew text
 * legitimately uses, are fine; `<bdi>` and `dir="rtl"` isolate a phrase visibly (see html-allow-list.ts).
 */

/** Where a text problem is: 1-based line and column (in characters). */
export interface TextPlace {
  line: number;
  column: number;
}

/** A problem with the characters of an entry. */
export interface EncodingProblem extends TextPlace {
  message: string;
  hint: string;
}

/** The text of a file, or where and why its bytes are not UTF-8. */
export type DecodeResult = { ok: true; text: string } | ({ ok: false } & EncodingProblem);

const strict = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

/** Decodes `bytes` as UTF-8; invalid bytes are a problem at their line and column, never replaced. */
export function decodeEntry(bytes: Uint8Array): DecodeResult {
  try {
    return { ok: true, text: strict.decode(bytes) };
  } catch {
    const offset = firstInvalidByte(bytes);
    const lineStart = bytes.lastIndexOf(0x0a, offset - 1) + 1;
    const line = 1 + countByte(bytes, 0x0a, lineStart);
    const column = 1 + [...lenient.decode(bytes.subarray(lineStart, offset))].length;
    const byte = bytes[offset]!;
    return {
      ok: false,
      line,
      column,
      message: `The file is not UTF-8 text: column ${column} holds the byte \`${hex(byte, 2)}\`, which is not part of any UTF-8 character.`,
      hint: `Save the file as UTF-8 (in VS Code: click the encoding in the status bar, then "Save with Encoding", "UTF-8").${probableCharacter(bytes, offset)}`,
    };
  }
}

/** Text pasted from Windows programs is often Windows-1252: name the character it probably was. */
function probableCharacter(bytes: Uint8Array, offset: number): string {
  const byte = bytes[offset]!;
  if (byte < 0x80) return '';
  const character = new TextDecoder('windows-1252').decode(bytes.subarray(offset, offset + 1));
  return /\p{L}|\p{P}|\p{S}/u.test(character) ? ` The byte is probably \`${character}\` saved in the Windows-1252 encoding: retype it after saving as UTF-8.` : '';
}

/** The offset of the first byte that does not begin or continue a valid UTF-8 sequence. */
export function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return -1;
}

/** The length of the valid UTF-8 sequence at `i`, or 0 when it is not one (RFC 3629: no overlongs, no surrogates). */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i]!;
  if (lead < 0x80) return 1;
  const [length, min, max] =
    lead >= 0xc2 && lead <= 0xdf ? [2, 0x80, 0xbf]
    : lead === 0xe0 ? [3, 0xa0, 0xbf]
    : lead === 0xed ? [3, 0x80, 0x9f]
    : lead >= 0xe1 && lead <= 0xef ? [3, 0x80, 0xbf]
    : lead === 0xf0 ? [4, 0x90, 0xbf]
    : lead === 0xf4 ? [4, 0x80, 0x8f]
    : lead >= 0xf1 && lead <= 0xf3 ? [4, 0x80, 0xbf]
    : [0, 0, 0];
  if (length === 0 || i + length > bytes.length) return 0;
  const second = bytes[i + 1]!;
  if (second < min || second > max) return 0;
  for (let k = 2; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return 0;
  return length;
}

function countByte(bytes: Uint8Array, byte: number, end: number): number {
  let count = 0;
  for (let i = 0; i < end; i++) if (bytes[i] === byte) count++;
  return count;
}

/** Bidirectional formatting characters that reorder text (Unicode TR9): embeddings, overrides, isolates. */
const BIDI_NAMES: Record<number, string> = {
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
};

/** C0 and C1 controls except tab, line feed and carriage return; DEL; the bidi characters above. */
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** The same characters, for finding the first one (no `g`: a global pattern keeps state between calls). */
const FIRST_FORBIDDEN = new RegExp(FORBIDDEN.source);

/** Every kind of forbidden character in `text`, each at its first place, with how often it occurs. */
export function characterProblems(text: string): EncodingProblem[] {
  const seen = new Map<number, { place: TextPlace; count: number }>();
  for (const match of text.matchAll(FORBIDDEN)) {
    const code = match[0].codePointAt(0)!;
    const known = seen.get(code);
    if (known) known.count++;
    else seen.set(code, { place: placeOf(text, match.index), count: 1 });
  }
  return [...seen].map(([code, { place, count }]) => ({ ...place, ...describe(code, place.column, count) }));
}

/**
 * The forbidden characters in a frontmatter field's value, by field: YAML writes them as escapes in
 * double quotes (`"MAP\\a"`, `"\\u202E"`), so they pass the scan of the file's text and appear only
 * once the YAML is read. `field` names the field as the writer wrote it.
 */
export function escapedCharacterProblem(field: string, value: string): { message: string; hint: string } | undefined {
  const code = FIRST_FORBIDDEN.exec(value)?.[0].codePointAt(0);
  if (code === undefined) return undefined;
  const bidi = BIDI_NAMES[code];
  const what = bidi ? `the invisible character ${hex(code, 4, 'U+')} ${bidi}` : `the invisible control character ${hex(code, 4, 'U+')}`;
  return {
    message: `The field \`${field}\` holds ${what}, written as an escape in double quotes (such as \`\\a\`, \`\\x07\` or \`\\u202E\`).`,
    hint: bidi
      ? 'Delete the escape. To set a phrase in Arabic or Hebrew, write it as it is; its direction comes from its letters.'
      : 'Delete the escape: readers would see nothing there, or a box, and the field needs no control character.',
  };
}

function describe(code: number, column: number, count: number): { message: string; hint: string } {
  const more = count > 1 ? ` It occurs ${count} times in the file.` : '';
  const bidi = BIDI_NAMES[code];
  if (bidi) {
    return {
      message: `Column ${column} holds the invisible character ${hex(code, 4, 'U+')} ${bidi}, which can make text display in a different order from the one it is written in.${more}`,
      hint: 'Delete it. To set a phrase in Arabic or Hebrew inside English text, write <bdi lang="ar">…</bdi> or <span dir="rtl" lang="he">…</span>.',
    };
  }
  return {
    message: `Column ${column} holds the invisible control character ${hex(code, 4, 'U+')}.${more}`,
    hint: 'Delete it: it usually comes from text pasted out of another program. Retype the characters around it if the text looks wrong.',
  };
}

/** The line and column of `index` in `text`. */
export function placeOf(text: string, index: number): TextPlace {
  const before = text.slice(0, index);
  const lineStart = before.lastIndexOf('\n') + 1;
  let line = 1;
  for (let i = before.indexOf('\n'); i !== -1; i = before.indexOf('\n', i + 1)) line++;
  return { line, column: 1 + [...before.slice(lineStart)].length };
}

function hex(value: number, digits: number, prefix = '0x'): string {
  return `${prefix}${value.toString(16).toUpperCase().padStart(digits, '0')}`;
}
