/**
 * Bounded list pages. A list (the timeline, a category of it, the glossary) stays one page while it
 * is short; past a limit it is split by group (a year, a letter), and a group that is still too long
 * is split again into numbered pages of about equal length. Pure and generic, so the timeline and
 * the glossary share it (src/lib/timeline/pages.ts, src/lib/site/glossary-pages.ts).
 */

/**
 * The most items one list page holds. An event on a list page, with its summary and its share of
 * the term definitions, is about 2 to 3 KB of HTML, and a glossary row under 1 KB, so a full page
 * stays near half of the 500 KiB a page may weigh.
 */
export const PAGE_LIMITS = { events: 100, terms: 250 } as const;

/** Items that share a group key (a year, a letter), in list order. */
export interface Group<T> {
  key: string;
  items: T[];
}

/** A link to another page of the list. */
export interface PageLink {
  path: string;
  /** What the link says: `2014`, `2014, page 2`. */
  label: string;
}

/** One page of a list. */
export interface ListPage<T> {
  path: string;
  /** The group the page shows, or undefined for the one page of a list that is not split. */
  group: string | undefined;
  /** 1-based, within the group. */
  page: number;
  /** How many pages the group takes. */
  pages: number;
  items: T[];
  /** The page before and after this one in list order, across groups. */
  prev: PageLink | undefined;
  next: PageLink | undefined;
}

/** A group in the list's navigation: its first page and how many items it holds. */
export interface GroupLink {
  key: string;
  count: number;
  path: string;
  /** Each page of the group, when it takes more than one. */
  pages: PageLink[];
}

/** A list as pages: the page at the list's own address, and the group pages when it is split. */
export interface PagedList<T> {
  split: boolean;
  /** The page at the list's own address: the whole list, or (split) the featured group's first page. */
  index: ListPage<T>;
  /** Every group page in list order; empty when the list is not split. */
  pages: ListPage<T>[];
  /** The groups, in list order, for the navigation; empty when the list is not split. */
  groups: GroupLink[];
}

/** How a list is paged: where it lives, where its groups go, and how long a page may be. */
export interface PagingOptions {
  /** The list's own address: `/timeline/`. */
  base: string;
  /** The address of page `page` (1-based) of group `key`: `/timeline/2014/`, `/timeline/2014/2/`. */
  pathOf: (key: string, page: number) => string;
  /** The most items a page holds. */
  limit: number;
  /** The group the list's own address shows when split; the first group when absent or unknown. */
  featured?: string | undefined;
}

/** `/timeline/` + `2014`, page 1 → `/timeline/2014/`; page 2 → `/timeline/2014/2/`. */
export function groupPath(base: string, key: string, page: number): string {
  return page > 1 ? `${base}${key}/${page}/` : `${base}${key}/`;
}

/** Splits `items` into `parts` runs of about equal length, keeping their order. */
export function chunk<T>(items: readonly T[], parts: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < parts; i++) chunks.push(items.slice(Math.round((i * items.length) / parts), Math.round(((i + 1) * items.length) / parts)));
  return chunks;
}

/** The pages of a list whose items come in `groups`, under `options`. */
export function pageList<T>(groups: readonly Group<T>[], options: PagingOptions): PagedList<T> {
  const all = groups.flatMap((group) => group.items);
  if (all.length <= options.limit) {
    const index: ListPage<T> = { path: options.base, group: undefined, page: 1, pages: 1, items: all, prev: undefined, next: undefined };
    return { split: false, index, pages: [], groups: [] };
  }
  const pages = groups.flatMap((group) => {
    const parts = chunk(group.items, Math.ceil(group.items.length / options.limit));
    return parts.map((items, i): ListPage<T> => ({
      path: options.pathOf(group.key, i + 1),
      group: group.key,
      page: i + 1,
      pages: parts.length,
      items,
      prev: undefined,
      next: undefined,
    }));
  });
  const links = pages.map(linkTo);
  pages.forEach((page, i) => Object.assign(page, { prev: links[i - 1], next: links[i + 1] }));
  const featured = pages.find((page) => page.group === options.featured) ?? pages[0]!;
  return {
    split: true,
    index: { ...featured, path: options.base },
    pages,
    groups: groups.map((group) => ({
      key: group.key,
      count: group.items.length,
      path: options.pathOf(group.key, 1),
      pages: pages.filter((page) => page.group === group.key && page.pages > 1).map(linkTo),
    })),
  };
}

function linkTo(page: ListPage<unknown>): PageLink {
  return { path: page.path, label: page.pages > 1 ? `${page.group}, page ${page.page}` : String(page.group) };
}
