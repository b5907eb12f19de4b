/** The search page's state as it lives in the URL (`/search/?q=Minsk&type=term`), so every search can be linked. */
import { routes } from '../routes.ts';
import { SEARCH_TYPES, type SearchType } from '../constants.ts';

export interface SearchState {
  /** The words typed, trimmed; empty when nothing is searched yet. */
  query: string;
  /** The kind of page to show, or `undefined` for all of them. */
  type: SearchType | undefined;
}

/** True when `value` names a kind of page search can filter by. */
export function isSearchType(value: unknown): value is SearchType {
  return typeof value === 'string' && Object.hasOwn(SEARCH_TYPES, value);
}

/** Reads `q` and `type` from a query string; an unknown `type` is ignored rather than showing nothing. */
export function readSearchState(params: URLSearchParams): SearchState {
  const type = params.get('type');
  return { query: (params.get('q') ?? '').trim(), type: isSearchType(type) ? type : undefined };
}

/** The address of a search: `/search/?q=Minsk&type=term`, without empty parameters. */
export function searchHref(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  if (state.type) params.set('type', state.type);
  const query = params.toString();
  return query ? `${routes.search()}?${query}` : routes.search();
}

/** The filters argument for Pagefind's `search()`: `{ type: 'Glossary term' }`, or none. */
export function pagefindFilters(type: SearchType | undefined): Record<string, string> {
  return type ? { type: SEARCH_TYPES[type].filter } : {};
}

/** The Pagefind filter value back to the kind of page, for labelling results. */
export function searchTypeOf(filterValue: string | undefined): SearchType | undefined {
  return (Object.keys(SEARCH_TYPES) as SearchType[]).find((type) => SEARCH_TYPES[type].filter === filterValue);
}

/** What the status line says after a search, for sighted and screen-reader users alike. */
export function describeResults(count: number, state: SearchState): string {
  if (!state.query) return '';
  const what = state.type ? SEARCH_TYPES[state.type].label.toLowerCase() : 'pages';
  if (count === 0) return `No ${what} match “${state.query}”.`;
  if (count === 1) return `1 ${what.replace(/s$/, '')} matches “${state.query}”.`;
  return `${count} ${what} match “${state.query}”.`;
}
