/** Presentation stepping: which stage comes next for a key. Pure. */

export type StepKey = 'next' | 'prev' | 'first' | 'last' | 'exit';

export function keyToStep(key: string): StepKey | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case ' ':
      return 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return 'prev';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
      return 'exit';
    default:
      return null;
  }
}

/** The stage position after `step`, clamped to 0..count-1 (0 when there are no stages). */
export function stepTo(current: number, step: Exclude<StepKey, 'exit'>, count: number): number {
  if (count <= 0) return 0;
  const at = Math.min(Math.max(current, 0), count - 1);
  switch (step) {
    case 'next':
      return Math.min(at + 1, count - 1);
    case 'prev':
      return Math.max(at - 1, 0);
    case 'first':
      return 0;
    case 'last':
      return count - 1;
  }
}
