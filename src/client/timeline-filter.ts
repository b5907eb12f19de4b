/**
 * Filters the whole timeline in place when a category link is followed, and keeps the address,
 * the title and the history in step with it. Each category page shows the same result, so this
 * only saves a page load. A category page holds only its own events, and a timeline split by year
 * only one year, so there (and with JavaScript off) the links simply navigate.
 */
import { categoryFromPath, describeFilter } from '../lib/timeline/filter.ts';
import type { Category } from '../lib/constants.ts';

const filter = document.querySelector<HTMLElement>('[data-timeline-filter]');
const timeline = document.querySelector<HTMLElement>('[data-timeline]');

function applyFilter(category: Category | undefined): void {
  const events = [...timeline!.querySelectorAll<HTMLElement>('[data-event-category]')];
  for (const event of events) event.hidden = category !== undefined && event.dataset['eventCategory'] !== category;
  // A year (or the epilogue) with nothing left to show is hidden with its heading.
  for (const group of timeline!.querySelectorAll<HTMLElement>('[data-timeline-group]')) {
    group.hidden = !group.querySelector('[data-event-category]:not([hidden])');
  }
  for (const link of filter!.querySelectorAll<HTMLAnchorElement>('[data-category-link]')) {
    if ((link.dataset['categoryLink'] || undefined) !== category) {
      link.removeAttribute('aria-current');
      continue;
    }
    link.setAttribute('aria-current', 'page');
    document.title = link.dataset['title'] ?? document.title;
  }
  const shown = events.filter((event) => !event.hidden).length;
  filter!.querySelector('[data-filter-status]')!.textContent = describeFilter(shown, events.length, category);
}

function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

// A category page (data-timeline-category) has no other events to show, and a year of a split
// timeline (data-timeline-split) too few: there the links load the category's own pages.
if (filter && timeline && !timeline.dataset['timelineCategory'] && timeline.dataset['timelineSplit'] === undefined) {
  filter.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-category-link]');
    if (!link || !isPlainClick(event)) return;
    event.preventDefault();
    if (link.pathname !== location.pathname) history.pushState(null, '', link.pathname);
    applyFilter(categoryFromPath(link.pathname));
  });
  window.addEventListener('popstate', () => applyFilter(categoryFromPath(location.pathname)));
}
