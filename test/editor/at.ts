/** Positions in test texts, found by a needle. */
import type { Position } from '../../src/core/model.ts';

/** The position of the last character of the `nth` occurrence of `needle` in `text` (1-based). */
export function at(text: string, needle: string, nth = 0): Position {
  let offset = -1;
  for (let i = 0; i <= nth; i++) offset = text.indexOf(needle, offset + 1);
  if (offset < 0) throw new Error(`${needle} #${nth} not in text`);
  offset += needle.length - 1;
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before[before.length - 1] ?? '').length + 1 };
}
