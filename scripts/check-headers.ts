/**
 * `npm run check:headers -- <url> [--dir dist] [--path /a/page/ …] [--timeout 15]`: fetches a live
 * site's home page, an article, an `/_astro/` asset and a share card (and any --path), and compares
 * their response headers with what the build's `_headers` says they must be. CI runs it after a
 * deploy, so a CDN that drops the Content-Security-Policy is noticed. Exit status: 0 when every
 * path sends the headers, 1 when one does not (or cannot be fetched), 2 on a usage error.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  CHECK_HEADERS_USAGE,
  CheckHeadersUsageError,
  HEADERS_FILE,
  compareHeaders,
  formatHeaderCheck,
  headersFor,
  parseCheckHeadersArgs,
  parseHeadersFile,
  pickProbes,
  probePassed,
  type CheckHeadersOptions,
  type Probe,
  type ProbeResult,
} from './lib/headers/index.ts';
import { listSiteFiles } from './lib/site-files.ts';

/** Fetches one path and compares its headers with the rules. */
async function probe(options: CheckHeadersOptions, rules: ReturnType<typeof parseHeadersFile>, target: Probe): Promise<ProbeResult> {
  const url = new URL(target.path, `${options.origin}/`).href;
  try {
    const response = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(options.timeoutMs) });
    await response.body?.cancel();
    const differences = compareHeaders(headersFor(rules, target.path), (name) => response.headers.get(name));
    return { probe: target, url, status: response.status, differences };
  } catch (error) {
    const { name, message, cause } = error as Error & { cause?: { code?: string; message?: string } };
    const failure = name === 'TimeoutError' ? `no answer within ${options.timeoutMs / 1000} s` : (cause?.code ?? cause?.message ?? message);
    return { probe: target, url, failure, differences: [] };
  }
}

async function main(): Promise<number> {
  let options: CheckHeadersOptions;
  try {
    options = parseCheckHeadersArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof CheckHeadersUsageError)) throw error;
    console.error(error.message);
    return 2;
  }
  if (options.help) {
    console.log(CHECK_HEADERS_USAGE);
    return 0;
  }
  const headersFile = path.join(options.dir, HEADERS_FILE);
  const text = await readFile(headersFile, 'utf8').catch(() => undefined);
  if (text === undefined) {
    console.error(`There is no ${headersFile}: the check compares the live site with the build's headers. Run \`npm run build\` first, or pass --dir.`);
    return 2;
  }
  const rules = parseHeadersFile(text);
  const probes = pickProbes(await listSiteFiles(options.dir), options.paths);
  const results = await Promise.all(probes.map((target) => probe(options, rules, target)));
  const passed = results.every(probePassed);
  (passed ? console.log : console.error)(formatHeaderCheck(results, options.origin, headersFile));
  return passed ? 0 : 1;
}

process.exitCode = await main();
