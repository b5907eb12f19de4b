import { describe, expect, test } from 'vitest';
import { characterProblems, decodeEntry, firstInvalidByte } from '../../../../src/lib/content/encoding.ts';
import { createRandom } from '../../../../scripts/lib/bench/random.ts';

const bytes = (...values: number[]) => Uint8Array.from(values);
const utf8 = (text: string) => new TextEncoder().encode(text);
const join = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((part) => [...part]));

describe('decodeEntry', () => {
  test('valid UTF-8, Cyrillic, Arabic and emoji included, decodes as it is', () => {
    const text = '---\nterm: Київ\n---\nسلام 🇺🇦\n';
    expect(decodeEntry(utf8(text))).toEqual({ ok: true, text });
  });

  test.each([
    ['a Windows-1252 é', join(utf8('---\nterm: x\n---\ncaf'), bytes(0xe9), utf8('\n')), 4, 4, '0xE9'],
    ['a lone continuation byte', join(utf8('ab'), bytes(0x80)), 1, 3, '0x80'],
    ['an overlong slash', join(utf8('a'), bytes(0xc0, 0xaf)), 1, 2, '0xC0'],
    ['an encoded surrogate', join(utf8('a'), bytes(0xed, 0xa0, 0x80)), 1, 2, '0xED'],
    ['a sequence cut short by the end', join(utf8('Київ'), bytes(0xe2, 0x82)), 1, 5, '0xE2'],
    ['a code point above U+10FFFF', bytes(0xf4, 0x90, 0x80, 0x80), 1, 1, '0xF4'],
  ])('%s is refused at its line and column', (_, input, line, column, byte) => {
    const result = decodeEntry(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect([result.line, result.column]).toEqual([line, column]);
    expect(result.message).toContain(`the byte \`${byte}\``);
  });

  test('names the character a Windows-1252 byte probably was', () => {
    const result = decodeEntry(join(utf8('caf'), bytes(0xe9)));
    expect(result.ok ? '' : result.hint).toContain('The byte is probably `é` saved in the Windows-1252 encoding');
  });

  test('firstInvalidByte agrees with the platform decoder on random bytes', () => {
    const random = createRandom(12);
    const strict = new TextDecoder('utf-8', { fatal: true });
    for (let i = 0; i < 2000; i++) {
      const input = Uint8Array.from({ length: random.int(1, 12) }, () => random.pick([0x41, 0x0a, 0x80, 0xbf, 0xc2, 0xc0, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xa0, 0x90, 0x8f]));
      let valid = true;
      try {
        strict.decode(input);
      } catch {
        valid = false;
      }
      expect(firstInvalidByte(input) === -1, `bytes ${[...input].map((b) => b.toString(16)).join(' ')}`).toBe(valid);
    }
  });
});

describe('characterProblems', () => {
  test.each([
    ['tab, line feed and carriage return', 'a\tb\r\nc\n'],
    ['directional marks', 'a\u200Eb\u200Fc\u061Cd'],
    ['joiners, for emoji and Persian', '👩\u200D💻 می\u200Cخواهم'],
    ['a byte-order mark', '\uFEFFtext'],
  ])('%s are fine', (_, text) => {
    expect(characterProblems(text)).toEqual([]);
  });

  test.each([
    ['NUL', '\u0000', 'U+0000'],
    ['escape', '\u001B[31m', 'U+001B'],
    ['delete', '\u007F', 'U+007F'],
    ['a C1 control', '\u0085', 'U+0085'],
    ['left-to-right embedding', '\u202A', 'U+202A LEFT-TO-RIGHT EMBEDDING'],
    ['right-to-left override', '\u202E', 'U+202E RIGHT-TO-LEFT OVERRIDE'],
    ['first strong isolate', '\u2068', 'U+2068 FIRST STRONG ISOLATE'],
    ['pop directional isolate', '\u2069', 'U+2069 POP DIRECTIONAL ISOLATE'],
  ])('%s is refused by its code', (_, character, code) => {
    const [problem] = characterProblems(`line one\nthe ${character} here`);
    expect(problem).toMatchObject({ line: 2, column: 5 });
    expect(problem?.message).toContain(code);
  });

  test('counts columns in characters, not UTF-16 units', () => {
    expect(characterProblems('🇺🇦 Київ \u0007')[0]).toMatchObject({ line: 1, column: 9 });
  });
});
