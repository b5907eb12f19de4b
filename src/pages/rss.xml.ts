/** `/rss.xml`: the articles and the timeline events in one feed, newest first; corrected items say what changed. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getSite } from '../data/site.ts';
import { changesOf } from '../data/structured.ts';
import { FEED_NAMESPACES, sortFeed, toRssItem, withCorrections, type FeedItem } from '../lib/feed.ts';
import { CATEGORY_LABELS, SITE } from '../lib/constants.ts';
import { startOf } from '../lib/timeline/dates.ts';

export const GET: APIRoute = async ({ site }) => {
  const { articles, events } = await getSite();
  const items: FeedItem[] = [
    ...articles.map((article) => ({
      title: article.data.title,
      link: article.url,
      pubDate: article.data.published,
      description: withCorrections(article.data.dek, article.data.corrections),
      categories: ['Article', ...article.data.tags],
      modified: changesOf(article.data).modified,
    })),
    ...events.map((event) => ({
      title: event.data.title,
      link: event.url,
      // An event's feed date is the day it happened (the first of the month when only the month is known).
      pubDate: startOf(event.data.date),
      description: withCorrections(event.summary, event.data.corrections),
      categories: ['Timeline event', CATEGORY_LABELS[event.data.category]],
      modified: changesOf(event.data).modified,
    })),
  ];
  return rss({
    title: SITE.title,
    description: SITE.description,
    site: site!,
    xmlns: FEED_NAMESPACES,
    items: sortFeed(items).map(toRssItem),
    customData: `<language>${SITE.lang}</language>`,
    trailingSlash: true,
  });
};
