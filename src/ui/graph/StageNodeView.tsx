/**
 * A stage: index and name, what it starts from, platform, layers (added and estimated total),
 * instruction count, a collapsible instruction list, and whether it is built for the target.
 */
import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { MAX_VISIBLE_INSTRUCTIONS, INSTRUCTION_ROW_HEIGHT } from '../../core/graph/size.ts';
import { useDispatch } from '../state/store.tsx';
import { TEST_IDS } from '../testIds.ts';
import type { StageFlowNode } from './flowTypes.ts';
import { NodeHandles } from './handles.tsx';

function StageNodeView({ data }: NodeProps<StageFlowNode>) {
  const { t } = useTranslation();
  const dispatch = useDispatch();
  const n = data.node;
  const base =
    n.base.kind === 'image' ? t('node.fromImage', { ref: n.base.ref })
    : n.base.kind === 'stage' ? t('node.fromStage', { label: n.base.label })
    : t('node.fromScratch');
  const classes = ['stage-node', data.dimmed && 'is-dimmed', data.active && 'is-active', n.isTarget && 'is-target'];
  return (
    <div
      className={classes.filter(Boolean).join(' ')}
      data-testid={TEST_IDS.stageNode}
      data-stage={n.stage}
      data-dimmed={data.dimmed}
      data-active={data.active}
    >
      <NodeHandles direction={data.direction} />
      <div className="stage-title">
        <span className="stage-index">#{n.stage}</span>
        <span className="stage-name" data-user translate="no">{n.label}</span>
        {n.isTarget && <span className="badge badge-target">{t('node.target')}</span>}
      </div>
      <div className="stage-base" title={base}>{base}</div>
      <div className="stage-facts">
        <span>{t('node.layers', { count: n.layers })}</span>
        <span>{n.totalLayers === null ? t('node.totalUnknown') : t('node.totalLayers', { count: n.totalLayers })}</span>
        <span>{t('node.instructions', { count: n.instructionCount })}</span>
      </div>
      <div className="stage-status">
        {data.status ? t(data.status) : n.platform ? t('node.platform', { platform: n.platform }) : '\u00a0'}
      </div>
      <button
        type="button"
        className="stage-toggle nodrag"
        aria-expanded={data.expanded}
        onClick={(e) => {
          e.stopPropagation();
          dispatch({ type: 'toggleExpanded', stage: n.stage });
        }}
      >
        {data.expanded ? t('node.hideInstructions') : t('node.showInstructions')}
      </button>
      {data.expanded && (
        <ol className="stage-instructions nowheel" style={{ maxHeight: MAX_VISIBLE_INSTRUCTIONS * INSTRUCTION_ROW_HEIGHT }} data-user translate="no">
          {n.instructions.map((ins) => (
            <li key={ins.line} title={ins.text}>
              <span className="ins-line">{ins.line}</span> <span className={`ins-kw kw-${ins.keyword}`}>{ins.text}</span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

export default memo(StageNodeView);
