/**
 * `npm run check:headers` against a local HTTP server standing in for the CDN: one that sends the
 * build's headers, one that sends none of the security headers (an S3 origin nobody configured),
 * one that weakens the policy, and one that is not there. The command runs as a child process.
 */
import { spawn } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeHeadersFile } from '../../scripts/lib/headers/write-headers.ts';
import { HEADERS_FILE, headersFor, parseHeadersFile, type HeaderBlock } from '../../scripts/lib/headers/index.ts';

const TMP = path.resolve('test/.tmp/check-headers');
const DIST = path.join(TMP, 'dist');
const FILES = ['index.html', 'articles/one/index.html', '_astro/site.abc123.css', 'og/index.png', 'og/articles/one.png'];

/** How the stand-in CDN treats the headers in `_headers`. */
type Mode = 'as built' | 'no security headers' | 'weakened';

interface Cdn {
  origin: string;
  close(): Promise<void>;
}

/** Serves DIST's files (404 for anything else) with the headers `mode` describes. */
async function startCdn(rules: HeaderBlock[], mode: Mode): Promise<Cdn> {
  const server: Server = createServer((request, response) => {
    const urlPath = new URL(request.url ?? '/', 'http://cdn').pathname;
    const key = urlPath.endsWith('/') ? `${urlPath.slice(1)}index.html` : urlPath.slice(1);
    const headers = { ...headersFor(rules, urlPath) };
    if (mode === 'no security headers') for (const name of Object.keys(headers)) if (name !== 'Cache-Control') delete headers[name];
    if (mode === 'weakened') {
      headers['Content-Security-Policy'] = headers['Content-Security-Policy']!.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'");
      delete headers['Strict-Transport-Security'];
    }
    response.writeHead(FILES.includes(key) ? 200 : 404, headers).end('x');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

interface Run {
  code: number | null;
  output: string;
}

/** Runs the command (asynchronously: the stand-in CDN lives in this process). */
function checkHeaders(...args: string[]): Promise<Run> {
  const child = spawn(process.execPath, ['scripts/check-headers.ts', ...args]);
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, output })));
}

let rules: HeaderBlock[];
const cdns: Cdn[] = [];

beforeAll(async () => {
  await rm(TMP, { recursive: true, force: true });
  for (const key of FILES) {
    await mkdir(path.dirname(path.join(DIST, key)), { recursive: true });
    await writeFile(path.join(DIST, key), 'x');
  }
  await writeHeadersFile(DIST);
  rules = parseHeadersFile(await readFile(path.join(DIST, HEADERS_FILE), 'utf8'));
});

afterAll(async () => {
  await Promise.all(cdns.map((cdn) => cdn.close()));
});

async function cdn(mode: Mode): Promise<string> {
  const started = await startCdn(rules, mode);
  cdns.push(started);
  return started.origin;
}

/** The output with the server's port replaced, for snapshots. */
const stable = (output: string, origin: string) =>
  output.replaceAll(origin, 'http://cdn.test').replaceAll(TMP, '<tmp>').replace(/'sha256-[^']+'/g, "'sha256-…'");

describe('npm run check:headers', () => {
  test('exits 0 when the home page, an article, an asset and a card send the headers in _headers', async () => {
    const origin = await cdn('as built');
    const run = await checkHeaders(`${origin}/`, '--dir', DIST);
    expect(run.code).toBe(0);
    expect(stable(run.output, origin)).toMatchInlineSnapshot(`
      "Comparing http://cdn.test with <tmp>/dist/_headers (4 paths):

      ✓ / (home page)
      ✓ /articles/one/ (article page)
      ✓ /_astro/site.abc123.css (asset)
      ✓ /og/index.png (share card)

      All 4 paths send the headers in <tmp>/dist/_headers.
      "
    `);
  });

  test('exits 1 and lists every missing header when the CDN sends none of the security headers', async () => {
    const origin = await cdn('no security headers');
    const run = await checkHeaders(origin, '--dir', DIST);
    expect(run.code).toBe(1);
    expect(stable(run.output, origin)).toContain(
      '4 of 4 paths do not send the headers in <tmp>/dist/_headers.\n  Configure the CDN to send them (scripts/lib/headers/README.md), or deploy the build that matches the live site, and check again.',
    );
    expect(stable(run.output, origin).split('\n').slice(0, 20).join('\n')).toMatchInlineSnapshot(`
      "Comparing http://cdn.test with <tmp>/dist/_headers (4 paths):

      ✗ / (home page): 6 headers differ
          Content-Security-Policy
            - default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-…'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'
            + (not sent)
          Strict-Transport-Security
            - max-age=63072000; includeSubDomains
            + (not sent)
          X-Content-Type-Options
            - nosniff
            + (not sent)
          Referrer-Policy
            - strict-origin-when-cross-origin
            + (not sent)
          Permissions-Policy
            - accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()
            + (not sent)
          X-Frame-Options
            - DENY"
    `);
  });

  test('exits 1 and shows only the directives that differ when the policy is weakened', async () => {
    const origin = await cdn('weakened');
    const run = await checkHeaders(`${origin}/articles/one/`, '--dir', DIST, '--path', '/og/articles/one.png');
    expect(run.code).toBe(1);
    expect(stable(run.output, origin).split('\n').slice(0, 9).join('\n')).toMatchInlineSnapshot(`
      "Comparing http://cdn.test with <tmp>/dist/_headers (5 paths):

      ✗ / (home page): 2 headers differ
          Content-Security-Policy
            - script-src 'self' 'wasm-unsafe-eval' 'sha256-…'
            + script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval' 'sha256-…'
          Strict-Transport-Security
            - max-age=63072000; includeSubDomains
            + (not sent)"
    `);
  });

  test('exits 1 for a path the site does not have, and for a site that does not answer', async () => {
    const origin = await cdn('as built');
    const missing = await checkHeaders(origin, '--dir', DIST, '--path', '/not-built/');
    expect(missing.code).toBe(1);
    expect(stable(missing.output, origin)).toContain('✗ /not-built/ (requested): status 404, expected 200. Is http://cdn.test/not-built/ part of this build?');
    const closed = await startCdn(rules, 'as built');
    await closed.close();
    const down = await checkHeaders(closed.origin, '--dir', DIST);
    expect(down.code).toBe(1);
    expect(stable(down.output, closed.origin)).toContain('✗ / (home page): the request failed: ECONNREFUSED');
  });

  test.each([
    [[], 'Give the URL of the live site, once: got none.'],
    [['site.example'], 'The URL must start with https:// or http://, got `site.example`.'],
    [['https://site.example', '--tiemout', '5'], "Unknown option '--tiemout'. Did you mean `--timeout`?"],
    [['https://site.example', '--path', 'articles/'], '`--path` must start with `/`, got `articles/`.'],
    [['https://site.example', '--dir', 'test/.tmp/check-headers/nowhere'], 'There is no test/.tmp/check-headers/nowhere/_headers'],
  ])('exits 2 on a usage error: %j', async (args, message) => {
    const run = await checkHeaders(...args);
    expect(run.code).toBe(2);
    expect(run.output).toContain(message);
  });
});
