/**
 * `npm run build`: the work is in scripts/lib/build/run-build.ts. This entry first switches on
 * Node's compile cache (in the build cache: src/node/cache-dir.ts), so the next build reads the
 * compiled code of Astro, Vite and the rest instead of compiling it again; it is imported only
 * then, as a static import would load it before the cache is on. The cache changes no output.
 */
import { enableCompileCache } from 'node:module';
import path from 'node:path';
import { buildCacheDir } from '../src/node/cache-dir.ts';

enableCompileCache(path.join(buildCacheDir(), 'node-compile'));
await import('./lib/build/run-build.ts');
