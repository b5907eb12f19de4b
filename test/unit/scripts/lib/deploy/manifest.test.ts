import { describe, expect, test } from 'vitest';
import { parseManifest, serializeManifest, type DeployManifest } from '../../../../../scripts/lib/deploy/manifest.ts';

const object = { md5: 'a', etag: 'a', contentType: 'text/html', cacheControl: 'x' };

describe('serializeManifest', () => {
  test('gives the same bytes whatever order the keys and lists were built in', () => {
    const a: DeployManifest = { version: 1, objects: { 'b.html': object, 'a.html': object }, retained: ['y', 'x'], pending: [] };
    const b: DeployManifest = { version: 1, objects: { 'a.html': object, 'b.html': object }, retained: ['x', 'y'], pending: [] };
    expect(serializeManifest(a)).toBe(serializeManifest(b));
    expect(parseManifest(serializeManifest(a))).toEqual(b);
  });
});

describe('parseManifest', () => {
  test.each([
    ['not json', '.deploy-manifest.json is not valid JSON.'],
    ['{"version":2}', '.deploy-manifest.json does not have the expected fields (version 1, objects, retained, pending).'],
  ])('%s → %s', (text, message) => {
    expect(() => parseManifest(text)).toThrow(message);
  });
});
