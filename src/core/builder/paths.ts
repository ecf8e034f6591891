/**
 * POSIX path helpers for both sides of a conversion (the core runs in the
 * browser, so no node:path), plus shell quoting for generated scripts.
 */

/** Normalizes `a/./b//c/../d/` → `a/b/d`; keeps a leading `/`; `''` and `.` become `.`. */
export function normalizePath(p: string): string {
  const abs = p.startsWith('/');
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else if (part !== '..' || !abs) out.push(part);
  }
  const body = out.join('/');
  return abs ? `/${body}` : body === '' ? '.' : body;
}

/** `dir` joined with `p` (an absolute `p` wins), normalized. */
export function joinPath(dir: string, p: string): string {
  return normalizePath(p.startsWith('/') ? p : `${dir}/${p}`);
}

/** The last path segment (`''` for `/`). */
export function baseName(p: string): string {
  const n = normalizePath(p);
  return n === '/' || n === '.' ? '' : (n.split('/').pop() ?? '');
}

/** The folder of a path (`.` for a bare name). */
export function dirName(p: string): string {
  const n = normalizePath(p);
  const cut = n.lastIndexOf('/');
  return cut < 0 ? '.' : cut === 0 ? '/' : n.slice(0, cut);
}

/** The part of `p` below `base` (`''` when equal), or null when `p` is not inside `base`. */
export function pathBelow(base: string, p: string): string | null {
  const b = normalizePath(base);
  const n = normalizePath(p);
  if (b === '.') return n.startsWith('/') || n.startsWith('..') ? null : n === '.' ? '' : n;
  if (n === b) return '';
  const prefix = b.endsWith('/') ? b : `${b}/`;
  return n.startsWith(prefix) ? n.slice(prefix.length) : null;
}

export const hasGlob = (p: string): boolean => /[*?[]/.test(p);

/**
 * Splits a path at its first wildcard segment: the folder docker cp can take,
 * and the rest (with the wildcard) to read from inside it.
 */
export function splitAtGlob(p: string): { readonly folder: string; readonly rest: string } {
  const parts = normalizePath(p).split('/');
  const k = parts.findIndex((s) => hasGlob(s));
  if (k < 0) return { folder: normalizePath(p), rest: '' };
  const folder = parts.slice(0, k).join('/') || (p.startsWith('/') ? '/' : '.');
  return { folder, rest: parts.slice(k).join('/') };
}

/** Quotes a word for sh only when it needs it. */
export function shellQuote(word: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** Whether a word is a valid docker image reference name part (lowercase repository). */
export const isImageName = (s: string): boolean => /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/.test(s);
