/**
 * The security headers every response carries. The Content-Security-Policy loads scripts and
 * styles from the site itself and allows inline code only by the hash of the site's own
 * (site-inline-code.ts): never `'unsafe-inline'`, `'unsafe-eval'` or `'unsafe-hashes'`, and never
 * a hash taken from the built pages, where an entry could have put it.
 */
import type { AllowedInlineCode } from './inline-sources.ts';
import { siteInlineCode } from './site-inline-code.ts';

/** Sorted, so the header never depends on the order the hashes were listed in. */
function sorted(values: Iterable<string>): string[] {
  return [...values].sort();
}

/** The Content-Security-Policy header value that trusts the inline code in `allowed` and nothing else inline. */
export function buildContentSecurityPolicy(allowed: AllowedInlineCode = siteInlineCode()): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    // Pagefind runs its search in WebAssembly; 'wasm-unsafe-eval' allows compiling it and nothing else.
    ['script-src', "'self'", "'wasm-unsafe-eval'", ...sorted(allowed.scripts)],
    ['style-src', "'self'", ...sorted(allowed.styles)],
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

/**
 * Browsers reach the site only over HTTPS for two years after a visit, subdomains included (the
 * value hstspreload.org asks for). No `preload`: that is the registrable domain's owner's decision
 * and takes months to undo. Browsers ignore the header on plain-HTTP responses.
 */
export const STRICT_TRANSPORT_SECURITY = 'max-age=63072000; includeSubDomains';

/** Header name → value, for every path of the site. */
export function buildSecurityHeaders(allowed: AllowedInlineCode = siteInlineCode()): Record<string, string> {
  return {
    'Content-Security-Policy': buildContentSecurityPolicy(allowed),
    'Strict-Transport-Security': STRICT_TRANSPORT_SECURITY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': PERMISSIONS_POLICY,
    // frame-ancestors is the modern control; X-Frame-Options covers browsers that predate it.
    'X-Frame-Options': 'DENY',
  };
}
