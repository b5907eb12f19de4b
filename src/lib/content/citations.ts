/**
 * The citation policy, as a check: cite the original publisher's public page, over https. Never a
 * state-controlled or fringe outlet, a copy of Wikipedia, a document re-hoster, or a staging, test
 * or preview copy of a page. The writers' guide (content/README.md) explains the policy.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Problem, Severity } from './problems.ts';
import { formatFieldPath } from './schema-problems.ts';

/** One address an entry cites, and where it is written. */
export interface CitedSource {
  url: string;
  /** The frontmatter field, such as `sources[0].url`; absent for a link in the text. */
  field?: string;
  /** 1-based line in the file, when known. */
  line?: number;
}

interface Address {
  /** The address as written. */
  raw: string;
  url: URL;
  host: string;
}

interface Finding {
  message: string;
  hint: string;
}

interface Rule {
  severity: Severity;
  /** What is wrong with the address, or undefined when the rule does not apply. */
  check(address: Address): Finding | undefined;
}

const ESTABLISHED =
  'a primary source (nato.int, president.gov.ua, osce.org, un.org) or an established news organisation (AFP, AP, Reuters, BBC, RFE/RL, Kyiv Post)';

/** A rule for a list of hosts: the host or any of its subdomains. */
function hostRule(hosts: readonly string[], message: (host: string) => string, hint: string): Rule {
  const pattern = new RegExp(`(^|\\.)(${hosts.join('|')})$`);
  return { severity: 'error', check: ({ host }) => (pattern.test(host) ? { message: message(host), hint } : undefined) };
}

const WIKIPEDIA_MIRRORS = ['wikimili\\.com', 'worddisk\\.com', 'infogalactic\\.com', 'wikiwand\\.com', 'alchetron\\.com', 'piglix\\.com', 'wikiwordbook\\.info', '[\\w-]*kiwix[\\w-]*\\.\\w+'];
const FRINGE_OUTLETS = [
  'sputniknews\\.com', 'sputnikglobe\\.com', 'rt\\.com', 'tass\\.(?:com|ru)', 'ria\\.ru', 'mir24\\.tv', 'xinhuanet\\.com',
  'breitbart\\.com', 'tabnak\\.ir', 'uncutnews\\.ch', 'vuink\\.com', 'fakti\\.bg', 'fakty\\.com\\.ua', 'fakty\\.ua',
];
/** Sites that republish documents and press releases others published, under their own name. */
const REHOSTERS = [
  'docslib\\.org', 'dokumen\\.pub', 'studylib\\.net', 'pdfcoffee\\.com', 'kupdf\\.net', 'documents\\.pub',
  '[fv]documents\\.[a-z]+', '[\\w-]*docbox\\.com', 'arab\\.com\\.ua',
];
/** Labels that name a server for staff, not readers: `staging.irishtimes.com`, `test.pax.peaceagreements.org`. */
const NON_PUBLIC_LABELS = new Set(['staging', 'stage', 'stg', 'test', 'testing', 'uat', 'preview']);
/** Query parameters and path segments that carry a visitor's session. */
const SESSION_PARAMS = /^(jsessionid|phpsessid|sid|sessid|sessionid|session_id)$/i;
const SESSION_SEGMENT = /^SID-[0-9A-F]+(-[0-9A-F]+)*$/i;
/** Publishers whose pages exist in several languages, and where the language sits in the address. */
const EDITIONS = [{ host: /(^|\.)nato\.int$/, language: /^\/cps\/([a-z]{2})\//, name: 'NATO' }];
const LANGUAGES: Record<string, string> = { fr: 'French', ru: 'Russian', uk: 'Ukrainian', de: 'German', es: 'Spanish' };
const EXPLICIT_PORT = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*:(\d+)(?=[/?#]|$)/i;

const RULES: readonly Rule[] = [
  hostRule(WIKIPEDIA_MIRRORS, (host) => `\`${host}\` copies Wikipedia.`, 'Cite the same article on en.wikipedia.org instead: mirrors can be out of date or altered.'),
  {
    severity: 'error',
    check: ({ host }) =>
      /^(simple|sco)(\.m)?\.wikipedia\.org$|^[\w-]+\.m\.wikipedia\.org$/.test(host)
        ? {
            message: `\`${host}\` is a mobile or simplified edition of Wikipedia.`,
            hint: 'Cite the matching article on en.wikipedia.org (not the mobile, Simple English or Scots edition).',
          }
        : undefined,
  },
  hostRule(FRINGE_OUTLETS, (host) => `\`${host}\` is a state-controlled or fringe outlet, which the site does not cite.`, `Cite ${ESTABLISHED} for the same fact, or leave the fact out.`),
  hostRule(
    REHOSTERS,
    (host) => `\`${host}\` republishes documents that other organisations published.`,
    `Cite the original: the publisher's own page for the document (nato.int for a NATO press release), or ${ESTABLISHED} that reports the same fact.`,
  ),
  { severity: 'error', check: nonPublicHost },
  { severity: 'error', check: previewPage },
  { severity: 'error', check: sessionId },
  { severity: 'error', check: otherEdition },
  { severity: 'error', check: explicitPort },
  { severity: 'warning', check: insecure },
];

function nonPublicHost({ url, host }: Address): Finding | undefined {
  const labels = host.split('.');
  // The last two labels name the site itself (`irishtimes.com`); only the labels before them name a server.
  const label = labels.slice(0, -2).find((l) => NON_PUBLIC_LABELS.has(l));
  if (!label) return undefined;
  const rest = labels.filter((l) => l !== label);
  // `staging.irishtimes.com` stands for `www.irishtimes.com`; `test.pax.peaceagreements.org` for `pax.…`.
  const publicHost = (rest.length === 2 ? ['www', ...rest] : rest).join('.');
  return {
    message: `\`${host}\` is a ${label} server, not the publisher's public site.`,
    hint: `Open the page on the public site and cite that address, probably \`https://${publicHost}${url.pathname}${url.search}\`.`,
  };
}

function previewPage({ url }: Address): Finding | undefined {
  const inPath = /(^|\/)preview(\/|$)/i.test(url.pathname);
  const inQuery = /^(true|1)$/i.test(url.searchParams.get('preview') ?? '');
  if (!inPath && !inQuery) return undefined;
  return {
    message: `The address is a preview from a publishing system (\`${inPath ? '/preview/' : '?preview='}\`), not the published page.`,
    hint: "Find the article on the outlet's own site (search for its headline there) and cite that address.",
  };
}

function sessionId({ url }: Address): Finding | undefined {
  const segments = url.pathname.split('/');
  const segment = segments.find((s) => SESSION_SEGMENT.test(s) || /;jsessionid=/i.test(s));
  const params = [...url.searchParams.keys()].filter((key) => SESSION_PARAMS.test(key));
  if (!segment && !params.length) return undefined;
  const clean = new URL(url.href);
  clean.pathname = segments.filter((s) => s !== segment).join('/');
  for (const key of params) clean.searchParams.delete(key);
  return {
    message: `The address carries a visitor's session id (\`${segment ?? params.join(', ')}\`), which expires.`,
    hint: `Cite it without the session id: \`${clean.href}\`.`,
  };
}

function otherEdition({ url, host }: Address): Finding | undefined {
  const edition = EDITIONS.find((e) => e.host.test(host));
  const code = edition && edition.language.exec(url.pathname)?.[1];
  if (!edition || !code || code === 'en') return undefined;
  const english = new URL(url.href);
  english.pathname = url.pathname.replace(`/${code}/`, '/en/');
  return {
    message: `The address is the ${LANGUAGES[code] ?? `\`${code}\``} edition of ${edition.name}'s page.`,
    hint: `This site is in English: cite the English edition, \`${english.href}\`.`,
  };
}

function explicitPort({ raw, url }: Address): Finding | undefined {
  const port = EXPLICIT_PORT.exec(raw)?.[1];
  if (port === undefined) return undefined;
  return {
    message: `The address names a port (\`:${port}\`), which a publisher's public page does not need.`,
    hint: `Cite it without the port: \`https://${url.hostname}${url.pathname}${url.search}${url.hash}\`.`,
  };
}

function insecure({ url }: Address): Finding | undefined {
  if (url.protocol !== 'http:') return undefined;
  return {
    message: 'The address starts with `http://`, so browsers may warn readers that the page is not secure.',
    hint: `Cite the secure address if the page opens with it: \`https://${url.host}${url.pathname}${url.search}${url.hash}\`.`,
  };
}

/** Hosts of blogs: they may support a fact, but never as an entry's only source. */
const BLOG_HOSTS = /(^|\.)(blogspot\.[a-z.]+|blogger\.com|wordpress\.com|medium\.com|substack\.com|livejournal\.com|tumblr\.com|typepad\.com)$/;

/** What the policy says about one address: the first rule it breaks, or nothing. */
export function checkAddress(raw: string): (Finding & { severity: Severity }) | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined; // The schema reports addresses that are not web addresses.
  }
  const address = { raw, url, host: url.hostname.toLowerCase() };
  for (const rule of RULES) {
    const finding = rule.check(address);
    if (finding) return { ...finding, severity: rule.severity };
  }
  return undefined;
}

type LineOf = (path: readonly PropertyKey[]) => number;

/** The parts of an entry the policy reads. */
export interface CitingEntry {
  file: string;
  data: { source?: { url: string }; sources?: readonly { url: string }[] | undefined };
  lineOf?: LineOf;
  /** Links in the entry's text, such as the sources of an article's footnotes. */
  links?: readonly CitedSource[];
}

/** Every problem with the addresses an entry cites: one per address that breaks the policy, and one for an entry that cites only blogs. */
export function citationProblems({ file, data, lineOf, links = [] }: CitingEntry): Problem[] {
  const problems = [...citedSources(data, lineOf), ...links].flatMap(({ url, field, line }): Problem[] => {
    const finding = checkAddress(url);
    if (!finding) return [];
    const { severity, message, hint } = finding;
    return [{ file, ...(line === undefined ? {} : { line }), ...(field ? { field } : {}), message, hint, ...(severity === 'warning' ? { severity } : {}) }];
  });
  const hosts = (data.sources ?? []).map((s) => new URL(s.url).hostname);
  if (hosts.length && hosts.every((host) => BLOG_HOSTS.test(host))) {
    problems.push({
      file,
      ...(lineOf ? { line: lineOf(['sources']) } : {}),
      field: 'sources',
      severity: 'warning',
      message: `Every source of this entry is a blog (${[...new Set(hosts)].map((h) => `\`${h}\``).join(', ')}).`,
      hint: `A blog may support a fact, but not alone: add ${ESTABLISHED} that reports it.`,
    });
  }
  return problems;
}

/** Every address in an entry's frontmatter (`source` and `sources`), with its field and line. */
export function citedSources(data: CitingEntry['data'], lineOf?: LineOf): CitedSource[] {
  const paths: [string, readonly PropertyKey[]][] = [
    ...(data.source ? [[data.source.url, ['source', 'url']] as [string, readonly PropertyKey[]]] : []),
    ...(data.sources ?? []).map((s, i): [string, readonly PropertyKey[]] => [s.url, ['sources', i, 'url']]),
  ];
  return paths.map(([url, path]) => ({ url, field: formatFieldPath(path), ...(lineOf ? { line: lineOf(path) } : {}) }));
}

/** Every web address linked in a body's text, with its file line (`bodyLine` is the body's first line). */
export function linkedSources(tree: Root, bodyLine: number): CitedSource[] {
  const links: CitedSource[] = [];
  visit(tree, (node) => {
    if ((node.type !== 'link' && node.type !== 'definition') || !/^https?:\/\//i.test(node.url)) return;
    links.push({ url: node.url, ...(node.position ? { line: bodyLine + node.position.start.line - 1 } : {}) });
  });
  return links;
}
