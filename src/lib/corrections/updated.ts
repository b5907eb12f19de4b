/**
 * An entry's effective `updated` date: the later of the `updated` a writer set and the day of its
 * newest correction. It is derived, never stored, so adding a correction cannot leave it stale.
 */
import type { Correction } from '../../schemas/index.ts';
import { isoDay } from '../timeline/dates.ts';

/** When an entry last changed in substance. */
export interface LastUpdate {
  /** The day, `2026-11-29`. */
  day: string;
  /** The exact moment, when it came from an article's `updated` date-time. */
  moment?: Date;
}

/** What lastUpdate reads: an article's `updated` is a date-time, an event's or a term's a day. */
export interface Updatable {
  updated?: Date | string | undefined;
  corrections: readonly Correction[];
}

/** The entry's last update, or undefined when it has neither `updated` nor a correction. */
export function lastUpdate(data: Updatable): LastUpdate | undefined {
  const set = fromUpdated(data.updated);
  const corrected = newestCorrection(data.corrections);
  if (!corrected) return set;
  // On the same day, the writer's `updated` wins: it may carry the time of day.
  return set && set.day >= corrected.date ? set : { day: corrected.date };
}

/** The newest correction by date (the list is oldest first when valid, but this does not rely on it). */
export function newestCorrection(corrections: readonly Correction[]): Correction | undefined {
  return corrections.reduce<Correction | undefined>((newest, c) => (!newest || c.date >= newest.date ? c : newest), undefined);
}

/** The update as machines want it (JSON-LD, feeds, sitemaps): a UTC date-time when known, else the day. */
export function machineDate(update: LastUpdate): string {
  return update.moment?.toISOString() ?? update.day;
}

function fromUpdated(updated: Date | string | undefined): LastUpdate | undefined {
  if (updated === undefined) return undefined;
  return typeof updated === 'string' ? { day: updated } : { day: isoDay(updated), moment: updated };
}
