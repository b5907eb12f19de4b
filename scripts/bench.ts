/**
 * `npm run bench -- [--sizes 10,100,1000] [--json <file>] [--results <file>] [--repeat 3] [--keep]`:
 * builds synthetic content sets of each size four ways (a bare Astro baseline, the generator cold,
 * the generator warm, the generator again after a one-entry edit), takes the median of each, and
 * prints the tables. A run of the full sizes
 * rewrites scripts/lib/bench/RESULTS.md. The method: scripts/lib/bench/README.md.
 */
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { BASELINE_CACHE_DIR, BASELINE_ENTRY, baselineProjectFiles } from './lib/bench/baseline-project.ts';
import { planEdit, type FileEdit } from './lib/bench/edit.ts';
import { countFiles, directoryBytes, largestFile, linkNodeModules, writeFiles } from './lib/bench/files.ts';
import { runMeasured, type MeasuredRun } from './lib/bench/measure.ts';
import { parseBenchArgs } from './lib/bench/options.ts';
import { formatCpuTable, formatOutputTable, formatResults, formatRunsTable, toDocument, type SizeDetails } from './lib/bench/report.ts';
import { summariseSize, toMiB, type BenchRun } from './lib/bench/stats.ts';
import { tallyRepetitions, type Repetition } from './lib/bench/tally.ts';
import { generateContentSet } from './lib/bench/synthetic-content.ts';

const projectRoot = process.cwd();
const BUILD_TIMEOUT_MS = 15 * 60 * 1000;
const log = (message: string) => process.stderr.write(`${message}\n`);

/** Runs a build and stops the bench, with the build's own output, if it fails. */
async function runBuild(label: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<MeasuredRun> {
  const run = await runMeasured(process.execPath, args, { cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, timeoutMs: BUILD_TIMEOUT_MS });
  if (run.exitCode !== 0) {
    throw new Error(`The ${label} build failed (exit status ${run.exitCode}). Its output ends:\n${run.output.slice(-4000)}`);
  }
  const cpu = run.cpuSeconds === undefined ? '' : `  ${run.cpuSeconds.toFixed(2).padStart(7)} s CPU`;
  log(`  ${label.padEnd(24)} ${run.seconds.toFixed(2).padStart(7)} s${cpu}  ${toMiB(run.peakRssBytes).toFixed(0).padStart(5)} MiB`);
  return run;
}

/** The generator's build (`npm run build`'s code) with its output and its caches (Astro, Vite, cards) in `dir`. */
function runGenerator(label: string, contentDir: string, dir: string): Promise<MeasuredRun> {
  return runBuild(label, [path.join(projectRoot, 'scripts/build.ts')], projectRoot, {
    BACKGROUNDER_CONTENT_DIR: contentDir,
    BACKGROUNDER_OUT_DIR: path.join(dir, 'dist'),
    BACKGROUNDER_CACHE_DIR: path.join(dir, 'astro-cache'),
  });
}

/** Writes the content set and the baseline project for `size`. */
async function prepareSize(size: number, workDir: string) {
  const content = generateContentSet(size);
  const contentDir = path.join(workDir, `content-${size}`);
  await writeFiles(contentDir, content.files);
  const baselineDir = path.join(workDir, `baseline-${size}`);
  await writeFiles(baselineDir, baselineProjectFiles(contentDir));
  await linkNodeModules(baselineDir, projectRoot);
  const edit = planEdit(content.files);
  log(`\n${size} entries (${content.counts.articles} articles, ${content.counts.events} events, ${content.counts.terms} terms; ${content.counts.places} places) in ${contentDir}`);
  return { counts: content.counts, contentDir, baselineDir, edit };
}

/** Writes each edited file's `after` (or, to undo the edit, its `before`) under `contentDir`. */
async function applyEdit(contentDir: string, edit: readonly FileEdit[], side: 'after' | 'before'): Promise<void> {
  for (const file of edit) await writeFile(path.join(contentDir, file.path), file[side]);
}

/** The generator's build after the one-entry edit, with the caches the warm build left; the content is restored whatever happens. */
async function runEdited(label: string, contentDir: string, dir: string, edit: readonly FileEdit[]): Promise<MeasuredRun> {
  await applyEdit(contentDir, edit, 'after');
  try {
    return await runGenerator(label, contentDir, dir);
  } finally {
    await applyEdit(contentDir, edit, 'before');
  }
}

/** Builds one size `repeat` times each way, interleaved so a busy spell on the machine hits all four alike. */
async function benchSize(size: number, workDir: string, repeat: number): Promise<{ run: BenchRun; details: SizeDetails }> {
  const { counts, contentDir, baselineDir, edit } = await prepareSize(size, workDir);
  const generatorDir = (i: number) => path.join(workDir, `generator-${size}-${i}`);
  const repetitions: Repetition[] = [];
  for (let i = 1; i <= repeat; i++) {
    // Cold means cold for both: no Astro or Vite cache, no output, for the baseline as for the generator.
    await rm(path.join(baselineDir, 'dist'), { recursive: true, force: true });
    await rm(path.join(baselineDir, BASELINE_CACHE_DIR), { recursive: true, force: true });
    const baseline = await runBuild(`baseline ${i}/${repeat}`, [BASELINE_ENTRY], baselineDir, {});
    const cold = await runGenerator(`generator cold ${i}/${repeat}`, contentDir, generatorDir(i));
    const warm = await runGenerator(`generator warm ${i}/${repeat}`, contentDir, generatorDir(i));
    const edited = await runEdited(`generator edit ${i}/${repeat}`, contentDir, generatorDir(i), edit);
    repetitions.push({ baseline, cold, warm, edit: edited });
    if (i < repeat) await rm(generatorDir(i), { recursive: true, force: true });
  }

  const { baselinePeakRssBytes, baselineCpuS, coldCpuS, warmCpuS, editCpuS, ...tally } = tallyRepetitions(repetitions);
  const dist = path.join(generatorDir(repeat), 'dist');
  const maxHtmlPage = (await largestFile(dist, '.html')) ?? { path: 'none', bytes: 0 };
  const pagefindBytes = await directoryBytes(path.join(dist, 'pagefind'));
  const run = summariseSize({ entries: size, pages: await countFiles(dist, '.html'), cards: await countFiles(dist, '.png'), ...tally, maxHtmlPage, pagefindBytes });
  const details: SizeDetails = {
    entries: size,
    ...counts,
    distMiB: toMiB(await directoryBytes(dist)),
    baselinePages: await countFiles(path.join(baselineDir, 'dist'), '.html'),
    baselinePeakRssMiB: toMiB(baselinePeakRssBytes),
    coldS: tally.coldS,
    warmS: tally.warmS,
    editS: tally.editS,
    baselineS: tally.baselineS,
    coldCpuS,
    warmCpuS,
    editCpuS,
    baselineCpuS,
  };
  return { run, details };
}

/** Writes `text` to `file` whole or not at all. */
async function writeAtomically(file: string, text: string): Promise<string> {
  const target = path.resolve(file);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(`${target}.tmp`, text);
  await rename(`${target}.tmp`, target);
  return target;
}

function environment(): Record<string, string | number> {
  const astro = JSON.parse(readFileSync(path.join(projectRoot, 'node_modules/astro/package.json'), 'utf8')) as { version: string };
  return {
    node: process.version,
    astro: astro.version,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 1024 ** 3),
    loadAverageAtStart: os.loadavg()[0]!.toFixed(2),
  };
}

async function main(): Promise<number> {
  const options = parseBenchArgs(process.argv.slice(2));
  if (Number(process.versions.node.split('.')[0]) < 24) {
    throw new Error(`The bench needs Node 24 (Astro 7 does), but this is Node ${process.versions.node}. Run it as \`npm run bench\`.`);
  }
  const env = environment();
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'backgrounder-bench-'));
  log(`Benchmark: sizes ${options.sizes.join(', ')}, median of ${options.repeat}; Node ${env['node']}, Astro ${env['astro']}, ${env['cpus']} cores; work dir ${workDir}`);
  try {
    const runs: BenchRun[] = [];
    const details: SizeDetails[] = [];
    for (const size of options.sizes) {
      const result = await benchSize(size, workDir, options.repeat);
      runs.push(result.run);
      details.push(result.details);
    }
    console.log(`\nBuild times: median of ${options.repeat}, seconds of wall time (Node ${env['node']}, Astro ${env['astro']}, ${env['cpus']} cores)\n`);
    console.log(formatRunsTable(runs, details));
    console.log(`\nOutput size, from the last cold build\n\n${formatOutputTable(runs)}`);
    const cpuTable = formatCpuTable(details);
    if (cpuTable) console.log(`\nCPU time (user + system of the whole process tree), median of ${options.repeat}\n\n${cpuTable}`);
    if (options.json) {
      const file = await writeAtomically(options.json, `${JSON.stringify(toDocument(runs, details, env), null, 2)}\n`);
      console.log(`\nWrote ${file}.`);
    }
    if (options.results) {
      const date = new Date().toISOString().slice(0, 10);
      const file = await writeAtomically(options.results, formatResults(runs, details, { date, repeat: options.repeat, environment: env }));
      console.log(`Wrote ${file}.`);
    }
    return 0;
  } finally {
    if (options.keep) log(`\nKept the work dir: ${workDir}`);
    else await rm(workDir, { recursive: true, force: true });
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`The benchmark stopped: ${(error as Error).message}`);
  process.exitCode = 1;
}
