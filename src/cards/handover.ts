/**
 * `npm run build` lists the share cards from the validated content and starts drawing them before
 * Astro starts. It hands the list to the pages it is about to build, in the same process, through a
 * global key: Astro bundles the data layer, so a module-level variable would not be shared.
 */
import type { PageCard } from './list.ts';
import { processGlobal } from '../lib/process-global.ts';

const handover = processGlobal<readonly PageCard[]>('cards');

/** Called by `npm run build` before Astro starts: the pages then reuse this list and draw no cards. */
export function handOverCards(cards: readonly PageCard[]): void {
  handover.set(cards);
}

/** The list `npm run build` handed over, if it did. */
export function handedOverCards(): readonly PageCard[] | undefined {
  return handover.get();
}
