/** Focus mode's one node for every stage the target does not need: "+N stages not built", click to show all. */
import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { FoldFlowNode } from './flowTypes.ts';

function FoldNodeView({ data }: NodeProps<FoldFlowNode>) {
  const { t } = useTranslation();
  return (
    <div className="fold-node" data-testid="fold-node" data-count={data.count}>
      <span>{t('dense.folded', { count: data.count })}</span>
      <small>{t('dense.foldedHint')}</small>
    </div>
  );
}

export default memo(FoldNodeView);
