/** The text-size scale: steps clamp at its ends; fit zooms unchanged at 100%, larger text keeps the graph large. */
import { describe, expect, it } from 'vitest';
import { fitZooms, stepTextSize, TEXT_SIZES } from '../../src/ui/state/textSize.ts';

describe('text size', () => {
  it.each([
    [1, 1, 1.25],
    [1, -1, 1],
    [2, 1, 2],
    [1.5, -1, 1.25],
  ] as const)('%s stepped %i → %s', (size, by, expected) => {
    expect(stepTextSize(size, by)).toBe(expected);
  });

  it('fit zooms: 100% as before, 200% at least 1.5 and up to 2', () => {
    const base = { min: 0.3, max: 1.2 };
    expect(fitZooms(1, base)).toEqual(base);
    expect(fitZooms(2, base)).toEqual({ min: 1.5, max: 2 });
    for (const s of TEXT_SIZES) expect(fitZooms(s, base).min).toBeLessThanOrEqual(fitZooms(s, base).max);
  });
});
