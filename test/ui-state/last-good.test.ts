/** The last good graph belongs to its file: another file's errors never show this file's graph. */
import { describe, expect, it } from 'vitest';
import { computeView } from '../../src/ui/state/view.ts';
import { NO_LAST_GOOD, nextLastGood } from '../../src/ui/state/useLastGood.ts';

const view = (text: string, version: number) => computeView(text, version, { target: null, buildArgs: {} });
const GOOD_A = 'FROM golang:1.13 AS build\nFROM alpine\nCOPY --from=build /a /a\n';
const BROKEN = 'FROM golang: 1.7.3\nWORKDIR: /go\n';

describe('nextLastGood', () => {
  it('shows the last good graph of the same file while its text has errors', () => {
    let m = nextLastGood(NO_LAST_GOOD, view(GOOD_A, 1), 0, 1);
    const good = m.out.view;
    m = nextLastGood(m, view(BROKEN, 2), 0, 2);
    expect(m.out).toEqual({ view: good, stale: true });
  });

  it("never shows another file's last good graph for a broken file", () => {
    let m = nextLastGood(NO_LAST_GOOD, view(GOOD_A, 1), 0, 1);
    const broken = view(BROKEN, 2);
    m = nextLastGood(m, broken, 1, 2);
    expect(m.out).toEqual({ view: broken, stale: false });
  });

  it('a view computed for an older text is not filed under the file now shown', () => {
    const old = view(GOOD_A, 1);
    let m = nextLastGood(NO_LAST_GOOD, old, 1, 2); // file 1 shown, the answer is still for version 1 (file 0's text)
    const broken = view(BROKEN, 2);
    m = nextLastGood(m, broken, 1, 2);
    expect(m.out).toEqual({ view: broken, stale: false });
  });

  it('going back to a file brings back its own last good graph', () => {
    let m = nextLastGood(NO_LAST_GOOD, view(GOOD_A, 1), 0, 1);
    const goodA = m.out.view;
    m = nextLastGood(m, view(BROKEN, 2), 1, 2);
    m = nextLastGood(m, view(`${GOOD_A}FROM a b c d\n`, 3), 0, 3);
    expect(m.out).toEqual({ view: goodA, stale: true });
  });
});
