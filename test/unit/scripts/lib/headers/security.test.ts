import { describe, expect, test } from 'vitest';
import { hashSource } from '../../../../../scripts/lib/headers/inline-sources.ts';
import { buildContentSecurityPolicy, buildSecurityHeaders } from '../../../../../scripts/lib/headers/security.ts';
import { SITE_INLINE_SCRIPTS, SITE_INLINE_STYLES, siteInlineCode } from '../../../../../scripts/lib/headers/site-inline-code.ts';
import { THEME_BOOTSTRAP_SCRIPT } from '../../../../../src/lib/theme.ts';

function directive(policy: string, name: string): string | undefined {
  return policy.split('; ').find((part) => part.startsWith(`${name} `));
}

describe('buildContentSecurityPolicy', () => {
  test.each([
    { name: 'no inline code', scripts: [], styles: [], script: "script-src 'self' 'wasm-unsafe-eval'", style: "style-src 'self'" },
    {
      name: 'hashes, sorted',
      scripts: ["'sha256-b'", "'sha256-a'"],
      styles: ["'sha256-s'"],
      script: "script-src 'self' 'wasm-unsafe-eval' 'sha256-a' 'sha256-b'",
      style: "style-src 'self' 'sha256-s'",
    },
  ])('$name', ({ scripts, styles, script, style }) => {
    const policy = buildContentSecurityPolicy({ scripts: new Set(scripts), styles: new Set(styles) });
    expect(directive(policy, 'script-src')).toBe(script);
    expect(directive(policy, 'style-src')).toBe(style);
    expect(directive(policy, 'frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directive(policy, 'object-src')).toBe("object-src 'none'");
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'/);
  });

  test("trusts by default the site's own inline code, and nothing else: the theme bootstrap", () => {
    const policy = buildContentSecurityPolicy();
    expect(directive(policy, 'script-src')).toBe(`script-src 'self' 'wasm-unsafe-eval' ${hashSource(THEME_BOOTSTRAP_SCRIPT)}`);
    expect(directive(policy, 'style-src')).toBe("style-src 'self'");
  });
});

describe('siteInlineCode', () => {
  test('hashes the lists in site-inline-code.ts', () => {
    expect(SITE_INLINE_SCRIPTS).toEqual([THEME_BOOTSTRAP_SCRIPT]);
    expect(SITE_INLINE_STYLES).toEqual([]);
    expect(siteInlineCode(['a()'], ['p{}'])).toEqual({ scripts: new Set([hashSource('a()')]), styles: new Set([hashSource('p{}')]) });
  });
});

describe('buildSecurityHeaders', () => {
  test('sets every header the CDN must send', () => {
    expect(Object.keys(buildSecurityHeaders())).toEqual([
      'Content-Security-Policy',
      'Strict-Transport-Security',
      'X-Content-Type-Options',
      'Referrer-Policy',
      'Permissions-Policy',
      'X-Frame-Options',
    ]);
  });

  test('keeps browsers on HTTPS for two years, subdomains included, without asking for preload', () => {
    expect(buildSecurityHeaders()['Strict-Transport-Security']).toBe('max-age=63072000; includeSubDomains');
  });
});
