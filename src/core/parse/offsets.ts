/**
 * Offsets in an instruction's joined line → source positions, through the segments
 * lines.ts records (one per physical line that contributed text).
 *
 * Invariant: segments are sorted by `logicalStart`; zero-length segments (a line that
 * was only an escape token) share their offset with the next one.
 */
import type { Position, Range } from '../model.ts';
import { fromZeroBased as zeroBasedPosition } from '../position.ts';
import type { Segment } from './lines.ts';

// Bound once: under vite's SSR transform (vitest) every use of an import is a property
// read on the module object.
const fromZeroBased = zeroBasedPosition;

/** Maps offsets of a logical line back to source positions through its segments. */
export class OffsetMapper {
  constructor(private readonly segments: readonly Segment[]) {}

  /** Index of the last segment starting at or before `offset` (strictly before if `strict`). */
  private find(offset: number, strict: boolean): number {
    const segs = this.segments;
    if (segs.length === 1) return 0;
    let lo = 0;
    let hi = segs.length - 1;
    let found = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const start = segs[mid]?.logicalStart ?? 0;
      if (strict ? start < offset : start <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  private at(index: number, offset: number): Position {
    const seg = this.segments[index];
    if (seg === undefined) return fromZeroBased(0, 0);
    return fromZeroBased(seg.lineIndex, seg.column + Math.min(offset - seg.logicalStart, seg.length));
  }

  /** Position of the character at `offset`. */
  start(offset: number): Position {
    return this.at(this.find(offset, false), offset);
  }

  /** Position just after the character before `offset` (an exclusive end). */
  end(offset: number): Position {
    return this.at(offset <= 0 ? 0 : this.find(offset, true), offset);
  }

  /** An empty span maps both ends to one position (zero-length segments share offsets). */
  span(startOffset: number, endOffset: number): Range {
    const start = this.start(startOffset);
    return { start, end: endOffset <= startOffset ? start : this.end(endOffset) };
  }
}
