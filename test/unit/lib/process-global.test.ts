import { describe, expect, test } from 'vitest';
import { processGlobal } from '../../../src/lib/process-global.ts';

describe('processGlobal', () => {
  test('two copies of a slot (a script’s and a bundle’s) hold one value; other names keep apart', () => {
    const script = processGlobal<string>('test-slot');
    const bundle = processGlobal<string>('test-slot');
    const other = processGlobal<string>('test-other-slot');
    expect(bundle.get()).toBeUndefined();
    script.set('handed over');
    expect([bundle.get(), other.get()]).toEqual(['handed over', undefined]);
  });
});
