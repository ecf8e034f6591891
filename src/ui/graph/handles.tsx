/** Invisible connection points: edges enter at the top/left and leave at the bottom/right. */
import { Handle, Position } from '@xyflow/react';
import type { Direction } from '../../core/graph/types.ts';

export function NodeHandles({ direction }: { readonly direction: Direction }) {
  const down = direction === 'DOWN';
  return (
    <>
      <Handle type="target" position={down ? Position.Top : Position.Left} isConnectable={false} className="handle" />
      <Handle type="source" position={down ? Position.Bottom : Position.Right} isConnectable={false} className="handle" />
    </>
  );
}
