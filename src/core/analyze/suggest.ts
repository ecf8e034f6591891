/**
 * "Did you mean …?" suggestions, as BuildKit's suggest package offers them.
 */

/**
 * Edit distance with adjacent transpositions (optimal string alignment), so that
 * `buidler` is one edit from `builder`. Returns limit + 1 once it exceeds `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length] ?? limit + 1;
}

/** The closest candidate within `limit` edits (case-insensitive), or null. */
export function closest(word: string, candidates: Iterable<string>, limit = 2): string | null {
  const w = word.toLowerCase();
  if (w.length > 128) return null;
  let best: string | null = null;
  let bestD = limit + 1;
  for (const c of candidates) {
    const d = editDistance(w, c.toLowerCase(), limit);
    if (d < bestD && d <= limit) {
      best = c;
      bestD = d;
    }
  }
  return best;
}

/** Formats BuildKit's suggestion suffix: ` (did you mean x?)`, or '' when there is none. */
export function didYouMean(word: string, candidates: Iterable<string>, limit = 2): string {
  const c = closest(word, candidates, limit);
  return c === null ? '' : ` (did you mean ${c}?)`;
}
