/**
 * Estimated node sizes, so layout can run before (and without) the DOM.
 * The UI renders nodes at exactly these sizes (fixed width and height, content clipped),
 * which keeps the estimate honest.
 */
import type { GraphNode } from './types.ts';

export interface Size {
  readonly width: number;
  readonly height: number;
}

export const STAGE_WIDTH = 264;
/** Title row, base row, facts row, estimated size row, status row (built / why not) and the instructions toggle. */
export const STAGE_COLLAPSED_HEIGHT = 140;
export const INSTRUCTION_ROW_HEIGHT = 18;
/** An expanded list shows at most this many rows, then scrolls. */
export const MAX_VISIBLE_INSTRUCTIONS = 12;
export const IMAGE_HEIGHT = 44;
const CHAR_WIDTH = 7.2;

/**
 * The size a node is drawn at.
 * @param expanded whether the stage's instruction list is open
 */
export function nodeSize(node: GraphNode, expanded: boolean): Size {
  switch (node.kind) {
    case 'stage': {
      const rows = expanded ? Math.min(node.instructions.length, MAX_VISIBLE_INSTRUCTIONS) : 0;
      const height = STAGE_COLLAPSED_HEIGHT + rows * INSTRUCTION_ROW_HEIGHT + (rows ? 8 : 0);
      return { width: STAGE_WIDTH, height };
    }
    case 'image':
      return { width: Math.round(Math.min(300, Math.max(150, node.ref.length * CHAR_WIDTH + 48))), height: IMAGE_HEIGHT };
    case 'scratch':
      return { width: 150, height: IMAGE_HEIGHT };
  }
}
