/**
 * The graph's pieces that explain themselves (core/explain/graph.ts), each a Tip around what the
 * node already shows: a stage's layer count and total, its status line, the target badge, an
 * image or scratch node's kind. They read the current build when opened.
 */
import type { ReactNode } from 'react';
import i18next from 'i18next';
import { edgeKindFacts, imageFacts, layerMakers, scratchFacts, statusFacts, totalFacts } from '../../core/explain/graph.ts';
import type { EdgeKind } from '../../core/model.ts';
import { currentAnalysis } from './source.ts';
import { Tip } from './Tip.tsx';

const tx = (key: string, params?: Record<string, string | number>): string => i18next.t(`explain.${key}`, params ?? {});

export function LayersTip({ stage, children }: { readonly stage: number; readonly children: ReactNode }) {
  return (
    <Tip testId="tip-layers" explain={() => {
      const makers = layerMakers(currentAnalysis(), stage);
      return {
        title: tx('graph.layersTitle'),
        sentences: [{ key: makers.length === 0 ? 'graph.layersNone' : 'graph.layersWhy' }],
        items: makers.map((m) => tx(m.trigger ? 'graph.layerTrigger' : 'graph.layerLine', { line: m.line, text: m.text })),
      };
    }}>{children}</Tip>
  );
}

export function TotalTip({ stage, children }: { readonly stage: number; readonly children: ReactNode }) {
  return <Tip testId="tip-total" explain={() => ({ sentences: totalFacts(currentAnalysis(), stage) })}>{children}</Tip>;
}

export function StatusTip({ stage, classic, children }: { readonly stage: number; readonly classic: boolean; readonly children: ReactNode }) {
  return <Tip testId="tip-status" explain={() => ({ sentences: statusFacts(currentAnalysis(), stage, classic) })}>{children}</Tip>;
}

export function ImageTip({ imageRef, children }: { readonly imageRef: string | null; readonly children: ReactNode }) {
  return (
    <Tip testId="tip-image" explain={() => ({ sentences: imageRef === null ? scratchFacts(currentAnalysis()) : imageFacts(currentAnalysis(), imageRef) })}>
      {children}
    </Tip>
  );
}

export function EdgeKindTip({ kind, children }: { readonly kind: EdgeKind; readonly children: ReactNode }) {
  return <Tip testId="tip-edge-kind" explain={() => ({ sentences: edgeKindFacts(kind) })}>{children}</Tip>;
}
