/**
 * How many cores the share cards draw on while Astro renders the pages on the build's own thread.
 * Astro keeps that thread busy most of the time, and a card worker on every core then only adds
 * contention; but it also waits (for files, for Vite's bundler on threads of its own), and a core
 * left to it then idles. So the build looks every few milliseconds at how busy its thread was and
 * lets the cards have every core while it mostly waited, one fewer while it mostly worked.
 */
import { performance } from 'node:perf_hooks';

/** A share of the last period above this counts as a busy thread. */
export const BUSY = 0.5;

/** How often the build looks, in ms: a card takes about 40 ms, and a change of count applies between cards. */
export const PERIOD_MS = 50;

/** The cores the cards may draw on, given how busy the build's thread was (0–1) on a machine of `cores`. */
export function cardCores(utilization: number, cores: number): number {
  return utilization > BUSY ? Math.max(1, cores - 1) : cores;
}

/**
 * Calls `drawOn` every PERIOD_MS with the cores the cards may use, from this thread's event-loop
 * utilization over the period; returns the function that stops it. The timer does not keep the
 * process alive.
 */
export function followBuildThread(cores: number, drawOn: (count: number) => void): () => void {
  let last = performance.eventLoopUtilization();
  drawOn(Math.max(1, cores - 1));
  const timer = setInterval(() => {
    const now = performance.eventLoopUtilization();
    drawOn(cardCores(performance.eventLoopUtilization(now, last).utilization, cores));
    last = now;
  }, PERIOD_MS);
  timer.unref();
  return () => clearInterval(timer);
}
