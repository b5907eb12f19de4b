/**
 * `npm run build`: the work is in scripts/lib/build/run-build.ts.
 *
 * No Node compile cache: it saved a rebuild 0.5–1 s of loading code, but a first build paid more
 * for it (2–5 s on 1,000 entries in interleaved runs), writing one file per module (about 2,300),
 * and on ext4 after a rebuild's deletions a new file is dear (see scripts/lib/build/link-files.ts).
 */
import './lib/build/run-build.ts';
