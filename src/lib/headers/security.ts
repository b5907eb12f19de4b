/**
 * The security headers every response carries, with a Content-Security-Policy computed from the
 * built pages: scripts and styles load from the site itself, inline code only by hash, never
 * `'unsafe-inline'` or `'unsafe-eval'`.
 */
import type { InlineSources } from './inline-sources.ts';

/** Sorted, so the same pages always give the same header, byte for byte. */
function sorted(values: Iterable<string>): string[] {
  return [...values].sort();
}

/** The Content-Security-Policy header value for a site whose pages hold `sources`. */
export function buildContentSecurityPolicy(sources: InlineSources): string {
  const styleAttributes = sources.styleAttributes.size ? ["'unsafe-hashes'", ...sorted(sources.styleAttributes)] : [];
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    // Pagefind runs its search in WebAssembly; 'wasm-unsafe-eval' allows compiling it and nothing else.
    ['script-src', "'self'", "'wasm-unsafe-eval'", ...sorted(sources.scripts)],
    ['style-src', "'self'", ...sorted(sources.styles), ...styleAttributes],
    // data: covers small images that Vite inlines into stylesheets.
    ['img-src', "'self'", 'data:'],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['worker-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"],
  ];
  return directives.map((directive) => directive.join(' ')).join('; ');
}

/** Features no page uses; denying them means injected third-party code cannot ask for them either. */
export const PERMISSIONS_POLICY = [
  'accelerometer',
  'camera',
  'geolocation',
  'gyroscope',
  'magnetometer',
  'microphone',
  'payment',
  'usb',
]
  .map((feature) => `${feature}=()`)
  .join(', ');

/** Header name → value, for every path of the site. */
export function buildSecurityHeaders(sources: InlineSources): Record<string, string> {
  return {
    'Content-Security-Policy': buildContentSecurityPolicy(sources),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': PERMISSIONS_POLICY,
    // frame-ancestors is the modern control; X-Frame-Options covers browsers that predate it.
    'X-Frame-Options': 'DENY',
  };
}
