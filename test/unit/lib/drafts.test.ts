/**
 * One draft policy, asked by every part under every Astro command. Each part is run as Astro runs
 * it for that command: the pages (through the command the bundle is told), the glossary links, and
 * the sitemap's dates. When one part grows a rule of its own (the glossary once linked draft terms
 * under `astro sync` while the pages hid them), a row fails.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { astroCommand } from '../../../src/integrations/astro-command.ts';
import { glossaryLinks } from '../../../src/integrations/glossary-links.ts';
import { sitemapDates } from '../../../src/integrations/sitemap-dates.ts';
import { isShown, showDrafts, type AstroCommand } from '../../../src/lib/drafts.ts';
import { findTerms } from '../../../src/lib/glossary/find-terms.ts';

const GLOSSARY = path.resolve('test/fixtures/glossary-linking');
const CORRECTIONS = path.resolve('test/fixtures/corrections');

/** Runs an integration's `astro:config:setup` hook as Astro would under `command`; returns what it defined. */
async function setUp(hooks: { 'astro:config:setup'?: unknown }, command: AstroCommand): Promise<Record<string, unknown>> {
  const defined: Record<string, unknown> = {};
  const hook = hooks['astro:config:setup'] as (options: unknown) => Promise<void> | void;
  await hook({
    command,
    config: { root: pathToFileURL(`${path.resolve('.')}/`) },
    updateConfig: ({ vite }: { vite: { define: Record<string, string> } }) => {
      for (const [key, value] of Object.entries(vite.define)) defined[key] = JSON.parse(value);
    },
    addWatchFile: () => {},
    logger: { debug: () => {} },
  });
  return defined;
}

const saved = process.env['BACKGROUNDER_CONTENT_DIR'];
afterEach(() => {
  if (saved === undefined) delete process.env['BACKGROUNDER_CONTENT_DIR'];
  else process.env['BACKGROUNDER_CONTENT_DIR'] = saved;
});

describe.each([
  { command: 'dev', shown: true },
  { command: 'build', shown: false },
  { command: 'preview', shown: false },
  { command: 'sync', shown: false },
] as const)('`astro $command`', ({ command, shown }) => {
  test(`the policy ${shown ? 'shows' : 'hides'} drafts`, () => {
    expect(showDrafts(command)).toBe(shown);
    expect(isShown({ draft: true }, { showDrafts: showDrafts(command) })).toBe(shown);
    expect(isShown({ draft: false }, { showDrafts: showDrafts(command) })).toBe(true);
  });

  test('the pages decide by the command the bundle is told', async () => {
    const defined = await setUp(astroCommand().hooks, command);
    expect(defined['import.meta.env.ASTRO_COMMAND']).toBe(command);
    expect(showDrafts(defined['import.meta.env.ASTRO_COMMAND'] as AstroCommand)).toBe(shown);
  });

  test('the glossary links a draft term only where drafts are shown', async () => {
    process.env['BACKGROUNDER_CONTENT_DIR'] = GLOSSARY;
    const links = glossaryLinks();
    await setUp(links.integration.hooks, command);
    const { index } = links.remarkPlugin[1].glossary();
    expect(findTerms('The ceasefire held.', index).map((match) => match.id)).toEqual(shown ? ['ceasefire'] : []);
  });

  test('the sitemap dates a draft only where drafts are shown', async () => {
    const dates = sitemapDates(CORRECTIONS);
    await setUp(dates.integration.hooks, command);
    const draft = await dates.serialize({ url: 'https://fixture.example/timeline/2019-07-01-draft-event/' });
    const corrections = await dates.serialize({ url: 'https://fixture.example/corrections/' });
    expect(draft.lastmod).toBe(shown ? '2026-12-24' : undefined);
    expect(corrections.lastmod === '2026-12-24').toBe(shown);
  });
});

test('the sitemap dates say what is missing when their integration is not registered', async () => {
  await expect(sitemapDates(CORRECTIONS).serialize({ url: 'https://fixture.example/' })).rejects.toThrowErrorMatchingInlineSnapshot(`[Error: The sitemap dates were not set up: add the integration that sitemapDates() returns (\`dates.integration\`) to \`integrations\` in astro.config.mjs.]`);
});
