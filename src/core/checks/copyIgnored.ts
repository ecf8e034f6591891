/**
 * CopyIgnoredFile as BuildKit's validateCopySourcePath judges it: only when a .dockerignore
 * has patterns and none of them is an exception (`!…`); `.` and `/` only when a pattern
 * ignores the whole root (`*`, `**`, `**\/*`); remote ADD sources are never judged.
 */
import type { IgnoreMatcher } from '../context/dockerignore.ts';
import { DETAIL } from './rules.ts';

const ROOT_PATTERNS = new Set(['*', '**', '**/*']);

function isRemote(src: string): boolean {
  return /^(https?|git):\/\//.test(src) || /^git@/.test(src) || /\.git(#|$)/.test(src) && /^[\w.-]+\.[a-z]{2,}\//i.test(src);
}

/** Go's filepath.Clean, for the slash form BuildKit prints. */
export function cleanPath(p: string): string {
  if (p === '') return '.';
  const abs = p.startsWith('/');
  const out: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!abs) out.push('..');
    } else out.push(seg);
  }
  const body = out.join('/');
  return abs ? `/${body}` : body === '' ? '.' : body;
}

export function checkCopySources(ignore: IgnoreMatcher, sources: readonly string[], isAdd: boolean, report: (detail: string) => void): void {
  if (ignore.patterns.length === 0 || ignore.patterns.some((p) => p.startsWith('!'))) return;
  const cmd = isAdd ? 'Add' : 'Copy';
  for (const raw of sources) {
    if (isAdd && isRemote(raw)) continue;
    const src = cleanPath(raw);
    if ((src === '.' || src === '/') && !ignore.patterns.some((p) => ROOT_PATTERNS.has(p))) continue;
    const ignored = src === '.' || src === '/' ? true : ignore.ignores(src);
    if (ignored) report(DETAIL.CopyIgnoredFile(cmd, src));
  }
}

/**
 * The literal sources a build cannot find: excluded by a .dockerignore without exceptions, so
 * not in the context BuildKit is sent, whatever the checks' config (the solve fails even with
 * CopyIgnoredFile skipped). Globs (zero matches may be allowed), `.` and `/` (the context root
 * itself is always there) and remote ADD sources are left out.
 */
export function missingSources(ignore: IgnoreMatcher, sources: readonly string[], isAdd: boolean): string[] {
  if (ignore.patterns.length === 0 || ignore.patterns.some((p) => p.startsWith('!'))) return [];
  const out: string[] = [];
  for (const raw of sources) {
    if ((isAdd && isRemote(raw)) || /[*?[\\]/.test(raw)) continue;
    const src = cleanPath(raw);
    if (src === '.' || src === '/' || src.startsWith('../')) continue;
    if (ignore.ignores(src.replace(/^\//, ''))) out.push(src.replace(/^\//, ''));
  }
  return out;
}
