/** The analysis worker's answers as patches: the page's copy follows the worker's views exactly, sharing what did not change. */
import { describe, expect, it } from 'vitest';
import { computeView } from '../../src/ui/state/view.ts';
import { applyView, diffView, shareView } from '../../src/ui/workers/viewPatch.ts';

const FILE = 'FROM golang AS build\nRUN make\nFROM alpine\nCOPY --from=build /app /app\n';
const view = (text: string, version: number) => computeView(text, version, { target: null, buildArgs: {} });
/** Fields that depend on timing, not on the text. */
const stable = ({ millis: _, ...rest }: ReturnType<typeof view>) => rest;

describe('view patches', () => {
  it('a sequence of answers, applied in order across a structured clone, gives the worker\'s views', () => {
    const texts = [FILE, FILE.replace('make', 'make all'), `${FILE}FROM alpine AS x\n`, 'FROM\n', FILE];
    let sent: ReturnType<typeof view> | null = null;
    let copy: ReturnType<typeof view> | null = null;
    texts.forEach((text, i) => {
      const v = view(text, i);
      const patch = structuredClone(diffView(sent, v));
      sent = v;
      copy = applyView(copy, patch);
      expect(stable(copy)).toEqual(stable(v));
    });
  });

  it('an edit inside one stage: unchanged diagnostics and spans keep the page\'s arrays', () => {
    const a = view(FILE, 1);
    const b = shareView(a, view(FILE.replace('make', 'make all'), 2));
    expect(b.diagnostics).toBe(a.diagnostics);
    expect(b.stages).toBe(a.stages);
    expect(b.graph.nodes[1]).toBe(a.graph.nodes[1]);
    expect(b.graph.nodes[0]).not.toBe(a.graph.nodes[0]);
    expect(b.version).toBe(2);
  });

  it('"unchanged" without a previous view is a protocol error, not a silent empty list', () => {
    const a = view(FILE, 1);
    const patch = diffView(a, view(FILE, 2));
    expect(patch.diagnostics).toBeNull();
    expect(() => applyView(null, patch)).toThrow();
  });
});
