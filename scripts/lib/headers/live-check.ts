/**
 * `npm run check:headers`: which paths of a live site to fetch, and how the headers they come
 * back with compare with what `_headers` says they must be. Pure: the script does the fetching.
 * Hosts add headers of their own, so only the headers `_headers` names are compared; values are
 * compared with their spacing normalised, and a Content-Security-Policy directive by directive.
 */
import { parseArgs } from 'node:util';
import { didYouMean } from '../../../src/schemas/suggest.ts';
import { urlPathFor } from './headers-file.ts';

/** The synopsis printed with usage errors and `--help`. */
export const CHECK_HEADERS_USAGE = `Usage: npm run check:headers -- <url> [--dir dist] [--path /a/page/ …] [--timeout 15]
  Fetches the home page, an article, an asset under /_astro/ and a share card of the build in
  --dir from the site at <url> (and <url>'s own path, and each --path), and compares their
  response headers with the build's _headers file. Exit status 1 when they differ, 2 on a usage error.`;

/** A command line the check cannot run with: exit status 2. */
export class CheckHeadersUsageError extends Error {
  override name = 'CheckHeadersUsageError';
}

/** The check's options, read and checked. */
export interface CheckHeadersOptions {
  /** The site's origin: `https://site.example`. */
  origin: string;
  dir: string;
  /** Paths asked for: the URL's own path (when not `/`) and each --path. */
  paths: string[];
  timeoutMs: number;
  help: boolean;
}

const FLAGS = {
  dir: { type: 'string', default: 'dist' },
  path: { type: 'string', multiple: true, default: [] as string[] },
  timeout: { type: 'string', default: '15' },
  help: { type: 'boolean', default: false },
} as const;

/** Options from `argv` (without node and the script); throws CheckHeadersUsageError. */
export function parseCheckHeadersArgs(argv: readonly string[]): CheckHeadersOptions {
  const { values, positionals } = readFlags(argv);
  if (values.help) return { origin: '', dir: values.dir, paths: [], timeoutMs: 0, help: true };
  if (positionals.length !== 1) {
    const got = positionals.length ? `got ${positionals.map((p) => `\`${p}\``).join(', ')}` : 'got none';
    throw new CheckHeadersUsageError(`Give the URL of the live site, once: ${got}.\n${CHECK_HEADERS_USAGE}`);
  }
  const url = readUrl(positionals[0]!);
  for (const requested of values.path) {
    if (!requested.startsWith('/')) throw new CheckHeadersUsageError(`\`--path\` must start with \`/\`, got \`${requested}\`.`);
  }
  const seconds = Number(values.timeout);
  if (!(seconds > 0)) throw new CheckHeadersUsageError(`\`--timeout\` must be a number of seconds above 0, got \`${values.timeout}\`.`);
  const paths = [...(url.pathname === '/' ? [] : [url.pathname]), ...values.path];
  return { origin: url.origin, dir: values.dir, paths, timeoutMs: seconds * 1000, help: false };
}

function readFlags(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: FLAGS, strict: true, allowPositionals: true });
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    const flag = code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? /'-+([^']+)'/.exec(message)?.[1] : undefined;
    const hint = flag ? didYouMean(flag, Object.keys(FLAGS)).replace(/`(.+)`/, '`--$1`') : '';
    // Node's message goes on about positionals after `--`; the first sentence is the one that helps.
    const first = flag ? `Unknown option '--${flag}'.` : message.replace(/\.?$/, '.');
    throw new CheckHeadersUsageError(`${first}${hint}\n${CHECK_HEADERS_USAGE}`);
  }
}

function readUrl(value: string): URL {
  try {
    const url = new URL(value);
    if (url.protocol === 'https:' || url.protocol === 'http:') return url;
  } catch {
    // Falls through to the message below.
  }
  throw new CheckHeadersUsageError(`The URL must start with https:// or http://, got \`${value}\`.\n  For example: npm run check:headers -- https://explainers.example.com/`);
}

/** A path to fetch and what it stands for. */
export interface Probe {
  path: string;
  what: 'home page' | 'article page' | 'page' | 'asset' | 'share card' | 'requested';
}

/** The paths to check for a build of `keys`: the home page, an article, an `/_astro/` asset, a card, and `requested`. */
export function pickProbes(keys: readonly string[], requested: readonly string[] = []): Probe[] {
  const first = (pattern: RegExp) => keys.filter((key) => pattern.test(key)).sort()[0];
  const picks: [string | undefined, Probe['what']][] = [
    [first(/^index\.html$/), 'home page'],
    [first(/^articles\/[^/]+\/index\.html$/) ?? first(/\/index\.html$/), 'article page'],
    [first(/^_astro\/.+\.css$/) ?? first(/^_astro\//), 'asset'],
    [first(/^og\/index\.png$/) ?? first(/^og\/.+\.png$/), 'share card'],
  ];
  const probes: Probe[] = picks.flatMap(([key, what]) => (key ? [{ path: urlPathFor(key), what }] : []));
  for (const path of requested) {
    if (!probes.some((probe) => probe.path === path)) probes.push({ path, what: 'requested' });
  }
  return probes;
}

/** One header that differs: what `_headers` says, and what came back (undefined: not sent). */
export interface HeaderDifference {
  name: string;
  expected: string;
  received: string | undefined;
}

/** The headers of `expected` that `received` lacks or sends with another value. */
export function compareHeaders(expected: Record<string, string>, received: (name: string) => string | null | undefined): HeaderDifference[] {
  const differences: HeaderDifference[] = [];
  for (const [name, value] of Object.entries(expected)) {
    const got = received(name) ?? undefined;
    if (got === undefined || normalise(name, got) !== normalise(name, value)) differences.push({ name, expected: value, received: got });
  }
  return differences;
}

function normalise(name: string, value: string): string {
  const spaced = value.trim().replace(/\s+/g, ' ');
  return name.toLowerCase() === 'content-security-policy' ? directives(spaced).sort().join('; ') : spaced;
}

function directives(policy: string): string[] {
  return policy.split(';').map((part) => part.trim()).filter(Boolean);
}

/** What one probe found: a status other than 2xx, a network failure, or header differences. */
export interface ProbeResult {
  probe: Probe;
  url: string;
  status?: number;
  /** Why the request failed, when it did. */
  failure?: string;
  differences: HeaderDifference[];
}

/** Whether a probe found the headers `_headers` asks for. */
export function probePassed(result: ProbeResult): boolean {
  return result.failure === undefined && result.status !== undefined && result.status < 300 && result.differences.length === 0;
}

/** The report: one block per path, the differing headers as a diff, then the verdict and what to do. */
export function formatHeaderCheck(results: readonly ProbeResult[], origin: string, headersFile: string): string {
  const lines = [`Comparing ${origin} with ${headersFile} (${results.length} paths):`, ''];
  for (const result of results) lines.push(...formatResult(result));
  const failed = results.filter((result) => !probePassed(result)).length;
  lines.push('');
  if (!failed) {
    lines.push(`All ${results.length} paths send the headers in ${headersFile}.`);
  } else {
    lines.push(
      `${failed} of ${results.length} paths do not send the headers in ${headersFile}.`,
      `  Configure the CDN to send them (scripts/lib/headers/README.md), or deploy the build that matches the live site, and check again.`,
    );
  }
  return lines.join('\n');
}

function formatResult({ probe, url, status, failure, differences }: ProbeResult): string[] {
  const head = `${probe.path} (${probe.what})`;
  if (failure !== undefined) return [`✗ ${head}: the request failed: ${failure}`];
  if (status === undefined || status >= 300) return [`✗ ${head}: status ${status}, expected 200. Is ${url} part of this build?`];
  if (!differences.length) return [`✓ ${head}`];
  const lines = [`✗ ${head}: ${differences.length} ${differences.length === 1 ? 'header differs' : 'headers differ'}`];
  for (const difference of differences) lines.push(`    ${difference.name}`, ...diffLines(difference));
  return lines;
}

function diffLines({ name, expected, received }: HeaderDifference): string[] {
  if (received === undefined) return [`      - ${expected}`, '      + (not sent)'];
  if (name.toLowerCase() !== 'content-security-policy') return [`      - ${expected}`, `      + ${received}`];
  // A policy is long: show only the directives that differ.
  const want = directives(expected.replace(/\s+/g, ' '));
  const got = directives(received.replace(/\s+/g, ' '));
  return [...want.filter((d) => !got.includes(d)).map((d) => `      - ${d}`), ...got.filter((d) => !want.includes(d)).map((d) => `      + ${d}`)];
}
