/**
 * `npm run cards:preview -- <page-url> [--out file.png]`: draws one page's share card and writes it
 * to a file, so a writer can see how a title or a quote will look when shared. It asks Astro's
 * dev server for the card, so the card is exactly what the build makes (drafts included).
 *
 *   npm run cards:preview -- /glossary/donbass/
 *   npm run cards:preview -- https://backgrounder.example.org/articles/ukraine-urges-nato-membership/quotes/1/ --out quote.png
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { dev } from 'astro';
import { contentRoot } from '../src/node/content-root.ts';
import { didYouMean } from '../src/schemas/suggest.ts';
import { validateContent } from '../src/lib/content/validate.ts';
import { showDrafts } from '../src/lib/drafts.ts';
import { pagePathOf, routes } from '../src/lib/routes.ts';
import { assembleSite } from '../src/lib/site/assemble.ts';
import { readContent } from './lib/content/read-content.ts';

process.env['ASTRO_TELEMETRY_DISABLED'] ??= '1';

const USAGE = 'Usage: npm run cards:preview -- <page-url> [--out file.png]\n  e.g. npm run cards:preview -- /glossary/donbass/';

async function fetchCard(page: string): Promise<Uint8Array | undefined> {
  const server = await dev({ root: process.cwd(), logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
  try {
    const response = await fetch(`http://127.0.0.1:${server.address.port}${routes.card(page)}`);
    if (response.status === 404) return undefined;
    if (!response.ok) throw new Error(`The dev server answered ${response.status}: ${(await response.text()).slice(0, 500)}`);
    return new Uint8Array(await response.arrayBuffer());
  } finally {
    await server.stop();
  }
}

/** Every page `npm run dev` shows, drafts included: the addresses a mistyped one is compared with. */
async function devPages(): Promise<string[]> {
  const policy = { showDrafts: showDrafts('dev') };
  const { entries } = validateContent(await readContent(contentRoot()), policy);
  return assembleSite(entries, policy).pages.map((known) => known.path);
}

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' } } });
  if (positionals.length !== 1) {
    console.error(USAGE);
    return 1;
  }
  const page = pagePathOf(positionals[0]!);
  const png = await fetchCard(page);
  if (!png) {
    console.error(`There is no card for \`${page}\`: no page has that address.${didYouMean(page, await devPages())}\n${USAGE}`);
    return 1;
  }
  const out = path.resolve(values.out ?? path.join(tmpdir(), 'backgrounder-cards', `${page.replace(/^\/|\/$/g, '').replaceAll('/', '-') || 'index'}.png`));
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, png);
  console.log(`Wrote the card for ${page} to ${out} (${(png.byteLength / 1024).toFixed(0)} KiB).`);
  return 0;
}

process.exitCode = await main();
