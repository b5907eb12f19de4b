/**
 * A PNG encoder for the cards' pixels: opaque 8-bit RGB, every row unfiltered, compressed by
 * Node's zlib. In the card workers it costs less CPU than sharp's encoder, whose thread handoffs
 * cost more than the encoding, for the same pixels and files of the same size. `npm run cards:bench`
 * compares the two.
 */
import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
/** Bit depth 8, colour type 2 (RGB), default compression and filter methods, no interlace. */
const RGB_8 = Uint8Array.of(8, 2, 0, 0, 0);

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

/**
 * The PNG of `rgba` (`width` × `height` pixels, 4 bytes each, as resvg draws them). The alpha
 * channel is dropped: every card paints its whole background, so it is opaque throughout.
 * `level` is zlib's, 1 (fastest) to 9 (smallest).
 */
export function encodeOpaquePng(rgba: Uint8Array, width: number, height: number, level: number): Uint8Array {
  if (rgba.length !== width * height * 4) throw new Error(`Expected ${width}×${height} RGBA pixels (${width * height * 4} bytes), got ${rgba.length} bytes.`);
  const stride = width * 3 + 1;
  const rows = new Uint8Array(height * stride);
  for (let y = 0, from = 0; y < height; y++) {
    // Each row starts with its filter type; 0 is none.
    let to = y * stride + 1;
    for (const end = from + width * 4; from < end; from += 4, to += 3) {
      rows[to] = rgba[from]!;
      rows[to + 1] = rgba[from + 1]!;
      rows[to + 2] = rgba[from + 2]!;
    }
  }
  const header = new Uint8Array(13);
  new DataView(header.buffer).setUint32(0, width);
  new DataView(header.buffer).setUint32(4, height);
  header.set(RGB_8, 8);
  const parts = [SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level })), chunk('IEND', new Uint8Array())];
  const png = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    png.set(part, offset);
    offset += part.length;
  }
  return png;
}
