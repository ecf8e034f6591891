/**
 * Large versions (too large for History's ring) are kept in slots behind `LargeStore`: the slots'
 * rules (folding, budget, links never evicting own work), the routing from a pin or an ordinary
 * version, delete and undo, storage failures, and that a full localStorage never costs the small entries.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { singleFileWorkspace, type Workspace } from '../../src/core/share/index.ts';
import { ENTRY_CAP_CHARS, HISTORY_KEY, loadOrigin, remember } from '../../src/ui/share/historyStore.ts';
import {
  formatSize, isLargeVersion, keepLargeVersion, LARGE_LINK_SLOTS, LARGE_OWN_SLOTS, listLarge, loadLarge, metaOf,
  type LargeMeta, type LargeStore, type LargeVersion,
} from '../../src/ui/share/largeVersions.ts';
import { keepLarge as keepLargeKept } from '../../src/ui/share/largeSlots.ts';
import { pinVersion } from '../../src/ui/share/pin.ts';

/** The slots after keeping `entry` (the rules' list). */
const keepLarge = (slots: readonly LargeMeta[], entry: LargeVersion): LargeMeta[] => keepLargeKept(slots, metaOf(entry)).slots;
import type { Origin } from '../../src/ui/share/historyStore.ts';

/** The in-memory fake of the IndexedDB store (structured clone as IndexedDB does). */
class FakeStore implements LargeStore {
  readonly map = new Map<string, LargeVersion>();
  fail = false;
  async keys() { if (this.fail) throw new Error('off'); return [...this.map.keys()]; }
  async get(id: string) { if (this.fail) throw new Error('off'); return structuredClone(this.map.get(id)); }
  async put(v: LargeVersion) { if (this.fail) throw new Error('off'); this.map.set(v.id, structuredClone(v)); }
  async remove(id: string) { this.map.delete(id); }
}

class MemoryStorage {
  readonly map = new Map<string, string>();
  quota = Infinity;
  get length() { return this.map.size; }
  key(i: number) { return [...this.map.keys()][i] ?? null; }
  clear() { this.map.clear(); }
  getItem(k: string) { return this.map.get(k) ?? null; }
  setItem(k: string, v: string) {
    const used = [...this.map].reduce((n, [key, val]) => n + (key === k ? 0 : val.length), 0);
    if (used + v.length > this.quota) throw new DOMException('full', 'QuotaExceededError');
    this.map.set(k, v);
  }
  removeItem(k: string) { this.map.delete(k); }
}

let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
  (globalThis as { localStorage?: unknown }).localStorage = storage;
});
afterEach(() => {
  delete (globalThis as { localStorage?: unknown }).localStorage;
});

const ws = (text: string): Workspace => singleFileWorkspace(text);
/** A pinned version (as pinVersion keeps them: nothing folds into it). */
const v = (id: string, at: number, origin: Origin = 'own', text = `FROM alpine AS ${id}\n`): LargeVersion =>
  ({ id, at, tab: 't', label: id, chars: text.length, origin, workspace: ws(text), pinned: true });
const work = (text: string) => ({ files: [{ name: 'Dockerfile', text }], graphText: text });

describe('keepLarge (the slots)', () => {
  it('keeps the newest own versions first, at most LARGE_OWN_SLOTS', () => {
    let slots: LargeMeta[] = [];
    for (let i = 0; i < 6; i++) slots = keepLarge(slots, v(`o${i}`, i));
    expect(slots.map((x) => x.id)).toEqual(['o5', 'o4', 'o3', 'o2', 'o1', 'o0'].slice(0, LARGE_OWN_SLOTS));
  });

  it('a version with the same files replaces the older one', () => {
    const slots = keepLarge(keepLarge([], v('a', 1, 'own', 'FROM x\n')), v('b', 2, 'own', 'FROM x\n'));
    expect(slots.map((x) => [x.id, x.at])).toEqual([['a', 2]]);
  });

  it('links never evict the person\'s own versions (property)', () => {
    fc.assert(fc.property(fc.array(fc.boolean(), { maxLength: 30 }), (isLink) => {
      let slots: LargeMeta[] = [];
      isLink.forEach((l, i) => { slots = keepLarge(slots, v(`${l ? 'l' : 'o'}${i}`, i, l ? 'link' : 'own')); });
      const own = isLink.map((l, i) => (l ? null : `o${i}`)).filter((x) => x !== null).reverse().slice(0, LARGE_OWN_SLOTS);
      expect(slots.filter((x) => x.origin === 'own').map((x) => x.id)).toEqual(own);
      expect(slots.filter((x) => x.origin === 'link').length).toBeLessThanOrEqual(LARGE_LINK_SLOTS);
      expect(slots.map((x) => x.at)).toEqual([...slots.map((x) => x.at)].sort((a, b) => b - a));
    }));
  });
});

describe('isLargeVersion (what a stored record must be)', () => {
  it.each([
    ['a good record', v('a', 1), true],
    ['null', null, false],
    ['no workspace', { ...v('a', 1), workspace: undefined }, false],
    ['a workspace with a bad active index', { ...v('a', 1), workspace: { ...ws('FROM a'), active: 7 } }, false],
    ['an unknown origin', { ...v('a', 1), origin: 'mallory' }, false],
    ['a time that is not a number', { ...v('a', 1), at: 'now' }, false],
  ])('%s', (_name, record, ok) => {
    expect(isLargeVersion(record)).toBe(ok);
  });
});

describe('formatSize', () => {
  it.each([
    ['3 MB in English', 3_145_728, 'en', '3.1 MB'],
    ['3 MB in Chinese', 3_145_728, 'zh', '3.1 MB'],
    ['half a megabyte', 500_001, 'en', '0.5 MB'],
  ])('%s', (_name, chars, lang, out) => {
    expect(formatSize(chars, lang)).toBe(out);
  });
});

describe('keepLargeVersion and listLarge (behind the store interface)', () => {
  it('writes the new version, removes the evicted ones, lists newest first', async () => {
    const store = new FakeStore();
    for (let i = 0; i < LARGE_OWN_SLOTS + 2; i++) await keepLargeVersion(store, v(`o${i}`, i));
    const want = Array.from({ length: LARGE_OWN_SLOTS }, (_, i) => `o${LARGE_OWN_SLOTS + 1 - i}`);
    expect([...store.map.keys()].sort()).toEqual([...want].sort());
    expect((await listLarge(store)).map((x) => x.id)).toEqual(want);
  });

  it('a store that fails (IndexedDB off) answers false and an empty list, never throws', async () => {
    const store = new FakeStore();
    store.fail = true;
    await expect(keepLargeVersion(store, v('a', 1))).resolves.toBe('refused');
    await expect(listLarge(store)).resolves.toEqual([]);
    await expect(keepLargeVersion(null, v('a', 1))).resolves.toBe('refused');
  });

  it('a malformed record in the store is skipped', async () => {
    const store = new FakeStore();
    store.map.set('bad', { id: 'bad' } as unknown as LargeVersion);
    await keepLargeVersion(store, v('a', 1));
    expect((await listLarge(store)).map((x) => x.id)).toEqual(['a']);
  });
});

describe('pinVersion (where a pinned version goes)', () => {
  const settle = (store: FakeStore) => listLarge(store);
  const big = `FROM alpine AS big\n${'RUN echo x\n'.repeat(300_000)}`; // 3.3 MB: too large to encode at all

  it.each([
    ['a small version: the ring', 'v1=small', 'FROM alpine AS small\n', 1, 0],
    ['a fragment over the entry cap: a large slot', `v1=${'a'.repeat(ENTRY_CAP_CHARS)}`, 'FROM alpine AS mid\n', 0, 1],
    ['too large to encode (no fragment): a large slot', null, big, 0, 1],
    ['a blank workspace: nowhere', null, '   \n', 0, 0],
  ])('%s', async (_name, fragment, text, inRing, inSlots) => {
    const store = new FakeStore();
    pinVersion(fragment, ws(text), work(text), 't', 'own', store, 1);
    expect(loadOrigin('own')).toHaveLength(inRing);
    expect(await settle(store)).toHaveLength(inSlots);
  });

  it('a 3 MB version is kept whole, with its size and label', async () => {
    const store = new FakeStore();
    pinVersion(null, ws(big), work(big), 't', 'own', store, 5);
    const [kept] = await settle(store);
    expect((await loadLarge(store, kept!.id))?.workspace.files[0]?.text).toBe(big);
    expect(kept?.chars).toBe(big.length);
    expect(kept?.label).toBe('big');
  });

  it('a full localStorage keeps the small entries as they were, and the pinned version goes to a large slot', async () => {
    const store = new FakeStore();
    for (let i = 0; i < 5; i++) remember(`v1=small${i}`, work(`FROM a AS s${i}`), 't', false, i * 100_000);
    const before = storage.getItem(HISTORY_KEY);
    storage.quota = (before?.length ?? 0) + 10; // the next write does not fit
    pinVersion('v1=x'.padEnd(2_000, 'x'), ws('FROM a AS pinned'), work('FROM a AS pinned'), 't', 'own', store, 1_000_000);
    expect(storage.getItem(HISTORY_KEY)).toBe(before);
    expect(loadOrigin('own')).toHaveLength(5);
    expect((await settle(store)).map((x) => x.label)).toEqual(['pinned']);
  });
});
