/** "Did you mean" suggestions, computed before an error is thrown. */
import { distance } from 'fastest-levenshtein';

/**
 * The candidate closest to `input`, or undefined when nothing is close enough to be a likely typo.
 * Case and separators are ignored, so `Minsk Agreements` finds `minsk-agreements`.
 */
export function closest(input: string, candidates: Iterable<string>): string | undefined {
  const wanted = normalise(input);
  const pool = [...candidates].sort();
  // A writer who types the start of an id ("trilateral") most likely means the id it starts.
  if (wanted.length >= 3) {
    const extensions = pool.filter((c) => normalise(c).startsWith(wanted));
    if (extensions.length) return extensions.reduce((a, b) => (b.length < a.length ? b : a));
  }
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of pool) {
    const score = distance(wanted, normalise(candidate));
    if (score < bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  const limit = Math.max(2, Math.floor(wanted.length / 3));
  return bestScore <= limit ? best : undefined;
}

/** ` Did you mean \`x\`?`, or an empty string when there is no close candidate. */
export function didYouMean(input: string, candidates: Iterable<string>): string {
  const match = closest(input, candidates);
  return match === undefined ? '' : ` Did you mean \`${match}\`?`;
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[\s_-]+/g, '-');
}
