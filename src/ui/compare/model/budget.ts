/**
 * How many lines each file of a side renders at first. Every line is a DOM element (so it can be
 * hovered and focused); a generated 1,000-stage comparison has about 5,000 of them, which took
 * seconds of style and layout work; 400 a side still took about 150 ms of layout when the result
 * arrived. So a side renders its first LINE_BUDGET lines, files in order, and folds the rest behind
 * "show" buttons (a lit line across, or a note's line, unfolds its file).
 */
import type { PaneFile } from './convert.ts';

export const LINE_BUDGET = 300;

/**
 * Each file's share of the budget: the build script first (it is the lesson), then the files in
 * order; files before the budget runs out in full, the one that crosses it cut, later ones folded (0).
 */
export function lineLimits(files: readonly Pick<PaneFile, 'lines' | 'path'>[], budget = LINE_BUDGET): number[] {
  let left = Math.max(0, budget);
  const out = files.map(() => 0);
  const order = files.map((f, i) => ({ f, i })).sort((a, b) => Number(b.f.path.endsWith('.sh')) - Number(a.f.path.endsWith('.sh')) || a.i - b.i);
  for (const { f, i } of order) {
    out[i] = Math.min(f.lines.length, left);
    left -= out[i]!;
  }
  return out;
}
