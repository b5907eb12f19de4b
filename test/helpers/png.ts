/** Reading PNGs in tests: the size from the header, and how much of a region is not background. */
import sharp from 'sharp';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from the IHDR chunk, which a valid PNG has first, right after the signature. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const bytes = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (!bytes.subarray(0, 8).equals(SIGNATURE) || bytes.toString('latin1', 12, 16) !== 'IHDR') {
    throw new Error('Not a PNG: the signature or the IHDR chunk is missing.');
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

export interface Region {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Ink {
  /** Pixels that differ from the region's top-left pixel (the background). */
  inked: number;
  /** Distinct colours in the region. */
  colours: number;
  /** The raw RGBA pixels, to compare two renders. */
  pixels: Buffer;
}

/** What is drawn in `region` (the whole image by default). */
export async function inkIn(png: Uint8Array, region?: Region): Promise<Ink> {
  let image = sharp(png).ensureAlpha();
  if (region) image = image.extract(region);
  const { data } = await image.raw().toBuffer({ resolveWithObject: true });
  const background = data.readUInt32BE(0);
  const colours = new Set<number>();
  let inked = 0;
  for (let offset = 0; offset < data.length; offset += 4) {
    const pixel = data.readUInt32BE(offset);
    colours.add(pixel);
    if (pixel !== background) inked++;
  }
  return { inked, colours: colours.size, pixels: data };
}
