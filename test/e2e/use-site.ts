/** The per-file setup every browser test shares: dist/ on a local server, and Chromium. */
import { afterAll, beforeAll } from 'vitest';
import type { HeaderBlock } from '../../scripts/lib/headers/index.ts';
import { launchBrowser, readHeaderRules, serveDist, type BrowserSession, type StaticServer } from './harness.ts';

/** What a browser test file needs: the built site on a local server, and a browser. */
export interface SiteUnderTest {
  readonly server: StaticServer;
  readonly session: BrowserSession;
  /** The rules of dist/_headers, for the tests that serve pages under them. */
  readonly rules: readonly HeaderBlock[];
}

/** Serves dist/ and launches Chromium before a test file's tests, and stops both after them. */
export function useSite(): SiteUnderTest {
  const site = {} as { server: StaticServer; session: BrowserSession; rules: HeaderBlock[] };
  beforeAll(async () => {
    site.rules = await readHeaderRules();
    site.server = await serveDist();
    site.session = await launchBrowser();
  });
  afterAll(async () => {
    await site.session?.close();
    await site.server?.close();
  });
  return site;
}
