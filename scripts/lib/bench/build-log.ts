/** Reads the figures the generator's build log reports about share cards. Pure. */

/** The last `Cards: N rendered, M reused` line of a build log, with its time when the line gives one. */
export interface CardLine {
  rendered: number;
  reused: number;
  /** Card rendering time in ms, from a trailing `in 1.2 s` or `in 850 ms`. */
  ms?: number;
}

const CARD_LINE = /Cards:\s*(\d+)\s+rendered,\s*(\d+)\s+reused(?:[^\n]*?\bin\s+([\d.]+)\s*(ms|s)\b)?/g;

/** The card figures of `log`, or undefined when the build made no cards (or predates them). */
export function parseCardLine(log: string): CardLine | undefined {
  const match = [...log.matchAll(CARD_LINE)].at(-1);
  if (!match) return undefined;
  const [, rendered, reused, time, unit] = match;
  const line: CardLine = { rendered: Number(rendered), reused: Number(reused) };
  if (time !== undefined) line.ms = Number(time) * (unit === 's' ? 1000 : 1);
  return line;
}
