import { describe, expect, test } from 'vitest';
import {
  BUILD_RECORD_FILE,
  compareWithRecord,
  createBuildRecord,
  parseBuildRecord,
  serializeBuildRecord,
} from '../../../../../scripts/lib/deploy/build-record.ts';
import { planDeploy } from '../../../../../scripts/lib/deploy/plan.ts';

const hash = (n: number) => String(n).repeat(64).slice(0, 64);
const origin = { commit: 'c'.repeat(40), dirty: false, site: 'https://backgrounder.example.org' };
const files = [
  { key: 'index.html', hash: hash(1) },
  { key: '_headers', hash: hash(2) },
  { key: BUILD_RECORD_FILE, hash: hash(3) },
  { key: '_astro/a.css', hash: hash(4) },
];

describe('createBuildRecord', () => {
  test('lists every file but itself, sorted, with where the build came from', () => {
    expect(createBuildRecord(origin, files)).toEqual({
      generator: 'backgrounder',
      version: 1,
      ...origin,
      files: { '_astro/a.css': hash(4), _headers: hash(2), 'index.html': hash(1) },
    });
  });

  test('reads back what it writes', () => {
    const record = createBuildRecord(origin, files);
    expect(parseBuildRecord(serializeBuildRecord(record))).toEqual(record);
  });
});

describe('parseBuildRecord', () => {
  test.each([
    ['not JSON', '{', '_build-record.json is not valid JSON.'],
    ['another generator', JSON.stringify({ generator: 'hugo', version: 1 }), '_build-record.json was not written by a build of this site (backgrounder, version 1).'],
    [
      'a commit that is not one',
      serializeBuildRecord({ ...createBuildRecord(origin, files), commit: 'main' }),
      '_build-record.json was not written by a build of this site (backgrounder, version 1).',
    ],
  ])('refuses %s', (_name, text, message) => {
    expect(() => parseBuildRecord(text)).toThrow(message);
  });

  test('accepts a build made outside a git checkout', () => {
    expect(parseBuildRecord(serializeBuildRecord(createBuildRecord({ ...origin, commit: null }, files))).commit).toBeNull();
  });
});

describe('compareWithRecord', () => {
  const record = createBuildRecord(origin, files);

  test.each([
    { name: 'the same files', folder: files, expected: undefined },
    { name: 'the same files, in another order, without the record', folder: [...files].reverse().filter(({ key }) => key !== BUILD_RECORD_FILE), expected: undefined },
    {
      name: 'a missing, a changed and an added file',
      folder: [{ key: 'index.html', hash: hash(9) }, { key: '_headers', hash: hash(2) }, { key: 'stray.txt', hash: hash(5) }],
      expected: { missing: ['_astro/a.css'], changed: ['index.html'], added: ['stray.txt'] },
    },
  ])('$name', ({ folder, expected }) => {
    expect(compareWithRecord(record, folder)).toEqual(expected);
  });
});

describe('the deploy', () => {
  test('publishes neither the record nor _headers', () => {
    const plan = planDeploy(files.map(({ key }) => ({ key, md5: 'x', size: 1 })), []);
    expect(plan.uploads.map((upload) => upload.key)).toEqual(['_astro/a.css', 'index.html']);
  });
});
