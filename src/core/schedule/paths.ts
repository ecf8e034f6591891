/**
 * Does a changed context path touch a COPY/ADD source? Both sides may be a file, a folder or a
 * glob. Matching is Docker's own (`.dockerignore` rules: filepath.Match per segment, `**`, a
 * pattern matching a folder covers what is inside), through the one matcher in core/context.
 */
import { cleanContextPath, parseDockerignore, type IgnoreMatcher } from '../context/dockerignore.ts';

const GLOB = /[*?[]/;
const matchers = new Map<string, IgnoreMatcher>();

function matcher(pattern: string): IgnoreMatcher {
  let m = matchers.get(pattern);
  if (m === undefined) {
    if (matchers.size > 500) matchers.clear();
    m = parseDockerignore(pattern);
    matchers.set(pattern, m);
  }
  return m;
}

/** One path segment against another, either possibly a wildcard pattern (filepath.Match). */
function segmentsMeet(a: string, b: string): boolean {
  if (a === b) return true;
  const ga = GLOB.test(a);
  const gb = GLOB.test(b);
  if (ga && gb) return true; // two patterns: assume some name matches both
  return (ga && matcher(a).ignores(b)) || (gb && matcher(b).ignores(a));
}

/**
 * True when changing `changed` can change what `source` brings into the image: segment by segment
 * the two meet up to the shorter one (a folder covers what is inside it) or up to a `**`.
 */
export function touches(source: string, changed: string): boolean {
  const s = cleanContextPath(source);
  const c = cleanContextPath(changed);
  if (s === '' || c === '') return true; // `.` is the whole context; so is a change of `.`
  const ss = s.split('/');
  const cs = c.split('/');
  for (let i = 0; i < Math.min(ss.length, cs.length); i++) {
    if (ss[i] === '**' || cs[i] === '**') return true;
    if (!segmentsMeet(ss[i]!, cs[i]!)) return false;
  }
  return true;
}

/**
 * Whether a changed path never reaches the build: `.dockerignore` leaves it out of the context. Only
 * a plain path is judged (a glob may name files on both sides of the ignore rules: it counts as changed).
 */
export function leftOut(changed: string, ignores: (path: string) => boolean): boolean {
  return !GLOB.test(changed) && ignores(changed);
}

/** Context sources of a COPY/ADD (URLs, git sources and heredocs are not in the context). */
export function contextSources(args: readonly string[], heredocNames: readonly string[]): string[] {
  const sources = args.slice(0, -1);
  return sources.filter((s) => !/^[a-z][a-z0-9+.-]*:\/\//i.test(s) && !s.startsWith('git@') && !heredocNames.some((h) => s.startsWith('<<') && s.replace(/^<<-?/, '').replace(/['"]/g, '') === h));
}
