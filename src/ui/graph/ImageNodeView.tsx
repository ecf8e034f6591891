/** An external image (pulled, never built here), or `scratch`, the empty image. */
import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { TEST_IDS } from '../testIds.ts';
import type { ImageFlowNode } from './flowTypes.ts';
import { NodeHandles } from './handles.tsx';

function ImageNodeView({ data }: NodeProps<ImageFlowNode>) {
  const { t } = useTranslation();
  const n = data.node;
  const scratch = n.kind === 'scratch';
  return (
    <div
      className={`image-node${scratch ? ' is-scratch' : ''}${data.dimmed ? ' is-dimmed' : ''}`}
      data-testid={scratch ? TEST_IDS.scratchNode : TEST_IDS.imageNode}
      data-dimmed={data.dimmed}
    >
      <NodeHandles direction={data.direction} />
      <span className="image-kind">{scratch ? t('node.scratch') : t('node.image')}</span>
      {scratch ? (
        <span className="image-ref">{t('node.scratchHint')}</span>
      ) : (
        <span className="image-ref" data-user translate="no" title={n.ref}>{n.ref}</span>
      )}
    </div>
  );
}

export default memo(ImageNodeView);
