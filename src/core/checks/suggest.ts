/**
 * BuildKit's util/suggest.Search, for the "did you mean" of UndefinedVar and
 * UndefinedArgInFrom: plain Levenshtein distance (agext/levenshtein, unit costs), a candidate
 * wins when it is closer than 3 and closer than every earlier one; an exact match means
 * "no suggestion". Case-sensitive, as BuildKit calls it on Linux.
 */

function levenshtein(a: readonly string[], b: readonly string[]): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur.push(Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/** The suggestion for `value` among `options`, or '' when none is close enough. */
export function suggestSearch(value: string, options: Iterable<string>): string {
  const v = [...value];
  let match = '';
  let min = 3;
  for (const opt of options) {
    if (opt === value) return '';
    // Distances are never below the length difference: skip hopeless candidates cheaply.
    if (Math.abs(opt.length - value.length) >= min) continue;
    const d = levenshtein(v, [...opt]);
    if (d < min) {
      match = opt;
      min = d;
    }
  }
  return match;
}
