/**
 * The global text size (a projector control, like Compiler Explorer's): one scale for the editor,
 * the graph and the panels, remembered per browser under its own key (not part of a shared link:
 * the room's projector is not the reader's screen).
 */
import { valueStore } from './valueStore.ts';

export const TEXT_SIZES = [1, 1.25, 1.5, 1.75, 2] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
export const TEXT_SIZE_KEY = 'stagecraft.textSize';

function read(): TextSize {
  try {
    const v = Number(localStorage.getItem(TEXT_SIZE_KEY));
    return (TEXT_SIZES as readonly number[]).includes(v) ? (v as TextSize) : 1;
  } catch {
    return 1;
  }
}

// Read inside read()'s try: in a third-party iframe even touching `localStorage` can throw.
const size = valueStore<TextSize>(read());

export const textSize = size.get;

export function setTextSize(next: TextSize): void {
  if (next === size.get()) return;
  try {
    localStorage.setItem(TEXT_SIZE_KEY, String(next));
  } catch {
    // Storage refused (private mode, quota): the size still holds for this page.
  }
  size.set(next);
}

/** One step up or down the scale, clamped at its ends. */
export function stepTextSize(size: TextSize, by: 1 | -1): TextSize {
  const i = TEXT_SIZES.indexOf(size) + by;
  return TEXT_SIZES[Math.min(TEXT_SIZES.length - 1, Math.max(0, i))]!;
}

export const useTextSize = size.use;

/** Fit zooms for a text size: at 100% the graph fits as before; larger sizes keep its text large. */
export function fitZooms(size: TextSize, base: { readonly min: number; readonly max: number }): { min: number; max: number } {
  return size === 1 ? base : { min: Math.max(base.min, 0.75 * size), max: Math.max(base.max, size) };
}
