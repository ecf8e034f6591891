/**
 * Whether an edit destroys much: a file deleted, or most of the text gone at once (select all +
 * delete, a paste over everything). The state before such an edit is pinned in History, so a
 * reload after it can still bring the work back. Pure.
 */

/** At least this many characters must go for a shrink to count (a short file emptied is no loss to guard). */
export const DESTRUCTIVE_MIN_CHARS = 40;

interface Files {
  readonly files: readonly { readonly name: string; readonly text: string }[];
}

const total = (w: Files): number => w.files.reduce((n, f) => n + f.text.length, 0);

export function isDestructive(before: Files, after: Files): boolean {
  if (before.files === after.files) return false;
  const names = new Set(after.files.map((f) => f.name));
  if (after.files.length < before.files.length && before.files.some((f) => f.text.trim() !== '' && !names.has(f.name))) return true;
  const was = total(before);
  const now = total(after);
  return was - now >= DESTRUCTIVE_MIN_CHARS && now < was / 2;
}
