/**
 * A browser against the built site, for `npm run budgets` and the browser tests: a static server
 * for dist/ on a free loopback port, and Debian's Chromium driven by playwright-core. No browser is
 * downloaded; set CHROMIUM_PATH to use another binary. The server applies dist/_headers as Netlify
 * and Cloudflare Pages do, so every page loads under the site's real Content-Security-Policy.
 */
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import mime from 'mime';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { HEADERS_FILE, headersFor, parseHeadersFile, type HeaderBlock } from './headers/index.ts';

/** The built site that `npm run build` leaves. */
export const DIST = path.resolve('dist');

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves `root` the way a CDN serves the site: directory URLs map to index.html, unknown paths to 404.html. */
export async function serveDist(root = DIST): Promise<StaticServer> {
  if (!existsSync(path.join(root, 'index.html'))) {
    throw new Error(`No built site in ${root}. Run \`npm run build\` before \`npm run test:e2e\`.`);
  }
  const rules = await readHeaderRules(root);
  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    const headers = headersFor(rules, url.pathname);
    try {
      // Hosts read _headers but never serve it.
      if (path.relative(root, file) === HEADERS_FILE) throw new Error('not served');
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      const body = await readFile(file);
      response.writeHead(200, { ...headers, 'Content-Type': mime.getType(file) ?? 'application/octet-stream' }).end(body);
    } catch {
      const body = await readFile(path.join(root, '404.html')).catch(() => Buffer.from('Not found'));
      response.writeHead(404, { ...headers, 'Content-Type': 'text/html; charset=utf-8' }).end(body);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/** The rules of `root/_headers`; none when the build wrote no such file. */
export async function readHeaderRules(root = DIST): Promise<HeaderBlock[]> {
  const text = await readFile(path.join(root, HEADERS_FILE), 'utf8').catch(() => '');
  return parseHeadersFile(text);
}

/** The Chromium binary: CHROMIUM_PATH, else Debian's. */
export function chromiumPath(): string {
  const candidate = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
  if (!existsSync(candidate)) {
    throw new Error(
      `Chromium was not found at ${candidate}. Install it with \`apt-get install -y chromium\`, or set CHROMIUM_PATH.`,
    );
  }
  return candidate;
}

export interface BrowserSession {
  browser: Browser;
  /** A fresh context per call: its own storage, viewport and colour scheme. */
  newContext(options?: Parameters<Browser['newContext']>[0]): Promise<BrowserContext>;
  close(): Promise<void>;
}

/** Launches headless Chromium with the flags this sandbox needs (no network, no GPU, root). Playwright gives it a fresh profile. */
export async function launchBrowser(): Promise<BrowserSession> {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    browser,
    newContext: (options) => browser.newContext(options),
    close: () => browser.close(),
  };
}

/** The phone-sized viewport that budgets and layout checks use. */
export const PHONE = { width: 390, height: 844 } as const;
