/**
 * The site under its own `_headers`, in Chromium: every page loads with no Content-Security-Policy
 * violation, every file gets the Cache-Control of its rule, and the policy is known to bite (an
 * unhashed inline script is reported) while JSON-LD data blocks and Pagefind's WebAssembly pass.
 */
import { afterEach, describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { listSiteFiles } from '../../scripts/lib/site-files.ts';
import { UNPUBLISHED_FILES } from '../../scripts/lib/deploy/build-record.ts';
import { buildContentSecurityPolicy, cacheControlFor, headersFor, urlPathFor } from '../../scripts/lib/headers/index.ts';
import { DIST } from './harness.ts';
import { useSite } from './use-site.ts';

declare global {
  interface Window {
    cspViolations?: string[];
  }
}

const site = useSite();
let contexts: BrowserContext[] = [];


afterEach(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  contexts = [];
});

interface WatchedPage {
  page: Page;
  /** `securitypolicyviolation` events seen by the current document, as `directive blocked what`. */
  violations(): Promise<string[]>;
  /** Console messages about the policies ("Refused to …", "Error with Permissions-Policy header …"). */
  policyMessages: string[];
}

async function watchedPage(): Promise<WatchedPage> {
  const context = await site.session.newContext();
  contexts.push(context);
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window.cspViolations ??= []).push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  const page = await context.newPage();
  const policyMessages: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Permissions-Policy/i.test(message.text())) policyMessages.push(message.text());
  });
  return { page, policyMessages, violations: async () => (await page.evaluate(() => window.cspViolations)) ?? [] };
}

async function pagePaths(): Promise<string[]> {
  return (await listSiteFiles(DIST)).filter((key) => key.endsWith('.html')).map(urlPathFor);
}

describe('_headers', () => {
  test('gives every file of dist/ the Cache-Control of its rule, once, and the security headers', async () => {
    expect(site.rules.length).toBeGreaterThan(1);
    const keys = (await listSiteFiles(DIST)).filter((key) => !UNPUBLISHED_FILES.has(key));
    for (const key of keys) {
      const response = await fetch(`${site.server.origin}${urlPathFor(key)}`);
      expect(response.headers.get('cache-control'), key).toBe(cacheControlFor(key));
      expect(response.headers.get('content-security-policy'), key).toMatch(/frame-ancestors 'none'/);
      expect(response.headers.get('x-content-type-options'), key).toBe('nosniff');
      expect(response.headers.get('strict-transport-security'), key).toBe('max-age=63072000; includeSubDomains');
    }
  });

  test("sends a policy that trusts only the site's own inline code, without unsafe-inline, unsafe-eval or unsafe-hashes", () => {
    const policy = headersFor(site.rules, '/')['Content-Security-Policy'];
    expect(policy).toBe(buildContentSecurityPolicy());
    expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'/);
  });
});

describe('the Content-Security-Policy in Chromium', () => {
  test('lets every page load without a violation', async () => {
    const { page, violations, policyMessages } = await watchedPage();
    const found: string[] = [];
    for (const path of await pagePaths()) {
      await page.goto(`${site.server.origin}${path}`, { waitUntil: 'load' });
      found.push(...(await violations()).map((violation) => `${path}: ${violation}`));
    }
    expect(found).toEqual([]);
    expect(policyMessages).toEqual([]);
  });

  test('runs a Pagefind search (WebAssembly) without a violation', async () => {
    const { page, violations, policyMessages } = await watchedPage();
    await page.goto(`${site.server.origin}/`);
    // A string, because vitest rewrites `import()` in functions it compiles.
    const results = await page.evaluate<number>(`import('/pagefind/pagefind.js')
      .then((pagefind) => pagefind.search('NATO'))
      .then((search) => search.results.length)`);
    expect(results).toBeGreaterThan(0);
    expect(await violations()).toEqual([]);
    expect(policyMessages).toEqual([]);
  });

  // The two probes below serve made-up pages with the site's policy, to show what Chromium does with it.
  test.each([
    { body: '<script>document.title = "ran"</script>', title: 'probe', blocked: ['script-src-elem blocked inline'] },
    { body: '<script type="application/ld+json">{"@type": "Thing"}</script>', title: 'probe', blocked: [] },
  ])('with an unhashed $body, reports $blocked', async ({ body, title, blocked }) => {
    const { page, violations } = await watchedPage();
    const headers = headersFor(site.rules, '/');
    await page.route(`${site.server.origin}/csp-probe/`, (route) =>
      route.fulfill({ status: 200, headers: { ...headers, 'Content-Type': 'text/html' }, body: `<title>probe</title>${body}` }),
    );
    await page.goto(`${site.server.origin}/csp-probe/`);
    expect(await page.title()).toBe(title);
    expect(await violations()).toEqual(blocked);
  });
});
