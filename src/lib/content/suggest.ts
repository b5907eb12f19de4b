/** "Did you mean" suggestions, computed before an error is thrown. */
import { distance } from 'fastest-levenshtein';

/**
 * The candidate closest to `input`, or undefined when nothing is close enough to be a likely typo.
 * Case and separators are ignored, so `Minsk Agreements` finds `minsk-agreements`.
 */
export function closest(input: string, candidates: Iterable<string>): string | undefined {
  const wanted = normalise(input);
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    const score = distance(wanted, normalise(candidate));
    if (score < bestScore || (score === bestScore && best !== undefined && candidate < best)) {
      best = candidate;
      bestScore = score;
    }
  }
  if (best === undefined) return undefined;
  const limit = Math.max(2, Math.floor(wanted.length / 3));
  const normalisedBest = normalise(best);
  const isPrefix = wanted.length >= 3 && (normalisedBest.startsWith(wanted) || wanted.startsWith(normalisedBest));
  return bestScore <= limit || isPrefix ? best : undefined;
}

/** ` Did you mean \`x\`?`, or an empty string when there is no close candidate. */
export function didYouMean(input: string, candidates: Iterable<string>): string {
  const match = closest(input, candidates);
  return match === undefined ? '' : ` Did you mean \`${match}\`?`;
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[\s_-]+/g, '-');
}
