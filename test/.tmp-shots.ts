import { launchBrowser, serveDist } from './e2e/harness.ts';
const server = await serveDist();
const browser = await launchBrowser();
const pages: [string, string][] = (process.argv[2] ?? '/articles/ukraine-urges-nato-membership/').split(',').map((p, i) => [p, `p${i}`]);
for (const [url, name] of pages) {
  for (const [w, h, scheme] of [[1400, 900, 'light'], [390, 844, 'dark']] as const) {
    const ctx = await browser.newContext({ viewport: { width: w, height: h }, colorScheme: scheme });
    const page = await ctx.newPage();
    await page.goto(server.origin + url);
    await page.screenshot({ path: `/tmp/shots/${name}-${w}-${scheme}.png`, fullPage: process.argv[3] === 'full' });
    await ctx.close();
  }
}
await browser.close();
await server.close();
