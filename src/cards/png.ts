/**
 * A PNG encoder for the cards' pixels, compressed by Node's zlib, every row unfiltered. A card is
 * flat colour and anti-aliased text: it has a hundred or so distinct colours, so it is stored as
 * an 8-bit palette image, which is lossless (every pixel keeps its exact colour) and gives zlib a
 * third of the bytes to compress. A card with more than 256 colours (an emoji picture) is stored
 * as 8-bit RGB. In the card workers this costs less CPU than sharp's encoder, whose thread
 * handoffs cost more than the encoding. `npm run cards:bench` compares them.
 */
import { constants, crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
/** Colour types of the IHDR chunk: 2 is RGB, 3 is palette. */
const RGB = 2;
const PALETTE = 3;
const MAX_COLOURS = 256;

/** One chunk: length, type, data and the CRC of type and data. */
function chunk(type: string, data: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(12 + data.length);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) bytes[4 + i] = type.charCodeAt(i);
  bytes.set(data, 8);
  view.setUint32(8 + data.length, crc32(bytes.subarray(4, 8 + data.length)));
  return bytes;
}

/** Bit depth 8, `colourType`, default compression and filter methods, no interlace. */
function header(width: number, height: number, colourType: number): Uint8Array {
  const bytes = new Uint8Array(13);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  bytes.set([8, colourType, 0, 0, 0], 8);
  return bytes;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const png = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    png.set(part, offset);
    offset += part.length;
  }
  return png;
}

/**
 * Buffers kept from card to card: a fresh 1–3 MB buffer per card costs more in page faults than
 * the encoding itself. Each worker thread has its own, and encoding is synchronous.
 */
let scratchRows = new Uint8Array(0);
function rowsBuffer(length: number): Uint8Array {
  if (scratchRows.length < length) scratchRows = new Uint8Array(length);
  return scratchRows.subarray(0, length);
}

/** An open-addressing table from colour (a pixel's 4 bytes as one integer) to palette index; 4× the palette, so probes stay short. */
const SLOTS = 1024;
const slotColours = new Int32Array(SLOTS);
const slotIndices = new Int16Array(SLOTS);

/** Palette entries (RGB) in order of first appearance, so the same pixels always give the same file. */
const palette = new Uint8Array(MAX_COLOURS * 3);
let colours = 0;

/** The palette index of `colour`, first seen at byte `at` of `rgba`; -1 once there are more than 256 colours. */
function indexOf(colour: number, rgba: Uint8Array, at: number): number {
  let slot = Math.imul(colour, 0x9e3779b1) >>> 22;
  for (;;) {
    const index = slotIndices[slot]!;
    if (index === -1) break;
    if (slotColours[slot] === colour) return index;
    slot = (slot + 1) & (SLOTS - 1);
  }
  if (colours === MAX_COLOURS) return -1;
  slotColours[slot] = colour;
  slotIndices[slot] = colours;
  palette.set(rgba.subarray(at, at + 3), colours * 3);
  return colours++;
}

/**
 * The image as palette indices, one filter byte (0, none) before each row, and its palette;
 * undefined when it has more than 256 colours.
 */
function toIndexed(pixels: Int32Array, rgba: Uint8Array, width: number, height: number): { rows: Uint8Array; palette: Uint8Array } | undefined {
  const stride = width + 1;
  const rows = rowsBuffer(stride * height);
  slotIndices.fill(-1);
  colours = 0;
  for (let y = 0; y < height; y++) {
    const from = y * width;
    const to = y * stride + 1;
    rows[to - 1] = 0;
    // Half of a card's rows repeat the one above (margins, space between lines): compared natively, copied natively.
    if (y > 0 && Buffer.compare(rgba.subarray(from * 4, (from + width) * 4), rgba.subarray((from - width) * 4, from * 4)) === 0) {
      rows.copyWithin(to, to - stride, to - 1);
      continue;
    }
    // The rest is runs of one colour: one look-up per run.
    for (let x = 0; x < width; ) {
      const colour = pixels[from + x]!;
      const index = indexOf(colour, rgba, (from + x) * 4);
      if (index === -1) return undefined;
      let end = x + 1;
      while (end < width && pixels[from + end] === colour) end++;
      // A call costs more than a short loop; text is mostly short runs.
      if (end - x > 16) rows.fill(index, to + x, to + end);
      else for (let i = to + x; i < to + end; i++) rows[i] = index;
      x = end;
    }
  }
  return { rows, palette: palette.slice(0, colours * 3) };
}

/** The image as RGB rows, alpha dropped, one filter byte (0, none) before each row. */
function toRgb(rgba: Uint8Array, width: number, height: number): Uint8Array {
  const stride = width * 3 + 1;
  const rows = rowsBuffer(height * stride);
  for (let y = 0, from = 0; y < height; y++) {
    let to = y * stride;
    rows[to++] = 0;
    for (const end = from + width * 4; from < end; from += 4, to += 3) {
      rows[to] = rgba[from]!;
      rows[to + 1] = rgba[from + 1]!;
      rows[to + 2] = rgba[from + 2]!;
    }
  }
  return rows;
}

/** The pixels as 32-bit integers, one per pixel (copied only when the bytes are not 4-aligned). */
function asPixels(rgba: Uint8Array): Int32Array {
  const aligned = rgba.byteOffset % 4 === 0 ? rgba : rgba.slice();
  return new Int32Array(aligned.buffer, aligned.byteOffset, aligned.length / 4);
}

/**
 * The PNG of `rgba` (`width` × `height` pixels, 4 bytes each, as resvg draws them): a palette
 * image when it has at most 256 colours, else RGB; the same pixels either way. The alpha channel
 * is dropped: every card paints its whole background, so it is opaque throughout. `level` is
 * zlib's, 1 (fastest) to 9 (smallest), for RGB; palette rows are compressed as runs. With
 * `tryPalette: false` it is RGB at once, for a caller that knows the image has too many colours:
 * finding that out costs a pass over the pixels up to the 257th colour.
 */
export function encodeOpaquePng(rgba: Uint8Array, width: number, height: number, level: number, { tryPalette = true } = {}): Uint8Array {
  if (rgba.length !== width * height * 4) throw new Error(`Expected ${width}×${height} RGBA pixels (${width * height * 4} bytes), got ${rgba.length} bytes.`);
  const indexed = tryPalette ? toIndexed(asPixels(rgba), rgba, width, height) : undefined;
  const head = chunk('IHDR', header(width, height, indexed ? PALETTE : RGB));
  const rows = indexed ? indexed.rows : toRgb(rgba, width, height);
  // Palette rows are long runs of one index, which run-length matching alone compresses as well, and faster.
  const data = chunk('IDAT', deflateSync(rows, { level, strategy: indexed ? constants.Z_RLE : constants.Z_DEFAULT_STRATEGY }));
  const end = chunk('IEND', new Uint8Array());
  return concat(indexed ? [SIGNATURE, head, chunk('PLTE', indexed.palette), data, end] : [SIGNATURE, head, data, end]);
}
