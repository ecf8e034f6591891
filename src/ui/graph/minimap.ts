/** Minimap node classes: the minimap colours nodes like far nodes (target / built / not built) via CSS. */
import type { FlowNode } from './flowTypes.ts';

export function minimapClass(n: FlowNode): string {
  if (n.type === 'image') return n.data.dimmed ? 'mm-image is-dimmed' : 'mm-image';
  if (n.data.face.isTarget) return 'mm-stage is-target';
  return n.data.dimmed ? 'mm-stage is-dimmed' : 'mm-stage';
}
