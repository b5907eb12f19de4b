/** The card pipeline: cache hits and misses, what invalidates a card, parallel workers, and failures. */
import { appendFile, cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { emojiFiles } from '../../../src/cards/emoji-set.ts';
import { fontPath } from '../../../src/cards/font-files.ts';
import { cardKey, rendererFingerprint, templateFiles } from '../../../src/cards/fingerprint.ts';
import { hasCachedCards, startCards, type CardJob, type PipelineOptions } from '../../../src/cards/pipeline.ts';
import { FONT_FACES } from '../../../src/cards/fonts.ts';
import type { CardModel } from '../../../src/cards/model.ts';
import { relativeImports } from '../../helpers/imports.ts';
import { pngSize } from '../../helpers/png.ts';
import { MIXED_SCRIPTS_CARD } from '../../../src/cards/samples.ts';

const TMP = path.resolve('test/.tmp', `pipeline-${process.pid}`);
afterAll(() => rm(TMP, { recursive: true, force: true }));

const job = (name: string, title: string): CardJob => ({ image: `/og/${name}.png`, model: { kind: 'term', kicker: 'Glossary', title } });
const JOBS = [job('a', 'MAP'), job('b', 'Donbas (Донбас)'), job('c', 'Minsk agreements')];

/** Runs the pipeline to the end; returns the PNGs and the log line. */
async function run(jobs: CardJob[], options: PipelineOptions) {
  const lines: string[] = [];
  const { files, done } = await startCards(jobs, { workers: 2, ...options, log: (line) => lines.push(line) });
  const pngs = new Map<string, Buffer>();
  for (const [image, file] of files) pngs.set(image, await readFile(await file));
  await done;
  return { pngs, line: lines.join('\n') };
}

describe('the card cache', () => {
  const cacheDir = path.join(TMP, 'cache');
  const fingerprint = 'templates-v1';

  test('a cold run renders every card on the workers; a warm run renders none and gives the same bytes', async () => {
    const cold = await run(JOBS, { cacheDir, fingerprint });
    expect(cold.line).toMatch(/^Cards: 3 rendered, 0 reused in [\d.]+ s \(\d+ ms per rendered card\)\.$/);
    for (const png of cold.pngs.values()) expect(pngSize(png)).toEqual({ width: 1200, height: 630 });

    const warm = await run(JOBS, { cacheDir, fingerprint });
    expect(warm.line).toMatch(/^Cards: 0 rendered, 3 reused in [\d.]+ s\.$/);
    for (const [image, png] of warm.pngs) expect(png.equals(cold.pngs.get(image)!), image).toBe(true);
  });

  test('drawing on the calling thread (workers: 0) gives the same bytes as the workers', async () => {
    const inline = await run(JOBS, { cacheDir: path.join(TMP, 'inline-cache'), fingerprint, workers: 0 });
    const workers = await run(JOBS, { cacheDir, fingerprint });
    expect(inline.line).toMatch(/^Cards: 3 rendered, 0 reused/);
    for (const [image, png] of inline.pngs) expect(png.equals(workers.pngs.get(image)!), image).toBe(true);
  });

  test('a card in five scripts with emoji is the same bytes from a worker as from the calling thread', async () => {
    const mixed = [{ image: '/og/mixed.png', model: MIXED_SCRIPTS_CARD }];
    const inline = await run(mixed, { cacheDir: path.join(TMP, 'mixed-inline'), fingerprint, workers: 0 });
    const worker = await run(mixed, { cacheDir: path.join(TMP, 'mixed-worker'), fingerprint, workers: 1 });
    expect(worker.pngs.get('/og/mixed.png')!.equals(inline.pngs.get('/og/mixed.png')!)).toBe(true);
  });

  test('a changed model re-renders that card only', async () => {
    const changed = [JOBS[0]!, job('b', 'Donbass'), JOBS[2]!];
    expect((await run(changed, { cacheDir, fingerprint })).line).toMatch(/^Cards: 1 rendered, 2 reused/);
  });

  test('a changed template or font fingerprint re-renders every card', async () => {
    expect((await run(JOBS, { cacheDir, fingerprint: 'templates-v2' })).line).toMatch(/^Cards: 3 rendered, 0 reused/);
  });

  test('a crop is drawn at its size on the workers and on the calling thread alike, and cached apart from the card', async () => {
    const square = { ...JOBS[0]!, image: '/og/a.1x1.png', size: { width: 1200, height: 1200 } };
    const cached = await run([JOBS[0]!, square], { cacheDir, fingerprint });
    expect(cached.line).toMatch(/^Cards: 1 rendered, 1 reused/);
    expect(pngSize(cached.pngs.get('/og/a.1x1.png')!)).toEqual({ width: 1200, height: 1200 });
    const inline = await run([square], { cacheDir: path.join(TMP, 'inline-crop'), fingerprint, workers: 0 });
    expect(inline.pngs.get('/og/a.1x1.png')!.equals(cached.pngs.get('/og/a.1x1.png')!)).toBe(true);
  });

  test('a card that cannot be drawn fails with its address; the others are still made', async () => {
    // satori refuses `display: table`; a model cannot normally carry an element, which is the point of the test.
    // The date is placed as it is, so an element there reaches satori.
    const broken: CardModel = { kind: 'term', kicker: 'Glossary', title: 'MAP', date: { type: 'div', props: { style: { display: 'table' } } } as unknown as string };
    const { files, done } = await startCards([{ image: '/og/broken.png', model: broken }, JOBS[0]!], { cacheDir, fingerprint: 'broken', workers: 1, log: () => undefined });
    await expect(files.get('/og/broken.png')).rejects.toThrow(/^The share card \/og\/broken\.png could not be made\. A share card could not be drawn: .*table/s);
    expect(pngSize(await readFile(await files.get('/og/a.png')!))).toEqual({ width: 1200, height: 630 });
    await expect(done).rejects.toThrow('/og/broken.png');
  });
});

describe('cache keys', () => {
  const model: CardModel = { kind: 'term', kicker: 'Glossary', title: 'MAP', dek: 'Membership Action Plan' };

  test('equal models have equal keys, whatever the order of their fields', () => {
    expect(cardKey('f', { dek: 'Membership Action Plan', title: 'MAP', kicker: 'Glossary', kind: 'term' })).toBe(cardKey('f', model));
  });

  test.each([
    ['the model', cardKey('f', { ...model, title: 'Map' })],
    ['the fingerprint', cardKey('g', model)],
    ['the size (a 1:1 crop)', cardKey('f', model, { width: 1200, height: 1200 })],
  ])('a change to %s changes the key', (_what, other) => {
    expect(other).not.toBe(cardKey('f', model));
  });

  test('the 1200×630 card has the same key whether its size is given or not', () => {
    expect(cardKey('f', model, { width: 1200, height: 630 })).toBe(cardKey('f', model));
  });

  test('the fingerprint covers every module the templates import', async () => {
    const covered = new Set(templateFiles().map((file) => path.resolve(file)));
    for (const file of covered) {
      const source = await readFile(file, 'utf8');
      for (const specifier of relativeImports(source)) {
        expect(covered, `${path.relative('.', file)} imports ${specifier}`).toContain(path.resolve(path.dirname(file), specifier));
      }
    }
  });

  test('the fingerprint follows the template sources', async () => {
    const root = path.join(TMP, 'project');
    for (const file of templateFiles()) await cp(file, path.join(root, file));
    await cp('package.json', path.join(root, 'package.json'));
    await symlink(path.resolve('node_modules'), path.join(root, 'node_modules'));
    const before = rendererFingerprint(root);
    expect(rendererFingerprint(root)).toBe(before);
    await appendFile(path.join(root, 'src/cards/frame.ts'), '\n// a change\n');
    expect(rendererFingerprint(root)).not.toBe(before);
  });

  test.each([
    ['the emoji pictures', '@iconify-json/twemoji', 'icons.json'],
    ['the list of emoji', '@iconify-json/twemoji', 'chars.json'],
    ['a font file', '@fontsource/noto-sans-hebrew', 'files/noto-sans-hebrew-hebrew-400-normal.woff'],
  ])('the fingerprint follows %s', async (_what, pkg, file) => {
    const root = path.join(TMP, `assets-${path.basename(file)}`);
    await mkdir(path.join(root, 'node_modules'), { recursive: true });
    for (const source of templateFiles()) await cp(source, path.join(root, source));
    await cp('package.json', path.join(root, 'package.json'));
    // Every package is the installed one, except a copy of the one whose file changes.
    for (const entry of await readdir('node_modules')) {
      const scoped = entry.startsWith('@') ? (await readdir(path.join('node_modules', entry))).map((name) => `${entry}/${name}`) : [entry];
      for (const name of scoped) {
        await mkdir(path.dirname(path.join(root, 'node_modules', name)), { recursive: true });
        if (name === pkg) await cp(path.join('node_modules', name), path.join(root, 'node_modules', name), { recursive: true });
        else await symlink(path.resolve('node_modules', name), path.join(root, 'node_modules', name));
      }
    }
    const before = rendererFingerprint(root);
    await appendFile(path.join(root, 'node_modules', pkg, file), '\n');
    expect(rendererFingerprint(root)).not.toBe(before);
  });
});

describe('hasCachedCards (whether a build starts its workers ahead)', () => {
  test.each([
    ['no cache folder', [], false],
    ['an empty one', ['.'], false],
    ['only a half-written card', ['a.png.123.x.tmp'], false],
    ['a card', ['a.png.123.x.tmp', 'b.png'], true],
  ] as const)('%s: %s', async (_name, files, expected) => {
    const root = await mkdtemp(path.join(tmpdir(), 'has-cards-'));
    const saved = process.env['BACKGROUNDER_CARD_CACHE'];
    process.env['BACKGROUNDER_CARD_CACHE'] = 'cards';
    try {
      for (const file of files) {
        await mkdir(path.join(root, 'cards'), { recursive: true });
        if (file !== '.') await writeFile(path.join(root, 'cards', file), '');
      }
      expect(hasCachedCards(root)).toBe(expected);
    } finally {
      if (saved === undefined) delete process.env['BACKGROUNDER_CARD_CACHE'];
      else process.env['BACKGROUNDER_CARD_CACHE'] = saved;
      await rm(root, { recursive: true, force: true });
    }
  });
});

describe('BACKGROUNDER_CARD_WORKERS', () => {
  test('must be a whole number', async () => {
    process.env['BACKGROUNDER_CARD_WORKERS'] = 'two';
    try {
      await expect(startCards(JOBS, { cacheDir: path.join(TMP, 'unused') })).rejects.toThrow(
        'BACKGROUNDER_CARD_WORKERS must be a whole number of worker threads (0 or more), got `two`.',
      );
    } finally {
      delete process.env['BACKGROUNDER_CARD_WORKERS'];
    }
  });
});

describe('fonts', () => {
  test('a missing font or emoji package says which and what to run', async () => {
    // Outside the repository, so Node's package lookup cannot climb to its node_modules.
    const elsewhere = await mkdtemp(path.join(tmpdir(), 'no-fonts-'));
    expect(() => fontPath(FONT_FACES[0]!, elsewhere)).toThrow(
      'The card font `@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff` is missing.\n  Run `npm install`',
    );
    expect(() => emojiFiles(elsewhere)).toThrow('The card emoji set `@iconify-json/twemoji` is missing.\n  Run `npm install`: the cards draw emoji from it.');
    await rm(elsewhere, { recursive: true });
  });
});
