/**
 * `/og/<page path>.png`: every page's share card (the site model lists them), and an article's
 * 4:3 and 1:1 crops beside it (`.4x3.png`, `.1x1.png`). In a build the whole set is started the
 * moment the list is known, so worker threads draw the cards while Astro renders the pages (which
 * it does before these endpoints). Each response waits for the whole set, so the build log's
 * "Cards: …" line and any failure come before the build ends. In dev, each card is drawn when it is
 * asked for. `npm run build` overlaps even more: it starts the cards before Astro, from the
 * validated content, so this route makes no pages there.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { startCards, type CardJob, type CardRun } from '../../cards/pipeline.ts';
import { handedOverCards } from '../../cards/handover.ts';
import { cardImages } from '../../cards/list.ts';
import { getSite } from '../../data/site.ts';

let build: Promise<CardRun> | undefined;

/** One path per card image; in a build, also starts drawing them all. */
export const getStaticPaths = (async () => {
  // `npm run build` draws the cards itself, from before Astro starts, and writes them beside the pages.
  if (handedOverCards()) return [];
  const jobs = cardImages((await getSite()).cards);
  if (import.meta.env.PROD) build ??= startCards(jobs);
  return jobs.map((job) => ({ params: { card: job.image.replace(/^\/og\/|\.png$/g, '') }, props: { job } }));
}) satisfies GetStaticPaths;

async function cardPng(job: CardJob): Promise<Uint8Array> {
  const run = await (build ?? startCards([job], { log: () => undefined }));
  await run.done;
  return run.cards.get(job.image)!;
}

/** The card's PNG, once the whole set is ready. */
export const GET: APIRoute<{ job: CardJob }> = async ({ props }) =>
  // A copy, typed over a plain ArrayBuffer as Response wants; 60 KB once per card.
  new Response(new Uint8Array(await cardPng(props.job)), { headers: { 'Content-Type': 'image/png' } });
