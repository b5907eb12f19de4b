import { describe, expect, test } from 'vitest';
import { findInlineCode, hashSource, isExecutableScriptType, type AllowedInlineCode } from '../../../../../scripts/lib/headers/inline-sources.ts';

const NONE: AllowedInlineCode = { scripts: new Set(), styles: new Set() };
const find = (html: string, allowed = NONE) => findInlineCode(html, '/page/', allowed);
const codeOf = (html: string) => find(html).map(({ kind, code }) => `${kind}: ${code}`);

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

describe('findInlineCode', () => {
  test('reports inline scripts, those in templates and SVG too, but not external scripts or data blocks', () => {
    expect(
      codeOf(
        '<script>one()</script><script src="/a.js"></script><script type="application/ld+json">{"a":1}</script>' +
          '<template><script type="module">two()</script></template><svg><script>three()</script><script href="/b.js"></script></svg>',
      ),
    ).toEqual(['script: one()', 'script: two()', 'script: three()']);
  });

  test('lets through exactly the allowed hashes, of the text the browser sees (entities as written, CRLF as LF)', () => {
    const allowed = { scripts: new Set([hashSource('a("&amp;")\nb()')]), styles: new Set([hashSource('p{}')]) };
    expect(find('<script>a("&amp;")\r\nb()</script><style>p{}</style>', allowed)).toEqual([]);
    expect(find('<script>a("&amp;")\r\nb() </script><style>p{ }</style>', allowed).map(({ kind }) => kind)).toEqual(['script', 'style']);
  });

  test.each([
    ['<style>p{color:red}</style>', { kind: 'style', tagName: 'style', code: 'p{color:red}' }],
    ['<svg><style>circle{fill:red}</style></svg>', { kind: 'style', tagName: 'style', code: 'circle{fill:red}' }],
    ['<p style="text-align:right">1</p>', { kind: 'style-attribute', tagName: 'p', attribute: 'style', code: 'text-align:right' }],
    ['<img src="x" onerror="go()">', { kind: 'event-handler', tagName: 'img', attribute: 'onerror', code: 'go()' }],
    ['<body onLoad="init()"></body>', { kind: 'event-handler', tagName: 'body', attribute: 'onload', code: 'init()' }],
    ['<a href="javascript:void(0)">x</a>', { kind: 'script-url', tagName: 'a', attribute: 'href', code: 'javascript:void(0)' }],
    ['<a href=" JaVa&#x09;Script:go()">x</a>', { kind: 'script-url', tagName: 'a', attribute: 'href', code: ' JaVa\tScript:go()' }],
    ['<svg><a xlink:href="javascript:go()">x</a></svg>', { kind: 'script-url', tagName: 'a', attribute: 'xlink:href', code: 'javascript:go()' }],
    ['<form><button formaction="vbscript:x">x</button></form>', { kind: 'script-url', tagName: 'button', attribute: 'formaction', code: 'vbscript:x' }],
    ['<meta http-equiv="Refresh" content="0; url=https://elsewhere.example/">', { kind: 'meta-refresh', tagName: 'meta', attribute: 'http-equiv', code: '0; url=https://elsewhere.example/' }],
  ])('reports %s', (html, finding) => {
    expect(find(html)).toEqual([{ page: '/page/', ...finding }]);
  });

  test.each([
    ['a textarea', '<textarea><script>no()</script></textarea>'],
    ['a title', '<title><style>p{}</style></title>'],
    ['a comment', '<!-- <script>no()</script> -->'],
    ['a script’s own text', '<script type="text/template"><script>no()</script>'],
    ['ordinary attributes and text', '<details open><summary>javascript: the language</summary></details><a href="/js/">JS</a>'],
    ['an ordinary meta element', '<meta charset="utf-8"><meta name="description" content="javascript:">'],
  ])('finds nothing in %s', (_name, html) => {
    expect(find(html)).toEqual([]);
  });
});
