/**
 * A card worker: loads the fonts and the emoji set once, then turns each card model it is sent into a PNG.
 * Started by pool.ts; runs as plain Node (type stripping), outside Vite and Astro.
 */
import { parentPort } from 'node:worker_threads';
import type { CardModel } from './model.ts';
import { renderCardPng } from './render.ts';
import type { CardSize } from '../lib/constants.ts';
import { loadCardAssets } from './assets.ts';

/** A job sent to a worker. */
export interface CardRequest {
  id: number;
  model: CardModel;
  /** The image's size; the 1200×630 card when absent. */
  size?: CardSize | undefined;
}

/** A worker's answer: the PNG, or why it could not make one. */
export type CardReply = { id: number; png: Uint8Array } | { id: number; error: string };

const port = parentPort;
if (!port) throw new Error('src/cards/worker.ts runs as a worker thread; start it through the card pool.');
const assets = loadCardAssets();

port.on('message', async ({ id, model, size }: CardRequest) => {
  let reply: CardReply;
  try {
    reply = { id, png: await renderCardPng(model, assets, size) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(reply);
});
