/** One node of the builder-pattern pipeline: a pulled image, a built image, a container or a file on the host. */
import { memo } from 'react';
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { PipelineNode } from '../../core/builder/index.ts';
import type { NodeExtras } from './PipelineView.tsx';

export type PipelineFlowNode = Node<{ readonly node: PipelineNode; readonly extras: NodeExtras; readonly down: boolean }, 'pipe'>;

function PipelineNodeView({ data }: NodeProps<PipelineFlowNode>) {
  const { t } = useTranslation();
  const { node: n, extras, down } = data;
  const removed = n.kind === 'base' ? null : n.removedLine;
  const classes = ['pipe-node', `is-${n.kind}`, n.kind === 'image' && n.final && 'is-final', removed !== null && 'is-removed'].filter(Boolean).join(' ');
  return (
    <div className={classes} data-testid={`pipe-${n.kind}`}>
      <Handle type="target" position={down ? Position.Top : Position.Left} isConnectable={false} className="handle" />
      <Handle type="source" position={down ? Position.Bottom : Position.Right} isConnectable={false} className="handle" />
      <span className="pipe-kind">
        {t(`pipeline.kind${n.kind[0]!.toUpperCase()}${n.kind.slice(1)}`)}
        {n.kind !== 'base' && <span className="pipe-line">{t('pipeline.line', { line: n.line })}</span>}
      </span>
      <span className="pipe-name" data-user translate="no">{nameOf(n)}</span>
      {n.kind === 'image' && (
        <span className="pipe-detail" data-user translate="no">
          {n.from === null ? t('pipeline.missingDockerfile', { dockerfile: n.dockerfile }) : t('pipeline.dockerfileFrom', { dockerfile: n.dockerfile, from: n.from })}
        </span>
      )}
      {n.kind === 'image' && n.final && <span className="pipe-detail pipe-final">{t('pipeline.shipped')}</span>}
      {extras.picksUp.map((c) => (
        <span key={c.line} className="pipe-detail pipe-picks" data-testid="pipe-picks-up">
          {t('pipeline.picksUp', { file: c.file, line: c.line })} <code data-user translate="no">{c.text}</code>
        </span>
      ))}
      {n.kind === 'host' && extras.copiedFrom !== null && <span className="pipe-detail" data-user translate="no">{t('pipeline.copiedFrom', { path: extras.copiedFrom })}</span>}
      {n.kind === 'container' && n.image !== '' && <span className="pipe-detail" data-user translate="no">{t('pipeline.containerOf', { image: n.image })}</span>}
      {removed !== null && (
        <span className="pipe-cleanup" data-testid="pipe-cleanup">
          {t(n.kind === 'container' ? 'pipeline.removedContainer' : n.kind === 'host' ? 'pipeline.removedHost' : 'pipeline.removedImage', { line: removed })}
        </span>
      )}
    </div>
  );
}

export function nameOf(n: PipelineNode): string {
  return n.kind === 'base' ? n.ref : n.kind === 'image' ? n.tags.join(', ') || n.dockerfile : n.kind === 'container' ? n.name : n.path;
}

export default memo(PipelineNodeView);
