/**
 * Which fragments this browser's own pages wrote into the address bar, and which the person shared
 * (Copy link). A fragment the page wrote itself is a leftover of the person's earlier state, never a
 * link they opened: on load it must not win over the newer autosave (a workspace too large for a
 * link leaves the older fragment in the URL). Stored as short digests in localStorage, newest last.
 */

const KEY = 'stagecraft.ownLinks';
const KEEP = 200;

interface Marks {
  readonly written: string[];
  readonly shared: string[];
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** FNV-1a over the UTF-16 units, two lanes, plus the length: a digest, not a secret. */
export function digest(fragment: string): string {
  const f = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < f.length; i++) {
    const c = f.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return `${(a >>> 0).toString(36)}.${(b >>> 0).toString(36)}.${f.length.toString(36)}`;
}

function read(): Marks {
  try {
    const v: unknown = JSON.parse(storage()?.getItem(KEY) ?? 'null');
    if (typeof v === 'object' && v !== null) {
      const o = v as Record<string, unknown>;
      const list = (x: unknown) => (Array.isArray(x) ? x.filter((e): e is string => typeof e === 'string') : []);
      return { written: list(o.written), shared: list(o.shared) };
    }
  } catch {
    // unreadable: nothing is known to be ours
  }
  return { written: [], shared: [] };
}

function mark(kind: keyof Marks, fragment: string): void {
  const m = read();
  const d = digest(fragment);
  const list = [...m[kind].filter((x) => x !== d), d].slice(-KEEP);
  try {
    storage()?.setItem(KEY, JSON.stringify({ ...m, [kind]: list }));
  } catch {
    // full or refused: at worst an old fragment of ours is taken for a link on reload (and pinned)
  }
}

export const markWritten = (fragment: string): void => mark('written', fragment);
export const markShared = (fragment: string): void => mark('shared', fragment);
export const wasWritten = (fragment: string): boolean => read().written.includes(digest(fragment));
export const wasShared = (fragment: string): boolean => read().shared.includes(digest(fragment));
