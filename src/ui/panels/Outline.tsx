/** A text outline of the graph (stages, what each uses, what is built), for screen readers and reading. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { outlineOf } from '../../core/graph/outline.ts';
import type { GraphModel } from '../../core/graph/types.ts';
import { TEST_IDS } from '../testIds.ts';

export function Outline({ graph, classic }: { readonly graph: GraphModel | null; readonly classic: boolean }) {
  const { t } = useTranslation();
  const entries = useMemo(() => (graph ? outlineOf(graph) : []), [graph]);
  if (entries.length === 0) return <p className="muted">{t('outline.empty')}</p>;
  const built = entries.filter((e) => (classic ? e.stage.classicBuilt : e.stage.reachable)).length;
  const target = entries.find((e) => e.stage.isTarget)?.stage.label ?? '?';
  return (
    <section className="outline" data-testid={TEST_IDS.outline} aria-label={t('outline.title')}>
      <p>{t('outline.buildOrder', { count: built, total: entries.length, target })}</p>
      <ol>
        {entries.map(({ stage, uses, usedBy }) => {
          const isBuilt = classic ? stage.classicBuilt : stage.reachable;
          const base =
            stage.base.kind === 'image' ? t('outline.basedOnImage', { ref: stage.base.ref })
            : stage.base.kind === 'stage' ? t('outline.basedOnStage', { label: stage.base.label })
            : t('outline.basedOnScratch');
          const parts = [stage.replacedBy ? t('fidelity.replacedBy', { value: stage.replacedBy.value }) : base];
          if (stage.description) parts.push(stage.description);
          if (uses.length > 0) parts.push(t('outline.dependsOn', { list: uses.map((u) => `${u.label} (${t(`edge.${u.edge}`)})`).join(', ') }));
          if (usedBy.length > 0) parts.push(t('outline.usedBy', { list: [...new Set(usedBy.map((u) => u.label))].join(', ') }));
          return (
            <li key={stage.id}>
              {t('outline.entry', {
                stage: t('outline.stage', { index: stage.stage, label: stage.label }),
                target: stage.isTarget ? t('outline.targetMark') : '',
                built: isBuilt ? t('outline.built') : t('outline.notBuilt'),
                parts: parts.join(t('outline.separator')),
              })}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
