import { describe, expect, it } from 'vitest';
import { LINES_ABOVE, LINES_BELOW, SMALL_FILE_LINES, serviceWindow } from '../../src/core/editor/window.ts';

const numbered = (n: number) => Array.from({ length: n }, (_, i) => `RUN echo ${i + 1}`);

describe('serviceWindow', () => {
  it(`a file of ${SMALL_FILE_LINES} lines: passed whole`, () => {
    const lines = numbered(SMALL_FILE_LINES);
    expect(serviceWindow(lines, 1)).toBe(lines.join('\n'));
  });

  it('1,000 lines, cursor on line 500: the window around it, every other line empty, line numbers kept', () => {
    const lines = numbered(1000);
    const out = serviceWindow(lines, 500).split('\n');
    expect(out).toHaveLength(1000);
    expect(out[499]).toBe('RUN echo 500');
    expect(out[500 - LINES_ABOVE - 1]).toBe(`RUN echo ${500 - LINES_ABOVE}`);
    expect(out[500 - LINES_ABOVE - 2]).toBe('');
    expect(out[500 + LINES_BELOW - 1]).toBe(`RUN echo ${500 + LINES_BELOW}`);
    expect(out[500 + LINES_BELOW]).toBe('');
    expect(out.join('\n').length).toBeLessThan(lines.join('\n').length / 3);
  });

  it('1,000 lines under "# escape=`" and "# syntax=…": the directives stay, far from the cursor', () => {
    const lines = ['# syntax=docker/dockerfile:1', '# escape=`', ...numbered(998)];
    const out = serviceWindow(lines, 900).split('\n');
    expect(out.slice(0, 3)).toEqual(['# syntax=docker/dockerfile:1', '# escape=`', '']);
    expect(out[899]).toBe(lines[899]);
  });

  it('1,000 lines, cursor on line 1 and on the last line: the window is clipped to the file', () => {
    const lines = numbered(1000);
    expect(serviceWindow(lines, 1).split('\n').slice(0, LINES_BELOW + 2)).toEqual([...lines.slice(0, LINES_BELOW + 1), '']);
    expect(serviceWindow(lines, 1000).split('\n').at(-1)).toBe('RUN echo 1000');
  });
});
