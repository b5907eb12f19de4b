import { describe, expect, test } from 'vitest';
import { imageProblem, linkProblem, schemeOf } from '../../../../src/lib/content/link-rules.ts';

describe('schemeOf: the scheme a browser would see', () => {
  test.each([
    ['https://www.nato.int/', 'https'],
    ['HTTPS://www.nato.int/', 'https'],
    ['javascript:alert(1)', 'javascript'],
    ['JaVaScRiPt:alert(1)', 'javascript'],
    ['java\tscript:alert(1)', 'javascript'],
    ['java\nscript:alert(1)', 'javascript'],
    ['\u0000 \u001Fjavascript:alert(1)', 'javascript'],
    ['vbscript:msgbox(1)', 'vbscript'],
    ['data:text/html,<script>', 'data'],
    ['C:\\Users\\writer\\map.png', 'c'],
    ['/glossary/nato/', undefined],
    ['../nato/', undefined],
    ['#notes', undefined],
    ['javascript%3Aalert(1)', undefined],
    ['//evil.example/x', undefined],
  ])('%j → %s', (url, scheme) => {
    expect(schemeOf(url)).toBe(scheme);
  });
});

describe('linkProblem', () => {
  test.each(['https://www.nato.int/', 'http://example.org/', 'mailto:press@nato.int', 'tel:+3222070000', '/glossary/nato/', '#notes', '../nato/'])('allows %s', (url) => {
    expect(linkProblem(url)).toBeUndefined();
  });

  test.each(['javascript:alert(1)', 'vbscript:x', 'data:text/html,x', 'file:///etc/passwd', 'ftp://example.org/', 'C:\\x'])('refuses %s', (url) => {
    expect(linkProblem(url)?.message).toContain('is not allowed');
  });
});

describe('imageProblem: images are files of this site, inside the content folder or public/', () => {
  test.each([
    ['./map.png', 1],
    ['map.png', 1],
    ['../images/map.png', 1],
    ['/favicon.svg', 1],
    ['../../content/glossary/map.png', 2],
  ])('allows %s from %d folder(s) down', (url, depth) => {
    expect(imageProblem(url, depth)).toBeUndefined();
  });

  test.each([
    ['../../etc/passwd', 1],
    ['images/../../../x.png', 1],
    ['%2e%2e/%2e%2e/x.png', 1],
    ['..\\..\\x.png', 1],
    ['../x.png', 0],
    ['%E0%A4%A.png', 1],
    ['data:image/png;base64,AA==', 1],
    ['mailto:x@example.org', 1],
  ])('refuses %s from %d folder(s) down', (url, depth) => {
    expect(imageProblem(url, depth)).toBeDefined();
  });

  test.each([
    'https://example.org/map.png',
    'http://example.org/map.png',
    'HTTPS://example.org/map.png',
    '//example.org/map.png',
    '/\\example.org/map.png',
    ' \t//example.org/map.png',
  ])('refuses %s: the site shows only its own images', (url) => {
    expect(imageProblem(url, 1)?.message).toContain('is on another website');
  });
});
