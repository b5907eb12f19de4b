import { describe, expect, test } from 'vitest';
import { createInlineSources } from '../../../../src/lib/headers/inline-sources.ts';
import { buildContentSecurityPolicy, buildSecurityHeaders } from '../../../../src/lib/headers/security.ts';

function sources(parts: { scripts?: string[]; styles?: string[]; styleAttributes?: string[] }) {
  const result = createInlineSources();
  parts.scripts?.forEach((hash) => result.scripts.add(hash));
  parts.styles?.forEach((hash) => result.styles.add(hash));
  parts.styleAttributes?.forEach((hash) => result.styleAttributes.add(hash));
  return result;
}

function directive(policy: string, name: string): string | undefined {
  return policy.split('; ').find((part) => part.startsWith(`${name} `));
}

describe('buildContentSecurityPolicy', () => {
  test.each([
    { name: 'no inline code', input: {}, script: "script-src 'self' 'wasm-unsafe-eval'", style: "style-src 'self'" },
    {
      name: 'hashes, sorted',
      input: { scripts: ["'sha256-b'", "'sha256-a'"], styles: ["'sha256-s'"] },
      script: "script-src 'self' 'wasm-unsafe-eval' 'sha256-a' 'sha256-b'",
      style: "style-src 'self' 'sha256-s'",
    },
    {
      name: 'style attributes',
      input: { styleAttributes: ["'sha256-t'"] },
      script: "script-src 'self' 'wasm-unsafe-eval'",
      style: "style-src 'self' 'unsafe-hashes' 'sha256-t'",
    },
  ])('$name', ({ input, script, style }) => {
    const policy = buildContentSecurityPolicy(sources(input));
    expect(directive(policy, 'script-src')).toBe(script);
    expect(directive(policy, 'style-src')).toBe(style);
    expect(directive(policy, 'frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directive(policy, 'object-src')).toBe("object-src 'none'");
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
  });
});

describe('buildSecurityHeaders', () => {
  test('sets every header the CDN must send', () => {
    expect(Object.keys(buildSecurityHeaders(createInlineSources()))).toEqual([
      'Content-Security-Policy',
      'X-Content-Type-Options',
      'Referrer-Policy',
      'Permissions-Policy',
      'X-Frame-Options',
    ]);
  });
});
