/**
 * The rules of the large-version slots (./largeVersions.ts), pure: History's ring rules applied to
 * versions kept whole in IndexedDB, within an honest budget the History menu states.
 * - Folding, as the ring does (./history.ts record): an ordinary version from the same tab within
 *   COALESCE_MS of the newest one's first change replaces it; nothing folds into a pinned version
 *   (the state before a destructive change, a link or a restore).
 * - The same files kept again replace the older copy (a pin is never lost that way: it stays pinned).
 * - Budget: at most LARGE_OWN_SLOTS of the person's own, LARGE_LINK_SLOTS of links', and
 *   LARGE_BUDGET_CHARS of text in all. Over it, the oldest go first: links' before the person's,
 *   ordinary before pinned. A link's version never evicts the person's own; a version that cannot
 *   fit by itself is not kept (and the page says so).
 */
import { COALESCE_MS } from './history.ts';
import type { Origin } from './historyStore.ts';

/** How many large versions of the person's own work are kept. */
export const LARGE_OWN_SLOTS = 8;
/** How many large versions that came from links are kept (they never take an own slot). */
export const LARGE_LINK_SLOTS = 1;
/** The most characters of text all large versions together may hold (about 24 MB). */
export const LARGE_BUDGET_CHARS = 24_000_000;

/** What the rules need of a version (its files only through their digest: the store is not read whole). */
export interface Slot {
  readonly id: string;
  readonly at: number;
  readonly tab: string;
  readonly origin: Origin;
  readonly chars: number;
  readonly pinned?: boolean;
  readonly since?: number;
  /** Of the files' names and texts (`digestFiles`): the same files, the same digest. */
  readonly digest: string;
}

/**
 * A digest of files (names and texts): cyrb53 over every character, with the lengths. Two versions
 * with the same digest count as the same files (a collision would replace one version by another).
 */
export function digestFiles(files: readonly { readonly name: string; readonly text: string }[]): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  const eat = (s: string): void => {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
  };
  for (const f of files) {
    eat(f.name);
    eat('\u0000');
    eat(f.text);
    eat('\u0000');
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const len = files.reduce((n, f) => n + f.name.length + f.text.length, 0);
  return `${files.length}:${len}:${(h2 >>> 0).toString(36)}${(h1 >>> 0).toString(36)}`;
}

/**
 * What the slots hold after keeping `entry` (newest first), whether it is among them, and the entry
 * as kept: a version that replaces another (the same files, or folded into the newest) takes its id,
 * so a version's id stays the same while its slot is refreshed (History's Delete of it stays right).
 */
export interface Kept<T extends Slot> {
  readonly slots: T[];
  readonly kept: boolean;
  readonly entry: T;
}

/** Which version goes first when over a limit: links' before own, ordinary before pinned, oldest first. */
function victim<T extends Slot>(slots: readonly T[], spare: T, from: (v: T) => boolean): T | undefined {
  const rank = (v: T): number => (v.origin === 'link' ? 0 : 2) + (v.pinned === true ? 1 : 0);
  return slots.filter((v) => v !== spare && from(v)).sort((a, b) => rank(a) - rank(b) || a.at - b.at)[0];
}

export function keepLarge<T extends Slot>(slots: readonly T[], incoming: T, coalesceMs: number = COALESCE_MS): Kept<T> {
  let entry = incoming;
  const twin = slots.find((v) => v.digest === entry.digest);
  if (twin) entry = { ...entry, id: twin.id, ...(twin.pinned === true ? { pinned: true } : {}) };
  let rest = slots.filter((v) => v !== twin).sort((a, b) => b.at - a.at);
  const head = rest.find((v) => v.origin === entry.origin);
  const headSince = head?.since ?? head?.at ?? 0;
  if (head && head.pinned !== true && head.tab === entry.tab && entry.at >= head.at && entry.at - headSince < coalesceMs) {
    rest = rest.filter((v) => v !== head);
    // Folded: the newest version's slot, refreshed (a twin's id, if any, went with the twin: it is gone too).
    entry = { ...entry, id: twin ? entry.id : head.id, since: headSince };
  }
  let out = [entry, ...rest];
  const over = (): boolean =>
    out.filter((v) => v.origin === 'own').length > LARGE_OWN_SLOTS
    || out.filter((v) => v.origin === 'link').length > LARGE_LINK_SLOTS
    || out.reduce((n, v) => n + v.chars, 0) > LARGE_BUDGET_CHARS;
  while (over()) {
    const ownFull = out.filter((v) => v.origin === 'own').length > LARGE_OWN_SLOTS;
    const linkFull = out.filter((v) => v.origin === 'link').length > LARGE_LINK_SLOTS;
    // A link's version may only push out another link's; if that is not enough, it is the one not kept.
    const allowed = (v: T): boolean => (linkFull ? v.origin === 'link' : ownFull ? v.origin === 'own' : entry.origin === 'own' || v.origin === 'link');
    const gone = victim(out, entry, allowed);
    if (gone === undefined) return { slots: [...slots].sort((a, b) => b.at - a.at), kept: false, entry }; // nothing is given up for it
    out = out.filter((v) => v !== gone);
  }
  return { slots: out, kept: true, entry };
}
