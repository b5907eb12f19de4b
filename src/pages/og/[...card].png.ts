/**
 * `/og/<page path>.png` in `npm run dev`: each page's share card, and an article's 4:3 and 1:1
 * crops beside it (`.4x3.png`, `.1x1.png`), drawn when asked for, as `npm run cards:preview` asks.
 * A build makes no pages here: `npm run build` draws every card itself, from the same list, on
 * worker threads while Astro renders the pages.
 */
import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths } from 'astro';
import { cardImages } from '../../cards/list.ts';
import { startCards, type CardJob } from '../../cards/pipeline.ts';
import { getSite } from '../../data/site.ts';

/** One path per card image, in dev only. */
export const getStaticPaths = (async () => {
  if (import.meta.env.ASTRO_COMMAND !== 'dev') return [];
  const jobs = cardImages((await getSite()).cards);
  return jobs.map((job) => ({ params: { card: job.image.replace(/^\/og\/|\.png$/g, '') }, props: { job } }));
}) satisfies GetStaticPaths;

/** The card's PNG. */
export const GET: APIRoute<{ job: CardJob }> = async ({ props }) => {
  const run = await startCards([props.job], { log: () => undefined });
  await run.done;
  // A copy, typed over a plain ArrayBuffer as Response wants.
  return new Response(new Uint8Array(await readFile(await run.files.get(props.job.image)!)), { headers: { 'Content-Type': 'image/png' } });
};
