/**
 * A dependency edge, styled by kind with a dash pattern and an arrowhead (never colour alone),
 * a small kind badge (with ×count when several instructions are merged), and on hover or
 * selection the list of instructions behind it: paths copied (source → destination) and lines.
 * Far away (see lod.ts) only the line shows: badges would be unreadable specks.
 */
import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { EdgeItem } from '../../core/graph/types.ts';
import { TEST_IDS } from '../testIds.ts';
import { useGraphActions } from './actions.ts';
import type { DepFlowEdge } from './flowTypes.ts';
import { useFar } from './lod.ts';
import { EdgeTravel } from '../player/EdgeTravel.tsx';

export const DASH: Readonly<Record<string, string | undefined>> = {
  base: undefined,
  copy: '8 5',
  mount: '2 4',
  onbuild: '12 4 2 4',
};

function ItemText({ item }: { readonly item: EdgeItem }) {
  const { t } = useTranslation();
  const parts: string[] = [];
  if (item.paths) parts.push(t('edge.copyItem', { sources: item.paths.sources.join(', '), dest: item.paths.dest }));
  if (item.mountType !== undefined) parts.push(t('edge.mountItem', { type: item.mountType }));
  if (item.trigger) parts.push(t('edge.onbuildItem', { kind: item.trigger.kind, declared: item.trigger.declaredLine }));
  if (parts.length === 0) parts.push(item.via);
  return (
    <li>
      <span className="tip-line">{t('edge.line', { line: item.line })}</span> <span data-user translate="no">{parts.join(' · ')}</span>
    </li>
  );
}

function DepEdgeView(props: EdgeProps<DepFlowEdge>) {
  const { t } = useTranslation();
  const actions = useGraphActions();
  const far = useFar();
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, markerEnd, selected } = props;
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  if (!data) return null;
  const { kind, count, dimmed, hovered, items } = data;
  // The instructions arrive with the next derivation after the edge is hovered or selected.
  const showTip = (hovered || selected) && items !== null && !far;
  const showBadge = (kind !== 'base' || count > 1) && !far;
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        className={`dep-edge kind-${kind}${dimmed ? ' is-dimmed' : ''}`}
        style={{ strokeDasharray: DASH[kind] }}
        interactionWidth={16}
      />
      <EdgeTravel source={props.source} target={props.target} path={path} />
      {(showBadge || showTip) && (
        <EdgeLabelRenderer>
          <div
            className={`edge-label kind-${kind}${dimmed ? ' is-dimmed' : ''}`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            onMouseEnter={() => actions.hoverEdge(id)}
            onMouseLeave={() => actions.hoverEdge(null)}
          >
            {showBadge && (
              <span className="edge-badge" data-testid={TEST_IDS.edgeBadge} onClick={() => actions.revealEdge(id)}>
                {/* What was written (`--from=0`, `from=cache`), so learners see the reference they typed. */}
                {data.via !== null ? <span data-user translate="no">{data.via}</span> : t(`edge.${kind}`)}
                {count > 1 ? ` ×${count}` : ''}
              </span>
            )}
            {showTip && (
              <div className="edge-tip" role="tooltip" data-testid={TEST_IDS.edgeTooltip}>
                <div className="tip-title">
                  {t('edge.tipTitle', { kind: t(`legend.${kind}`), source: data.sourceLabel, target: data.targetLabel })}
                </div>
                <p className="tip-explain">{t(`explain.graph.edge.${kind}`)}</p>
                <ul>
                  {items.map((item, i) => (
                    <ItemText key={`${item.line}-${i}`} item={item} />
                  ))}
                </ul>
              </div>
            )}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export default memo(DepEdgeView);
