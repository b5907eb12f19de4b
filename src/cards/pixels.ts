/**
 * Pixel work on images as resvg draws them: RGBA, 4 bytes a pixel, colour premultiplied by alpha.
 * The card's locator inset is drawn apart from the card and put into it here (render.ts).
 */

/** An image's pixels: premultiplied RGBA, row by row from the top left. */
export interface Pixels {
  data: Uint8Array;
  width: number;
  height: number;
}

/** x / 255, rounded, for x up to 255 × 255, in integers (as tiny-skia, resvg's renderer, divides). */
function div255(x: number): number {
  const y = x + 128;
  return (y + (y >> 8)) >> 8;
}

/** Throws unless `part` lies inside `image` with its top left at (`left`, `top`), at whole pixels. */
function checkFits(image: Pixels, part: Pixels, left: number, top: number): void {
  if (!Number.isInteger(left) || !Number.isInteger(top) || left < 0 || top < 0 || left + part.width > image.width || top + part.height > image.height) {
    throw new Error(`A ${part.width}×${part.height} image does not fit a ${image.width}×${image.height} one at (${left}, ${top}): it must lie inside, at whole pixels.`);
  }
}

/** Copies every pixel of `part` into `image` (in place), its top left at (`left`, `top`). */
export function paste(image: Pixels, part: Pixels, left: number, top: number): void {
  checkFits(image, part, left, top);
  const row = part.width * 4;
  for (let y = 0; y < part.height; y++) {
    image.data.set(part.data.subarray(y * row, (y + 1) * row), ((top + y) * image.width + left) * 4);
  }
}

/**
 * Draws `part` over `image` (source over, in place), its top left at (`left`, `top`): a clear
 * pixel of the part leaves the image's, an opaque one replaces it, and the rest mix.
 */
export function drawOver(image: Pixels, part: Pixels, left: number, top: number): void {
  checkFits(image, part, left, top);
  const [target, source] = [image.data, part.data];
  // Most of a layer of names and pins is clear: one 32-bit read finds a clear pixel.
  const aligned = source.byteOffset % 4 === 0 ? source : new Uint8Array(source);
  const words = new Uint32Array(aligned.buffer, aligned.byteOffset, aligned.length / 4);
  for (let y = 0; y < part.height; y++) {
    for (let x = 0; x < part.width; x++) {
      const from = y * part.width + x;
      if (words[from] === 0) continue;
      const s = from * 4;
      const t = ((top + y) * image.width + left + x) * 4;
      const alpha = source[s + 3]!;
      if (alpha === 255) {
        target.set(source.subarray(s, s + 4), t);
        continue;
      }
      const rest = 255 - alpha;
      for (let c = 0; c < 4; c++) target[t + c] = source[s + c]! + div255(target[t + c]! * rest);
    }
  }
}
