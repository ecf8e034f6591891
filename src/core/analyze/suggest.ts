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

/** `s` and every string one UTF-16 unit shorter (its deletion neighbourhood of radius 1). */
function deletions(s: string): Set<string> {
  const out = new Set([s]);
  for (let i = 0; i < s.length; i++) out.add(s.slice(0, i) + s.slice(i + 1));
  return out;
}

/**
 * `closest(word, names, 1)` without comparing every name: names are indexed by their deletion
 * neighbourhood (every string one deletion away, and the name itself). Two strings one edit apart
 * (a substitution, an insertion, a deletion or a swap of neighbours) always share a key, so only
 * names sharing a key with the word are compared. Linear in the names' total length; the result is
 * the same as `closest`'s (the first-added of the nearest names). Names can be added as they appear.
 */
export class NearIndex {
  private readonly byKey = new Map<string, number[]>();
  private readonly names: string[] = [];
  private readonly lower: string[] = [];
  private readonly seen = new Set<string>();

  constructor(names: Iterable<string> = []) {
    for (const n of names) this.add(n);
  }

  add(name: string): void {
    if (this.seen.has(name)) return;
    this.seen.add(name);
    const id = this.names.length;
    this.names.push(name);
    const l = name.toLowerCase();
    this.lower.push(l);
    for (const k of deletions(l)) {
      const ids = this.byKey.get(k);
      if (ids) ids.push(id);
      else this.byKey.set(k, [id]);
    }
  }

  /** The name within one edit of `word` (case-insensitive), the first added among the nearest; or null. */
  closest(word: string): string | null {
    const w = word.toLowerCase();
    if (w.length > 128) return null;
    let best = -1;
    let bestD = 2;
    for (const k of deletions(w)) {
      for (const id of this.byKey.get(k) ?? []) {
        const d = editDistance(w, this.lower[id]!, 1);
        if (d <= 1 && (d < bestD || (d === bestD && id < best))) {
          best = id;
          bestD = d;
        }
      }
    }
    return best < 0 ? null : this.names[best]!;
  }
}

const indexes = new WeakMap<ReadonlyMap<string, number>, NearIndex>();

/** A NearIndex of a map's keys, built once per map (the map must not change afterwards). */
export function nearIndexOf(map: ReadonlyMap<string, number>): NearIndex {
  let index = indexes.get(map);
  if (index === undefined) {
    index = new NearIndex(map.keys());
    indexes.set(map, index);
  }
  return index;
}
