import { describe, expect, test } from 'vitest';
import {
  collectInlineSources,
  createInlineSources,
  hashSource,
  isExecutableScriptType,
} from '../../../../src/lib/headers/inline-sources.ts';

const collect = (html: string) => collectInlineSources(html, createInlineSources(), 'page.html');

describe('hashSource', () => {
  test('matches the hash in MDN’s CSP example', () => {
    expect(hashSource("alert('Hello, world.');")).toBe("'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='");
  });
});

describe('isExecutableScriptType', () => {
  test.each([
    [undefined, true],
    ['', true],
    ['module', true],
    ['text/javascript', true],
    ['Text/JavaScript; charset=utf-8', true],
    ['importmap', true],
    ['speculationrules', true],
    ['application/ld+json', false],
    ['application/json', false],
    ['text/template', false],
  ])('type %j executes: %s', (type, expected) => {
    expect(isExecutableScriptType(type)).toBe(expected);
  });
});

describe('collectInlineSources', () => {
  test('hashes inline scripts, including those in templates, but not external scripts or data blocks', () => {
    const sources = collect(
      '<script>one()</script><script src="/a.js"></script><script type="application/ld+json">{"a":1}</script>' +
        '<template><script type="module">two()</script></template>',
    );
    expect([...sources.scripts]).toEqual([hashSource('one()'), hashSource('two()')]);
  });

  test('hashes the text the browser sees: entities in scripts stay as written, CRLF becomes LF', () => {
    const sources = collect('<script>a("&amp;")\r\nb()</script>');
    expect([...sources.scripts]).toEqual([hashSource('a("&amp;")\nb()')]);
  });

  test('hashes inline styles and style attributes separately', () => {
    const sources = collect('<style>p{color:red}</style><p style="text-align:right">1</p>');
    expect([...sources.styles]).toEqual([hashSource('p{color:red}')]);
    expect([...sources.styleAttributes]).toEqual([hashSource('text-align:right')]);
  });

  test.each([
    ['<button onclick="go()">Go</button>', '`onclick` on <button> in page.html'],
    ['<a href="javascript:void(0)">x</a>', '`href` on <a> in page.html'],
    ['<body onload="init()"></body>', '`onload` on <body> in page.html'],
  ])('reports %s, which the policy blocks', (html, blocked) => {
    expect([...collect(html).blocked]).toEqual([blocked]);
  });

  test.each([
    ['a textarea', '<textarea><script>no()</script></textarea>'],
    ['a title', '<title><style>p{}</style></title>'],
    ['a comment', '<!-- <script>no()</script> -->'],
    ['a script’s own text', '<script type="text/template"><script>no()</script>'],
  ])('does not mistake markup written inside %s for inline code', (_name, html) => {
    const sources = collect(html);
    expect([sources.scripts.size, sources.styles.size]).toEqual([0, 0]);
  });

  test('hashes styles inside SVG, whose text is markup there rather than raw text', () => {
    const sources = collect('<svg><style>circle{fill:red}</style><circle/></svg><style>p{}</style>');
    expect([...sources.styles]).toEqual([hashSource('circle{fill:red}'), hashSource('p{}')]);
  });

  test('does not mistake ordinary attributes or text for inline code', () => {
    const sources = collect('<details open><summary>javascript: the language</summary></details><a href="/js/">JS</a>');
    expect(sources.blocked.size).toBe(0);
  });
});
