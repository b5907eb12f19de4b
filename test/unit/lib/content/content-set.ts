/** A small valid content set, as the validator reads it, and helpers to break one entry at a time. */
import type { CollectionName } from '../../../../src/lib/constants.ts';
import { formatReport } from '../../../../src/lib/content/problems.ts';
import { validateContent, type SourceFile } from '../../../../src/lib/content/validate.ts';

const ARTICLE = `---
title: Ukraine urges NATO to speed up membership
dek: Ukraine's president says only membership can end the war in the east.
published: 2021-04-06T12:00:00+03:00
byline: AFP
source:
  name: The Moscow Times
  url: "https://www.themoscowtimes.com/author/afp"
credit: An AFP wire story, as published by The Moscow Times
keyPoints:
  - One.
  - Two.
  - Three.
events: [2021-04-06-zelensky-call]
---
Zelenskiy said a <Term id="map">membership plan</Term> would be a signal.

<PullQuote cite="Volodymyr Zelenskiy">NATO is the only way.</PullQuote>
`;

const EVENT = `---
date: 2021-04-06
title: Zelensky calls Stoltenberg
category: nato-eu
terms: [map, nato]
sources:
  - name: President of Ukraine
    url: "https://www.president.gov.ua/en/news/example"
---
Zelensky spoke with NATO's secretary general.
`;

const MAP = `---
term: MAP
aliases: [Membership Action Plan]
short: NATO's programme of advice and support for countries preparing to join.
caseSensitive: true
related: [nato]
sources:
  - name: NATO
    url: "https://www.nato.int/cps/en/natohq/topics_37356.htm"
---
The Membership Action Plan is NATO's help for would-be members.
`;

const NATO = `---
term: NATO
aliases: [North Atlantic Treaty Organization]
short: A military alliance of European and North American states.
sources:
  - name: NATO
    url: "https://www.nato.int/"
---
An alliance founded in 1949.
`;

/** Builds the SourceFile the validator expects for `collection/name`. */
export function file(collection: CollectionName, name: string, text: string): SourceFile {
  return { collection, name, file: `content/${collection}/${name}`, text };
}

/** The valid set: one article, one event, two glossary terms. */
export const VALID: readonly SourceFile[] = [
  file('articles', 'ukraine-urges-nato.mdx', ARTICLE),
  file('timeline', '2021-04-06-zelensky-call.mdx', EVENT),
  file('glossary', 'map.mdx', MAP),
  file('glossary', 'nato.mdx', NATO),
];

/** The valid set with some files replaced (same path) or added. */
export function withFiles(...changes: SourceFile[]): SourceFile[] {
  const byPath = new Map(VALID.map((f) => [f.file, f]));
  for (const change of changes) byPath.set(change.file, change);
  return [...byPath.values()];
}

/** The valid set's text of `path` after a plain-text replacement; fails loudly if `from` is absent. */
export function edit(path: string, from: string | RegExp, to: string): SourceFile {
  const original = VALID.find((f) => f.file === path);
  if (!original) throw new Error(`No fixture file ${path}`);
  const text = original.text.replace(from, to);
  if (text === original.text) throw new Error(`Fixture edit had no effect on ${path}: ${String(from)}`);
  return { ...original, text };
}

/** The report a writer would see, or `OK` when there are no problems. */
export function report(files: readonly SourceFile[], showDrafts = false): string {
  const { problems } = validateContent(files, { showDrafts });
  return problems.length ? formatReport(problems) : 'OK';
}
