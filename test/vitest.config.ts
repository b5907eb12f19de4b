import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// `npm test`: unit and integration tests. Browser tests have their own config (test/e2e/vitest.config.ts).
// The config lives in test/ because the project's top level is fixed.
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
    // Integration tests run whole Astro builds; on 2 cores they are slow but not stuck.
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
