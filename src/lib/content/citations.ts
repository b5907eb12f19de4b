/**
 * The citation policy, as a check: cite primary sources and established news organisations;
 * never a state-controlled or fringe outlet; cite en.wikipedia.org, not one of its mirrors.
 * The writers' guide (content/README.md) explains the policy.
 */
import type { Problem } from './problems.ts';

interface Rule {
  hosts: RegExp;
  message: (host: string) => string;
  hint: string;
}

const RULES: readonly Rule[] = [
  {
    hosts: /(^|\.)(wikimili\.com|worddisk\.com|infogalactic\.com|wikiwand\.com|alchetron\.com|piglix\.com|wikiwordbook\.info|[\w-]*kiwix[\w-]*\.\w+)$/,
    message: (host) => `\`${host}\` copies Wikipedia.`,
    hint: 'Cite the same article on en.wikipedia.org instead: mirrors can be out of date or altered.',
  },
  {
    hosts: /^(simple|sco)(\.m)?\.wikipedia\.org$|^[\w-]+\.m\.wikipedia\.org$/,
    message: (host) => `\`${host}\` is a mobile or simplified edition of Wikipedia.`,
    hint: 'Cite the matching article on en.wikipedia.org (not the mobile, Simple English or Scots edition).',
  },
  {
    hosts: /(^|\.)(sputniknews\.com|sputnikglobe\.com|rt\.com|breitbart\.com|tabnak\.ir|uncutnews\.ch|vuink\.com|fakti\.bg)$/,
    message: (host) => `\`${host}\` is a state-controlled or fringe outlet, which the site does not cite.`,
    hint: 'Cite a primary source (nato.int, president.gov.ua, osce.org, un.org) or an established news organisation (AFP, AP, Reuters, BBC, RFE/RL, Kyiv Post) for the same fact, or leave the fact out.',
  },
];

/** One address an entry cites. */
export interface CitedSource {
  url: string;
  /** The frontmatter path of the `url` field, for its line. */
  path: readonly PropertyKey[];
}

/** One problem per cited address that breaks the policy. */
export function citationProblems(file: string, sources: readonly CitedSource[], lineOf?: (path: readonly PropertyKey[]) => number): Problem[] {
  return sources.flatMap(({ url, path }) => {
    const host = new URL(url).hostname;
    const rule = RULES.find((r) => r.hosts.test(host));
    if (!rule) return [];
    const field = path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
    return [{ file, ...(lineOf ? { line: lineOf(path) } : {}), field, message: rule.message(host), hint: rule.hint }];
  });
}

/** Every `{ name, url }` an entry cites, with the path of its `url`. */
export function citedSources(data: { source?: { url: string }; sources?: readonly { url: string }[] | undefined }): CitedSource[] {
  return [
    ...(data.source ? [{ url: data.source.url, path: ['source', 'url'] }] : []),
    ...(data.sources ?? []).map((s, i) => ({ url: s.url, path: ['sources', i, 'url'] })),
  ];
}
