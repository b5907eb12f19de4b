/** How place names are compared: the same name however a writer types its case, accents or punctuation. */

/** Apostrophes and primes that transliterations use for the Ukrainian and Russian soft sign. */
const APOSTROPHES = /['’ʼʹ`´′]/g;

/**
 * The form under which two spellings count as one name: lowercase, accents on Latin letters
 * dropped, apostrophes and full stops dropped, every other run of non-letters a single hyphen.
 * `Bénouville` → `benouville`, `Kramators’k` → `kramatorsk`, `Washington, D.C.` → `washington-dc`.
 * Letters of any script stay, so `Київ` is a key of its own.
 */
export function placeKey(text: string): string {
  return text
    .normalize('NFKD')
    // Accents go from Latin letters only: in Cyrillic, й and ї are letters of their own.
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(/\./g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
