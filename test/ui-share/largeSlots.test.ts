/**
 * History for large workspaces: ordinary versions kept in IndexedDB slots like the ring's (folding a
 * minute of edits, pins protected), within the budget, deletable with Undo, and every storage failure
 * reported as an outcome (never thrown) that the page can put into words.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { singleFileWorkspace } from '../../src/core/share/index.ts';
import { COALESCE_MS } from '../../src/ui/share/history.ts';
import { forget, loadOrigin, loadRing, putBack, remember } from '../../src/ui/share/historyStore.ts';
import { digestFiles, keepLarge, LARGE_BUDGET_CHARS, LARGE_LINK_SLOTS, LARGE_OWN_SLOTS } from '../../src/ui/share/largeSlots.ts';
import {
  dismissLargeProblem, keepLargeVersion, largeFailing, largeProblem, listLarge, loadLarge, putBackLargeVersion, takeLarge,
  type LargeStore, type LargeVersion,
} from '../../src/ui/share/largeVersions.ts';
import { keepVersion } from '../../src/ui/share/pin.ts';

class FakeStore implements LargeStore {
  readonly map = new Map<string, LargeVersion>();
  /** What put throws, if anything (an IndexedDB quota error, a refusal). */
  putError: Error | null = null;
  /** How many records were read whole. */
  reads = 0;
  async keys() { return [...this.map.keys()]; }
  async get(id: string) { this.reads++; return structuredClone(this.map.get(id)); }
  async put(v: LargeVersion) { if (this.putError) throw this.putError; this.map.set(v.id, structuredClone(v)); }
  async remove(id: string) { this.map.delete(id); }
}

const MB3 = 3_300_000;
/** A version: `chars` stands for its size (the workspace stays small so the tests stay fast). */
const v = (id: string, at: number, o: Partial<LargeVersion> = {}): LargeVersion & { digest: string } => {
  const workspace = o.workspace ?? singleFileWorkspace(`FROM alpine AS ${id}\n`);
  return { id, at, tab: 't', label: id, chars: MB3, origin: 'own', workspace, ...o, digest: digestFiles(workspace.files) };
};
type V = ReturnType<typeof v>;
const ids = (l: readonly { id: string }[]) => l.map((x) => x.id);
const MIN = 60_000;

describe('keepLarge: folding like the ring', () => {
  it.each([
    ['an edit 10 s after the newest ordinary version, same tab: folds into it (its slot, its id)', v('a', 0), v('b', 10_000), ['a']],
    ['an edit 61 s after the newest ordinary version: a second version', v('a', 0), v('b', 61_000), ['b', 'a']],
    ['an edit 10 s after, from another tab: a second version', v('a', 0), v('b', 10_000, { tab: 'u' }), ['b', 'a']],
    ['an edit 10 s after a pinned version: never folds into a pin', v('a', 0, { pinned: true }), v('b', 10_000), ['b', 'a']],
    ['a link version 10 s after an own one: never folds across origins', v('a', 0), v('b', 10_000, { origin: 'link' }), ['b', 'a']],
  ])('%s', (_name, first, second, want) => {
    expect(ids(keepLarge(keepLarge([], first).slots, second).slots)).toEqual(want);
  });

  it('steady edits every 20 s for 3 minutes: one version a minute', () => {
    let slots: V[] = [];
    for (let t = 0; t <= 3 * MIN; t += 20_000) slots = keepLarge(slots, v(`e${t}`, t)).slots;
    expect(slots.length).toBe(4); // folds stop a minute after each version's first edit
    expect(slots.every((x) => x.at - (x.since ?? x.at) < COALESCE_MS)).toBe(true);
  });

  it('the same files kept again replace the older copy and keep it pinned', () => {
    const ws = singleFileWorkspace('FROM same\n');
    const out = keepLarge([v('a', 0, { pinned: true, workspace: ws })], v('b', 5 * MIN, { workspace: ws })).slots;
    expect(out.map((x) => [x.id, x.at, x.pinned])).toEqual([['a', 5 * MIN, true]]); // the same slot (id), refreshed
  });
});

describe('keepLarge: the budget', () => {
  it(`more than ${LARGE_OWN_SLOTS} own versions: the oldest ordinary go first, pins stay`, () => {
    let slots = [v('pin', 0, { pinned: true, chars: 10 })];
    for (let i = 1; i <= LARGE_OWN_SLOTS + 3; i++) slots = keepLarge(slots, v(`o${i}`, i * 2 * MIN, { chars: 10 })).slots;
    expect(slots).toHaveLength(LARGE_OWN_SLOTS);
    expect(ids(slots)).toContain('pin');
    expect(ids(slots)[0]).toBe(`o${LARGE_OWN_SLOTS + 3}`);
  });

  it(`over ${LARGE_BUDGET_CHARS} characters in all: the oldest ordinary go until it fits`, () => {
    let slots: V[] = [];
    for (let i = 0; i < 8; i++) slots = keepLarge(slots, v(`o${i}`, i * 2 * MIN, { chars: 5_000_000 })).slots;
    expect(ids(slots)).toEqual(['o7', 'o6', 'o5', 'o4']);
    expect(slots.reduce((n, x) => n + x.chars, 0)).toBeLessThanOrEqual(LARGE_BUDGET_CHARS);
  });

  it('a version larger than the whole budget: not kept, and nothing is given up for it', () => {
    const before = [v('a', 0), v('b', 2 * MIN)];
    const r = keepLarge(before, v('huge', 4 * MIN, { chars: LARGE_BUDGET_CHARS + 1 }));
    expect(r.kept).toBe(false);
    expect(ids(r.slots)).toEqual(['b', 'a']);
  });

  it('a link version that would need own versions to go: not kept, the own ones stay', () => {
    const own = Array.from({ length: 4 }, (_, i) => v(`o${i}`, i * 2 * MIN, { chars: 5_900_000 }));
    const r = keepLarge(own, v('link', 10 * MIN, { origin: 'link', chars: 2_000_000 }));
    expect(r.kept).toBe(false);
    expect(ids(r.slots)).toEqual(['o3', 'o2', 'o1', 'o0']);
  });

  it('links never evict own versions, by count or by size (property)', () => {
    fc.assert(fc.property(fc.array(fc.record({ link: fc.boolean(), mb: fc.integer({ min: 1, max: 9 }) }), { maxLength: 25 }), (steps) => {
      let slots: V[] = [];
      steps.forEach((s, i) => {
        const next = keepLarge(slots, v(`${s.link ? 'l' : 'o'}${i}`, i * 2 * MIN, { origin: s.link ? 'link' : 'own', chars: s.mb * 1_000_000 }));
        if (s.link) expect(ids(next.slots.filter((x) => x.origin === 'own'))).toEqual(ids(slots.filter((x) => x.origin === 'own')));
        slots = next.slots;
        expect(slots.filter((x) => x.origin === 'own').length).toBeLessThanOrEqual(LARGE_OWN_SLOTS);
        expect(slots.filter((x) => x.origin === 'link').length).toBeLessThanOrEqual(LARGE_LINK_SLOTS);
        expect(slots.reduce((n, x) => n + x.chars, 0)).toBeLessThanOrEqual(LARGE_BUDGET_CHARS);
      });
    }));
  });
});

describe('keepLargeVersion, removeLargeVersion, putBackLargeVersion', () => {
  // The problem is the page's (module state): a kept version clears it and any dismissal.
  afterEach(async () => { await keepLargeVersion(new FakeStore(), v('reset', 0)); });

  it('two ordinary versions a few minutes apart, delete one, undo: both listed again', async () => {
    const store = new FakeStore();
    await keepLargeVersion(store, v('first', 0));
    await keepLargeVersion(store, v('second', 5 * MIN));
    const [newest, older] = await listLarge(store);
    expect(ids([newest!, older!])).toEqual(['second', 'first']);
    const taken = await takeLarge(store, 'first');
    expect(taken?.workspace).toEqual(v('first', 0).workspace);
    expect(ids(await listLarge(store))).toEqual(['second']);
    expect(await putBackLargeVersion(store, taken!)).toBe('kept');
    expect((await loadLarge(store, older!.id))?.workspace).toEqual(v('first', 0).workspace);
    expect(ids(await listLarge(store))).toEqual(['second', 'first']);
  });

  it('keeping and listing read no version whole after the first look; a version another tab kept is read once', async () => {
    const store = new FakeStore();
    for (let i = 0; i < 5; i++) await keepLargeVersion(store, v(`o${i}`, i * 2 * MIN));
    await listLarge(store);
    expect(store.reads).toBe(0);
    store.map.set('other', v('other', 20 * MIN, { tab: 'u' })); // another tab's write
    expect(ids(await listLarge(store))[0]).toBe('other');
    await listLarge(store);
    await keepLargeVersion(store, v('o9', 30 * MIN));
    expect(store.reads).toBe(1);
  });

  it('a version kept before digests existed (no digest field): read, digested, deduplicated', async () => {
    const store = new FakeStore();
    const { digest: _d, ...old } = v('old', 0, { pinned: true });
    store.map.set('old', old as LargeVersion);
    await keepLargeVersion(store, v('new', 10 * MIN, { workspace: old.workspace }));
    expect((await listLarge(store)).map((x) => [x.id, x.at, x.pinned])).toEqual([['old', 10 * MIN, true]]);
  });

  it('History\'s Delete of a version refreshed meanwhile (the same files kept again) still deletes it: its id stays', async () => {
    const store = new FakeStore();
    await keepLargeVersion(store, v('a', 0, { pinned: true }));
    const listed = (await listLarge(store))[0]!; // what the open menu shows
    await keepLargeVersion(store, v('b', 5 * MIN, { workspace: v('a', 0).workspace })); // a pin of the same state
    await takeLarge(store, listed.id);
    expect(await listLarge(store)).toEqual([]);
  });

  it('undo of the newest version does not fold the next one into it', async () => {
    const store = new FakeStore();
    await keepLargeVersion(store, v('a', 0));
    await keepLargeVersion(store, v('b', 2 * MIN));
    const b = await takeLarge(store, 'b');
    await putBackLargeVersion(store, b!);
    expect(ids(await listLarge(store))).toEqual(['b', 'a']);
  });

  it.each([
    ['IndexedDB full (QuotaExceededError): full', new DOMException('quota', 'QuotaExceededError'), 'full'],
    ['IndexedDB refusing (InvalidStateError): refused', new DOMException('nope', 'InvalidStateError'), 'refused'],
    ['any other error: refused', new Error('boom'), 'refused'],
  ])('%s, the slots as they were, the problem readable', async (_name, error, outcome) => {
    const store = new FakeStore();
    await keepLargeVersion(store, v('a', 0));
    store.putError = error;
    await expect(keepLargeVersion(store, v('b', 5 * MIN))).resolves.toBe(outcome);
    expect(ids(await listLarge(store))).toEqual(['a']);
    expect(largeProblem()).toBe(outcome);
  });

  it('no IndexedDB at all: refused; a dismissed problem is not raised again until a version is kept', async () => {
    await expect(keepLargeVersion(null, v('a', 0))).resolves.toBe('refused');
    expect(largeProblem()).toBe('refused');
    dismissLargeProblem();
    await keepLargeVersion(null, v('b', 1));
    expect(largeProblem()).toBeNull();
    await keepLargeVersion(new FakeStore(), v('c', 2));
    await keepLargeVersion(null, v('d', 3));
    expect(largeProblem()).toBe('refused');
  });

  it('a version over the whole budget: overBudget, said', async () => {
    await expect(keepLargeVersion(new FakeStore(), v('x', 0, { chars: LARGE_BUDGET_CHARS + 1 }))).resolves.toBe('overBudget');
    expect(largeProblem()).toBe('overBudget');
  });
});

describe('keepVersion (History\'s ordinary versions)', () => {
  let mem: Map<string, string>;
  beforeEach(() => {
    mem = new Map();
    (globalThis as { localStorage?: unknown }).localStorage = {
      getItem: (k: string) => mem.get(k) ?? null, setItem: (k: string, val: string) => void mem.set(k, val), removeItem: (k: string) => void mem.delete(k),
    };
  });
  afterEach(() => { delete (globalThis as { localStorage?: unknown }).localStorage; });
  const work = (text: string) => ({ files: [{ name: 'Dockerfile', text }], graphText: text });
  const big = (n: number) => `FROM golang AS huge\n${'RUN echo y\n'.repeat(n)}`;

  it.each([
    ['a small workspace: the ring, not a slot', 'v1=small', 'FROM alpine AS small\n', 1, 0],
    ['a 3 MB workspace (no fragment): an ordinary large version', null, big(300_000), 0, 1],
  ])('%s', async (_name, fragment, text, inRing, inSlots) => {
    const store = new FakeStore();
    keepVersion(fragment, singleFileWorkspace(text), work(text), 't', 'own', false, store, 1);
    expect(loadOrigin('own')).toHaveLength(inRing);
    const slots = await listLarge(store);
    expect(slots).toHaveLength(inSlots);
    expect(slots.every((x) => x.pinned === undefined)).toBe(true);
  });

  it('a 3 MB workspace edited twice, two minutes apart: two versions, each whole', async () => {
    const store = new FakeStore();
    keepVersion(null, singleFileWorkspace(big(300_000)), work(big(300_000)), 't', 'own', false, store, 0);
    keepVersion(null, singleFileWorkspace(big(300_001)), work(big(300_001)), 't', 'own', false, store, 2 * MIN);
    const slots = await Promise.all((await listLarge(store)).map((x) => loadLarge(store, x.id)));
    expect(slots.map((x) => x!.workspace.files[0]!.text)).toEqual([big(300_001), big(300_000)]);
  });
});

describe('forget and putBack (the ring\'s Delete and Undo)', () => {
  beforeEach(() => {
    const mem = new Map<string, string>();
    (globalThis as { localStorage?: unknown }).localStorage = {
      getItem: (k: string) => mem.get(k) ?? null, setItem: (k: string, val: string) => void mem.set(k, val), removeItem: (k: string) => void mem.delete(k),
    };
  });
  afterEach(() => { delete (globalThis as { localStorage?: unknown }).localStorage; });
  const work = (text: string) => ({ files: [{ name: 'Dockerfile', text }], graphText: text });

  it('deletes an own entry and puts it back in its place', () => {
    remember('v1=a', work('FROM a AS a'), 't', false, 0);
    remember('v1=b', work('FROM b AS b'), 't', false, 2 * MIN);
    remember('v1=c', work('FROM c AS c'), 't', false, 4 * MIN);
    const b = loadRing()[1]!;
    expect(forget(b)).toBe('own');
    expect(loadRing().map((e) => e.label)).toEqual(['c', 'a']);
    expect(putBack(b, 'own')).toBe('kept');
    expect(loadRing().map((e) => e.label)).toEqual(['c', 'b', 'a']);
  });

  it('a link entry goes back to the links\' ring', () => {
    remember('v1=l', work('FROM l AS l'), 't', false, 0, 'link');
    const l = loadRing()[0]!;
    expect(forget(l)).toBe('link');
    expect(loadOrigin('link')).toHaveLength(0);
    putBack(l, 'link');
    expect(loadOrigin('link').map((e) => e.label)).toEqual(['l']);
  });

  it('an entry no ring holds: null, nothing changes', () => {
    expect(forget({ at: 1, tab: 'x', fragment: 'v1=zz', label: 'zz' })).toBeNull();
  });
});

describe('largeFailing (what the autosave\'s note relies on)', () => {
  it('a dismissed failure is still failing until a version is kept', async () => {
    await keepLargeVersion(null, v('a', 0));
    dismissLargeProblem();
    expect(largeProblem()).toBeNull();
    expect(largeFailing()).toBe('refused');
    const store = new FakeStore();
    await keepLargeVersion(store, v('b', 1));
    expect(largeFailing()).toBeNull();
  });
});
