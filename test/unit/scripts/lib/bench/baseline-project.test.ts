import { describe, expect, test } from 'vitest';
import { BASELINE_ENTRY, baselineProjectFiles } from '../../../../../scripts/lib/bench/baseline-project.ts';

const files = baselineProjectFiles('/tmp/bench "x"/content-10');
const file = (path: string) => {
  const found = files.find((f) => f.path === path);
  if (!found) throw new Error(`no ${path}`);
  return found.text;
};

describe('baselineProjectFiles', () => {
  test('has a build script, a config, a content config, one layout and one route per collection', () => {
    expect(files.map((f) => f.path).sort()).toEqual([
      'astro.config.mjs',
      BASELINE_ENTRY,
      'package.json',
      'src/components/Passthrough.astro',
      'src/content.config.ts',
      'src/layouts/Minimal.astro',
      'src/pages/articles/[id].astro',
      'src/pages/glossary/[id].astro',
      'src/pages/places/[id].astro',
      'src/pages/timeline/[id].astro',
    ].sort());
  });

  test("keeps Astro's default Markdown processor and its own Astro and Vite caches", () => {
    const config = file('astro.config.mjs');
    expect(config).not.toMatch(/markdown|unified|remark|rehype/);
    expect(config).toContain("cacheDir: './.astro-cache/'");
    expect(config).toContain("cacheDir: './.astro-cache/vite/'");
    expect(config).toContain('integrations: [mdx()]');
  });

  test('points each glob loader at the content dir, quoted safely', () => {
    const config = file('src/content.config.ts');
    for (const dir of ['articles', 'timeline', 'glossary']) {
      expect(config).toContain(`base: ${JSON.stringify(`/tmp/bench "x"/content-10/${dir}`)}`);
    }
    expect(config).toContain('z.looseObject({})');
  });

  test('renders each entry with the writer components passed through', () => {
    const route = file('src/pages/glossary/[id].astro');
    expect(route).toContain('getCollection("glossary")');
    expect(route).toContain('Term: Passthrough, PullQuote: Passthrough, Aside: Passthrough');
  });
});
