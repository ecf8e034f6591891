import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COALESCE_MS, fitBudget, historyLabel, HISTORY_SIZE, parseRing, record, summarize, type HistoryEntry } from '../../src/ui/share/history.ts';

const entry = fc.record({
  at: fc.integer({ min: 0, max: 10_000_000 }),
  tab: fc.constantFrom('a', 'b', 'c'),
  fragment: fc.constantFrom(...Array.from({ length: 40 }, (_, i) => `v1=f${i}`)),
  label: fc.string({ maxLength: 10 }),
});

describe('history ring', () => {
  it('never exceeds the size, keeps the newest first, never lists a fragment twice', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 200 }), (entries) => {
        let ring: HistoryEntry[] = [];
        for (const e of entries) {
          ring = record(ring, e);
          expect(ring[0]).toMatchObject(e);
          expect(ring.length).toBeLessThanOrEqual(HISTORY_SIZE);
          expect(new Set(ring.map((x) => x.fragment)).size).toBe(ring.length);
        }
      }),
    );
  });

  it('keeps 30 distinct versions written far apart', () => {
    let ring: HistoryEntry[] = [];
    for (let i = 0; i < 45; i++) ring = record(ring, { at: i * COALESCE_MS * 2, tab: 't', fragment: `v1=${i}`, label: '' });
    expect(ring).toHaveLength(HISTORY_SIZE);
    expect(ring[0]!.fragment).toBe('v1=44');
    expect(ring[29]!.fragment).toBe('v1=15');
  });

  it('folds quick edits from one tab into one entry, but not edits from another tab', () => {
    let ring = record([], { at: 0, tab: 'a', fragment: 'v1=1', label: '' });
    ring = record(ring, { at: 1000, tab: 'a', fragment: 'v1=2', label: '' });
    expect(ring.map((e) => e.fragment)).toEqual(['v1=2']);
    ring = record(ring, { at: 2000, tab: 'b', fragment: 'v1=3', label: '' });
    expect(ring.map((e) => e.fragment)).toEqual(['v1=3', 'v1=2']);
  });

  it('reads back what it stored and drops anything malformed', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 40 }), (entries) => {
        const ring = entries.reduce<HistoryEntry[]>((r, e) => record(r, e), []);
        expect(parseRing(JSON.stringify(ring))).toEqual(ring);
      }),
    );
    for (const bad of [null, '', '{', '42', '{"a":1}', '[1,"x",null,{"at":"1"}]']) expect(parseRing(bad)).toEqual([]);
    fc.assert(fc.property(fc.string(), (s) => Array.isArray(parseRing(s))));
  });

  it('summarises a Dockerfile by its first stage', () => {
    expect(summarize('FROM golang:1.22 AS build\nRUN go build\n')).toBe('build');
    expect(summarize('# c\nfrom --platform=$BUILDPLATFORM alpine\r\n')).toBe('alpine');
    expect(summarize('')).toBe('');
  });
});

describe('historyLabel', () => {
  const f = (...names: string[]) => names.map((name) => ({ name }));
  const cases: [title: string, files: { name: string }[], graphText: string, label: string][] = [
    ['one Dockerfile "FROM golang AS build"', f('Dockerfile'), 'FROM golang AS build\n', 'build'],
    ['Dockerfile.build, Dockerfile, build.sh (graph FROM alpine:latest)', f('Dockerfile.build', 'Dockerfile', 'build.sh'), 'FROM alpine:latest\n', 'alpine:latest · Dockerfile.build, Dockerfile, build.sh'],
    ['build.sh alone (no graph text)', f('build.sh', 'test.sh'), '', 'build.sh, test.sh'],
    ['40 long names: cut to 80 characters', f(...Array.from({ length: 40 }, (_, i) => `file-number-${i}.Dockerfile`)), '', `${Array.from({ length: 40 }, (_, i) => `file-number-${i}.Dockerfile`).join(', ').slice(0, 80)}`],
  ];
  for (const [title, files, text, label] of cases) it(title, () => expect(historyLabel(files, text)).toBe(label));
});

describe('pinned versions', () => {
  it('a version a link replaced is never folded into by later edits', () => {
    let ring = record([], { at: 0, tab: 'a', fragment: 'v1=mine', label: '', pinned: true });
    ring = record(ring, { at: 10, tab: 'a', fragment: 'v1=link', label: '' });
    ring = record(ring, { at: 20, tab: 'a', fragment: 'v1=link-edited', label: '' });
    expect(ring.map((e) => e.fragment)).toEqual(['v1=link-edited', 'v1=mine']);
  });
});

describe('storage budget', () => {
  it('keeps the ring within its budget, newest first, dropping only the oldest', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 300 }), { minLength: 1, maxLength: 30 }), fc.integer({ min: 50, max: 4000 }), (bodies, budget) => {
        const ring = bodies.map((b, i) => ({ at: i, tab: 't', fragment: `v1=${i}${b}`, label: '' }));
        const kept = fitBudget(ring, budget);
        expect(kept).toEqual(ring.slice(0, kept.length));
        expect(kept.length).toBeGreaterThanOrEqual(1);
        if (kept.length > 1) expect(JSON.stringify(kept).length).toBeLessThanOrEqual(budget);
        if (kept.length < ring.length) expect(JSON.stringify(ring.slice(0, kept.length + 1)).length).toBeGreaterThan(budget);
      }),
    );
  });
});
