/** Cache and security headers for the CDN: one set of rules for `_headers` and for `npm run deploy`. */
export * from './rules.ts';
export * from './content-type.ts';
export * from './inline-sources.ts';
export * from './security.ts';
export * from './headers-file.ts';
export * from './site-inline-code.ts';
export * from './inline-report.ts';
export * from './live-check.ts';
