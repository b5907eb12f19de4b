/**
 * The search page's behaviour: reads `?q=` and `?type=` from the address, searches the Pagefind
 * index built by `npm run build`, renders the results and keeps the address in step, so every
 * search can be linked. Loaded only by /search/.
 */
import { describeResults, pagefindFilters, readSearchState, searchHref, searchTypeOf, type SearchState } from '../lib/search/query.ts';
import { SEARCH_TYPES } from '../lib/constants.ts';

/** The parts of Pagefind's browser API used here (pagefind/pagefind.js is generated, so it has no types). */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
}
interface PagefindSearch {
  results: { id: string; data(): Promise<PagefindResultData> }[];
  unfilteredResultCount: number;
  totalFilters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(query: string, options: { filters: Record<string, string> }): Promise<PagefindSearch>;
}

const PAGE_SIZE = 10;
const TYPING_DELAY_MS = 250;

const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
const status = document.querySelector<HTMLElement>('[data-search-status]')!;
const region = document.querySelector<HTMLElement>('[data-search-results]')!;
const list = region.querySelector<HTMLOListElement>('ol')!;
const more = region.querySelector<HTMLButtonElement>('[data-search-more]')!;
document.querySelector<HTMLElement>('[data-search-notice]')!.hidden = true;

// The index lives at /pagefind/ only after `npm run build`; the URL is built at run time so the bundler leaves it alone.
const pagefindUrl = new URL('/pagefind/pagefind.js', location.href).href;
const pagefind: Promise<Pagefind> = import(/* @vite-ignore */ pagefindUrl).then(async (module: Pagefind) => {
  await module.options({ excerptLength: 24 });
  // Loading the filter index up front makes every search report its counts per type.
  await module.filters();
  return module;
});
// A failure to load is reported by run() when a search needs the index, not as an unhandled rejection.
pagefind.catch(() => undefined);

let latest = 0;
let pending: PagefindSearch['results'] = [];

function currentState(): SearchState {
  const type = form.querySelector<HTMLInputElement>('input[name="type"]:checked')?.value ?? '';
  return readSearchState(new URLSearchParams({ q: input.value, type }));
}

function showState(state: SearchState): void {
  input.value = state.query;
  const radio = form.querySelector<HTMLInputElement>(`input[name="type"][value="${state.type ?? ''}"]`);
  if (radio) radio.checked = true;
}

/** Pagefind's excerpt is escaped text with `<mark>` around the hits; it is parsed (inertly) and only text and marks are kept. */
function renderExcerpt(html: string): DocumentFragment {
  const parsed = new DOMParser().parseFromString(html, 'text/html').body;
  const fragment = document.createDocumentFragment();
  for (const node of parsed.childNodes) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      fragment.append(mark);
    } else {
      fragment.append(node.textContent ?? '');
    }
  }
  return fragment;
}

function renderResult(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const type = searchTypeOf(data.filters['type']?.[0]);
  if (type) {
    const label = document.createElement('p');
    label.className = 'result-type';
    label.textContent = SEARCH_TYPES[type].filter;
    item.append(label);
  }
  const heading = document.createElement('h3');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  const excerpt = document.createElement('p');
  excerpt.className = 'excerpt';
  excerpt.append(renderExcerpt(data.excerpt));
  item.append(heading, excerpt);
  return item;
}

async function showMore(): Promise<void> {
  const batch = pending.slice(0, PAGE_SIZE);
  pending = pending.slice(PAGE_SIZE);
  const items = await Promise.all(batch.map(async (result) => renderResult(await result.data())));
  list.append(...items);
  more.hidden = pending.length === 0;
}

function showCounts(search: PagefindSearch | undefined): void {
  for (const count of form.querySelectorAll<HTMLElement>('[data-count]')) {
    const key = count.dataset['count'] as keyof typeof SEARCH_TYPES | '';
    const value = !search ? undefined : key ? (search.totalFilters['type']?.[SEARCH_TYPES[key].filter] ?? 0) : search.unfilteredResultCount;
    count.textContent = value === undefined ? '' : `(${value})`;
  }
}

async function run(state: SearchState): Promise<void> {
  const id = ++latest;
  if (!state.query) {
    list.replaceChildren();
    region.hidden = true;
    status.textContent = '';
    showCounts(undefined);
    return;
  }
  let search: PagefindSearch;
  try {
    search = await (await pagefind).search(state.query, { filters: pagefindFilters(state.type) });
  } catch {
    status.textContent = 'Search could not load. Reload the page to try again, or browse the timeline and the glossary.';
    return;
  }
  if (id !== latest) return; // A newer search has started; its results win.
  pending = search.results;
  list.replaceChildren();
  await showMore();
  if (id !== latest) return;
  region.hidden = search.results.length === 0;
  status.textContent = describeResults(search.results.length, state);
  showCounts(search);
}

function update(): void {
  const state = currentState();
  history.replaceState(null, '', searchHref(state));
  void run(state);
}

let typing: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(typing);
  typing = setTimeout(update, TYPING_DELAY_MS);
});
form.addEventListener('change', (event) => {
  if ((event.target as HTMLElement).matches('input[name="type"]')) update();
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(typing);
  update();
});
more.addEventListener('click', async () => {
  const first = list.children.length;
  await showMore();
  // Keyboard and screen-reader users continue at the first new result, not back at the button.
  list.children[first]?.querySelector('a')?.focus();
});

const initial = readSearchState(new URLSearchParams(location.search));
showState(initial);
void run(initial);
