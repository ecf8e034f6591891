/**
 * An external image (pulled, never built here), or `scratch`, the empty image.
 * Far away (see lod.ts) only the short reference shows, in large type.
 */
import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { TEST_IDS } from '../testIds.ts';
import type { ImageFlowNode } from './flowTypes.ts';
import { NodeHandles } from './handles.tsx';
import { ImageTip } from '../explain/GraphTips.tsx';
import { FAR_IMAGE_PX, MONO_ADVANCE, farLines, shortRef, useFar } from './lod.ts';

function ImageNodeView({ data, width }: NodeProps<ImageFlowNode>) {
  const { t } = useTranslation();
  const far = useFar();
  const n = data.node;
  const scratch = n.kind === 'scratch';
  const classes = ['image-node', scratch && 'is-scratch', far && 'is-far', data.dimmed && 'is-dimmed'].filter(Boolean).join(' ');
  const testId = scratch ? TEST_IDS.scratchNode : TEST_IDS.imageNode;
  if (far) {
    const text = scratch ? t('node.scratch') : shortRef(n.ref);
    const chars = Math.max(4, Math.floor(((width ?? 150) - 2 * 3 - 2 * 10) / (FAR_IMAGE_PX * MONO_ADVANCE)));
    return (
      <div className={classes} data-testid={testId} data-dimmed={data.dimmed} data-far>
        <NodeHandles direction={data.direction} />
        <span className="far-name" data-user translate="no" title={scratch ? undefined : n.ref}>{farLines(text, chars, 1)[0]}</span>
      </div>
    );
  }
  return (
    <div className={classes} data-testid={testId} data-dimmed={data.dimmed}>
      <NodeHandles direction={data.direction} />
      <ImageTip imageRef={scratch || n.context ? null : n.ref}><span className="image-kind">{scratch ? t('node.scratch') : n.context ? t('fidelity.imageReplaced') : t('node.image')}</span></ImageTip>
      {scratch ? (
        <span className="image-ref">{t('node.scratchHint')}</span>
      ) : n.context ? (
        <span className="image-ref" data-user translate="no" data-testid="image-context" title={`${n.ref} → ${n.context.value}`}>{`${n.ref} → ${n.context.value}`}</span>
      ) : (
        <span className="image-ref" data-user translate="no" title={n.ref}>{n.ref}</span>
      )}
    </div>
  );
}

export default memo(ImageNodeView);
