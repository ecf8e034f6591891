/**
 * The pieces that keep work from being lost: which fragment wins on load, History's folding and
 * its two rings, destructive edits, the link length limit, and what a failed save says.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isDestructive } from '../../src/ui/share/destructive.ts';
import { COALESCE_MS, record, type HistoryEntry } from '../../src/ui/share/history.ts';
import { HISTORY_KEY, LINK_HISTORY_SIZE, loadOrigin, loadRing, remember } from '../../src/ui/share/historyStore.ts';
import { fitsInBrowser, MAX_URL_CHARS } from '../../src/ui/share/linkLimit.ts';
import { digest, markShared, markWritten, wasShared, wasWritten } from '../../src/ui/share/ownLinks.ts';
import { loadTarget } from '../../src/ui/share/reloadGuard.ts';
import { holdSaves, saveOutcome } from '../../src/ui/state/persist.ts';
import { initialState } from '../../src/ui/state/reducer.ts';
import type { Options } from '../../src/ui/state/types.ts';

class MemoryStorage {
  readonly map = new Map<string, string>();
  refuse: 'none' | 'big' | 'all' = 'none';
  get length() { return this.map.size; }
  key(i: number) { return [...this.map.keys()][i] ?? null; }
  clear() { this.map.clear(); }
  getItem(k: string) { return this.map.get(k) ?? null; }
  setItem(k: string, v: string) {
    if (this.refuse === 'all' || (this.refuse === 'big' && v.length > 10)) throw new DOMException('no', 'QuotaExceededError');
    this.map.set(k, v);
  }
  removeItem(k: string) { this.map.delete(k); }
}

let store: MemoryStorage;
beforeEach(() => {
  store = new MemoryStorage();
  (globalThis as { localStorage?: unknown }).localStorage = store;
});
afterEach(() => {
  delete (globalThis as { localStorage?: unknown }).localStorage;
  holdSaves(false);
});

describe('which state a load shows (loadTarget)', () => {
  it.each([
    ['no fragment: the autosave', '', null, null, false, null],
    ['a link from elsewhere: the link', '#v1=theirs', null, null, false, '#v1=theirs'],
    ['this tab\'s own URL with a fresher state: the fresher state', '#v1=mine', 'v1=mine', 'v1=newer', true, 'v1=newer'],
    ['this tab\'s own URL, the state too large for a link: the autosave', '#v1=mine', 'v1=mine', null, true, null],
    ['a URL another tab of this browser wrote (the service worker\'s reload, a new window): the autosave', '#v1=older', 'v1=other', null, true, null],
  ])('%s', (_, hash, written, pending, ownBrowser, expected) => {
    expect(loadTarget(hash, written, pending, ownBrowser)).toBe(expected);
  });

  it('marks fragments the page wrote and the person shared, by digest', () => {
    markWritten('v1=abc');
    markShared('v1=shared');
    expect([wasWritten('v1=abc'), wasWritten('#v1=abc'), wasWritten('v1=abd'), wasShared('v1=shared'), wasShared('v1=abc')]).toEqual([true, true, false, true, false]);
    expect(digest('v1=abc')).not.toBe(digest('v1=abd'));
  });
});

describe('History folding and rings', () => {
  const e = (at: number, fragment: string, extra: Partial<HistoryEntry> = {}): HistoryEntry => ({ at, tab: 't', fragment, label: '', ...extra });

  it('100 s of steady typing (an edit every 10 s) leaves an entry a minute, not one', () => {
    let ring: HistoryEntry[] = [];
    for (let s = 0; s <= 100; s += 10) ring = record(ring, e(s * 1000, `v1=${s}`));
    expect(ring.map((x) => x.fragment)).toEqual(['v1=100', 'v1=50']);
    expect(ring[0]!.since).toBe(60_000);
  });

  it('a pinned entry replaces the unpinned head it follows within the minute', () => {
    let ring = record([], e(0, 'v1=a'));
    ring = record(ring, e(10, 'v1=b', { pinned: true }));
    expect(ring.map((x) => `${x.fragment} ${x.pinned === true}`)).toEqual(['v1=b true']);
  });

  it('a pinned entry stays pinned when the same fragment is recorded again, and nothing folds into it', () => {
    let ring = record([], e(0, 'v1=a', { pinned: true }));
    ring = record(ring, e(10, 'v1=a'));
    expect(ring[0]!.pinned).toBe(true);
    ring = record(ring, e(20, 'v1=b'));
    expect(ring.map((x) => x.fragment)).toEqual(['v1=b', 'v1=a']);
    expect(COALESCE_MS).toBe(60_000);
  });

  it('any number of link versions never pushes out the person\'s own', () => {
    const work = { files: [{ name: 'Dockerfile', text: 'FROM alpine' }], graphText: 'FROM alpine' };
    remember('v1=mine', work, 't', true, 1, 'own');
    for (let i = 0; i < 60; i++) remember(`v1=link${i}`, work, 't', true, 100 + i, 'link');
    expect(loadOrigin('own').map((x) => x.fragment)).toEqual(['v1=mine']);
    expect(loadOrigin('link')).toHaveLength(LINK_HISTORY_SIZE);
    expect(loadRing()[0]!.fragment).toBe('v1=link59');
    expect(loadRing().at(-1)!.fragment).toBe('v1=mine');
    expect(store.getItem(HISTORY_KEY)).toContain('v1=mine');
  });
});

describe('destructive edits', () => {
  const ws = (...files: [string, string][]) => ({ files: files.map(([name, text]) => ({ name, text })) });
  const long = 'FROM golang:1.22 AS build\nRUN go build -o /app ./cmd/app\n';
  it.each([
    ['select all + delete', ws(['Dockerfile', long]), ws(['Dockerfile', '']), true],
    ['a file deleted', ws(['Dockerfile', 'FROM a'], ['build.sh', 'docker build .']), ws(['Dockerfile', 'FROM a']), true],
    ['an empty file deleted', ws(['Dockerfile', 'FROM a'], ['notes', '']), ws(['Dockerfile', 'FROM a']), false],
    ['a file renamed', ws(['Dockerfile', long]), ws(['app.Dockerfile', long]), false],
    ['one line deleted', ws(['Dockerfile', long]), ws(['Dockerfile', 'FROM golang:1.22 AS build\n']), false],
    ['a short file emptied', ws(['Dockerfile', 'FROM a']), ws(['Dockerfile', '']), false],
  ])('%s', (_, before, after, expected) => {
    expect(isDestructive(before, after)).toBe(expected);
  });
});

describe('the link length limit (Chromium: 2,097,152 characters)', () => {
  it('a link that fits opens; one character more is never offered (the embed link, the longest, counts)', () => {
    const href = 'https://stagecraft.example/';
    const overhead = `${href}?view=embed&editor=1#`.length;
    expect(fitsInBrowser(href, 'x'.repeat(MAX_URL_CHARS - overhead))).toBe(true);
    expect(fitsInBrowser(href, 'x'.repeat(MAX_URL_CHARS - overhead + 1))).toBe(false);
  });
});

describe('what a failed save says', () => {
  const OPTIONS: Options = { target: null, buildArgs: {}, direction: 'DOWN', theme: 'dark', language: 'en', classic: false, minimap: true, focus: false, pipeline: false };
  const state = () => initialState({ files: [{ name: 'Dockerfile', text: 'FROM alpine AS small' }], active: 0, lastDockerfile: 'Dockerfile' }, OPTIONS);
  it.each([
    ['room for small writes only: quota', 'big', 'quota'],
    ['every write refused (private mode): unavailable', 'all', 'unavailable'],
    ['writes accepted: saved', 'none', 'saved'],
  ] as const)('%s', (_, refuse, expected) => {
    store.refuse = refuse;
    expect(saveOutcome(state(), store)).toBe(expected);
  });

  it('no storage at all: unavailable; while a tab conflict is open: held, nothing written', () => {
    expect(saveOutcome(state(), null)).toBe('unavailable');
    holdSaves(true);
    expect(saveOutcome(state(), store)).toBe('held');
    expect(store.map.size).toBe(0);
  });
});
