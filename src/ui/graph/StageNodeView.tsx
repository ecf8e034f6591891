/**
 * A stage: index and name, what it starts from, platform, layers (added and estimated total),
 * instruction count, a collapsible instruction list, and whether it is built for the target.
 * Far away (see lod.ts) only the name shows, in large type, in a box coloured by that status.
 */
import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { MAX_VISIBLE_INSTRUCTIONS, INSTRUCTION_ROW_HEIGHT, STAGE_WIDTH } from '../../core/graph/size.ts';
import { StageChecksBadge } from '../checks/StageChecksBadge.tsx';
import { useDispatch } from '../state/store.tsx';
import { TEST_IDS } from '../testIds.ts';
import type { StageData, StageFlowNode } from './flowTypes.ts';
import { NodeHandles } from './handles.tsx';
import { NodeProgress } from '../player/NodeProgress.tsx';
import { LayersTip, StatusTip, TotalTip } from '../explain/GraphTips.tsx';
import { InstructionAdds } from './InstructionAdds.tsx';
import { FAR_NAME_PX, MONO_ADVANCE, farLines, useFar } from './lod.ts';
import { useStageMenu } from './StageMenu.tsx';
import { StageSize } from './StageSize.tsx';

/** Characters per line of a far name: the node's inner width (borders and padding off) in monospace advances. */
const FAR_CHARS = Math.floor((STAGE_WIDTH - 2 * 4 - 2 * 8) / (FAR_NAME_PX * MONO_ADVANCE));

function classesOf(data: StageData, far: boolean): string {
  const f = data.face;
  return ['stage-node', far && 'is-far', data.dimmed && 'is-dimmed', data.active && 'is-active', f.isTarget && 'is-target']
    .filter(Boolean)
    .join(' ');
}

function FarStage({ data }: { readonly data: StageData }) {
  const f = data.face;
  const menu = useStageMenu(f.stage, f.label);
  return (
    <div className={classesOf(data, true)} data-testid={TEST_IDS.stageNode} data-stage={f.stage} data-dimmed={data.dimmed} data-active={data.active} data-far onContextMenu={menu.onContextMenu}>
      <NodeHandles direction={data.direction} />
      <NodeProgress stage={f.stage} far />
      {menu.menu}
      <span className="far-name" data-user translate="no" title={f.label}>
        {farLines(f.label, FAR_CHARS, 2).map((line, i) => (
          <span key={i}>{line}</span>
        ))}
      </span>
    </div>
  );
}

function NearStage({ data }: { readonly data: StageData }) {
  const { t } = useTranslation();
  const dispatch = useDispatch();
  const f = data.face;
  const base =
    f.replacedBy ? t('fidelity.replacedBy', { value: f.replacedBy.value })
    : f.base.kind === 'image' ? t('node.fromImage', { ref: f.base.ref })
    : f.base.kind === 'stage' ? t('node.fromStage', { label: f.base.label === `stage-${f.base.stage}` ? `#${f.base.stage}` : f.base.label })
    : t('node.fromScratch');
  const menu = useStageMenu(f.stage, f.label);
  return (
    <div className={classesOf(data, false)} data-testid={TEST_IDS.stageNode} data-stage={f.stage} data-dimmed={data.dimmed} data-active={data.active} onContextMenu={menu.onContextMenu}>
      <NodeHandles direction={data.direction} />
      <NodeProgress stage={f.stage} />
      {menu.menu}
      <div className="stage-title">
        <span className="stage-index">#{f.stage}</span>
        {f.named ? (
          <span className="stage-name" data-user translate="no" title={f.description}>{f.label}</span>
        ) : (
          <span className="stage-name is-unnamed" title={f.description}>{t('node.unnamedName', { index: f.stage })}</span>
        )}
        {f.isTarget && <StatusTip stage={f.stage} classic={false}><span className="badge badge-target">{t('node.target')}</span></StatusTip>}
        <StageChecksBadge stage={f.stage} />
      </div>
      <div className={f.replacedBy ? 'stage-base is-replaced' : 'stage-base'} title={base} data-testid={f.replacedBy ? 'stage-replaced' : undefined}>{base}</div>
      <div className="stage-facts">
        <LayersTip stage={f.stage}>{t('node.layers', { count: f.layers })}</LayersTip>
        <TotalTip stage={f.stage}>{f.totalLayers === null ? t('node.totalUnknown') : t('node.totalLayers', { count: f.totalLayers })}</TotalTip>
        <span>{t('node.instructions', { count: f.instructionCount })}</span>
      </div>
      <StageSize bytes={f.sizeBytes} stage={f.stage} />
      <div className="stage-status">
        {data.status ? <StatusTip stage={f.stage} classic={data.status.startsWith('node.classic')}>{t(data.status)}</StatusTip> : f.platform ? t('node.platform', { platform: f.platform }) : '\u00a0'}
      </div>
      <button
        type="button"
        className="stage-toggle nodrag"
        aria-expanded={data.expanded}
        onClick={(e) => {
          e.stopPropagation();
          dispatch({ type: 'toggleExpanded', stage: f.stage });
        }}
      >
        {data.expanded ? t('node.hideInstructions') : t('node.showInstructions')}
      </button>
      {f.instructions && (
        <ol className="stage-instructions nowheel" style={{ maxHeight: MAX_VISIBLE_INSTRUCTIONS * INSTRUCTION_ROW_HEIGHT }} data-user translate="no">
          {f.instructions.map((ins) => (
            <li key={ins.line} title={ins.text}>
              <span className="ins-line">{ins.line}</span> <span className={`ins-kw kw-${ins.keyword}`}>{ins.text}</span>
              {ins.adds && <InstructionAdds adds={ins.adds} />}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

function StageNodeView({ data }: NodeProps<StageFlowNode>) {
  return useFar() ? <FarStage data={data} /> : <NearStage data={data} />;
}

export default memo(StageNodeView);
