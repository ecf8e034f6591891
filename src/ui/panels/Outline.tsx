/** A text outline of the graph (stages, what each uses, what is built), for screen readers and reading. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { outlineOf, type OutlineRef } from '../../core/graph/outline.ts';
import { stageId } from '../../core/graph/build.ts';
import type { GraphModel, StageNode } from '../../core/graph/types.ts';
import type { Diagnostic } from '../../core/model.ts';
import { classicBlockerIn } from '../../core/schedule/index.ts';
import { formatList, stageLabel } from '../i18n/lists.ts';
import { TEST_IDS } from '../testIds.ts';
import { useConcealedGraph } from '../explain/concealed.ts';

export function Outline({ graph: drawn, classic, diagnostics = [] }: { readonly graph: GraphModel | null; readonly classic: boolean; readonly diagnostics?: readonly Diagnostic[] }) {
  const { t, i18n } = useTranslation();
  // The outline says what the picture shows: an unanswered exercise's answer is kept back here too.
  const graph = useConcealedGraph(drawn);
  const entries = useMemo(() => (graph ? outlineOf(graph) : []), [graph]);
  // A file with BuildKit-only syntax in a stage the classic builder builds: it builds nothing.
  const blocker = useMemo(() => {
    if (!classic || !graph || graph.target === null) return null;
    const built = new Set(graph.nodes.flatMap((n) => (n.kind === 'stage' && n.classicBuilt ? [n.stage] : [])));
    return classicBlockerIn(diagnostics, (i) => built.has(i));
  }, [classic, graph, diagnostics]);
  if (entries.length === 0) return <p className="muted">{t('outline.empty')}</p>;
  const stages = new Map<string, StageNode>(entries.map((e) => [e.stage.id, e.stage]));
  // Unnamed stages read as `--from` takes them ("stage 0 (unnamed: use --from=0)"), never `stage-0`.
  const nameOf = (r: OutlineRef): string => {
    const st = stages.get(r.id);
    return st ? stageLabel(t, st) : r.label;
  };
  const list = (items: readonly string[]): string => formatList(items, i18n.language);
  const builtBy = (st: StageNode): boolean => (blocker ? false : classic ? st.classicBuilt : st.reachable);
  const built = entries.filter((e) => builtBy(e.stage)).length;
  const targetStage = entries.find((e) => e.stage.isTarget)?.stage;
  const target = targetStage ? stageLabel(t, targetStage) : '?';
  // Every view follows the classic-builder switch: the summary says which builder it describes.
  return (
    <section className="outline" data-testid={TEST_IDS.outline} aria-label={t('outline.title')}>
      <p data-testid="outline-summary">
        {blocker ? t('verdict.classicCannotShort', { line: blocker.range.start.line, feature: String(blocker.params.feature ?? '') })
          : t(classic ? 'outline.classicOrder' : 'outline.buildOrder', { built, count: entries.length, target })}
      </p>
      <ol>
        {entries.map(({ stage, uses, usedBy }) => {
          const isBuilt = builtBy(stage);
          const base =
            stage.base.kind === 'image' ? t('outline.basedOnImage', { ref: stage.base.ref })
            : stage.base.kind === 'stage' ? t('outline.basedOnStage', { label: nameOf({ id: stageId(stage.base.stage), label: stage.base.label, kind: 'stage' }) })
            : t('outline.basedOnScratch');
          const parts = [stage.replacedBy ? t('fidelity.replacedBy', { value: stage.replacedBy.value }) : base];
          if (stage.description) parts.push(stage.description);
          if (uses.length > 0) parts.push(t('outline.dependsOn', { list: list(uses.map((u) => t('edge.usesItem', { label: nameOf(u), kind: t(`edge.${u.edge}`) }))) }));
          if (usedBy.length > 0) parts.push(t('outline.usedBy', { list: list([...new Set(usedBy.map(nameOf))]) }));
          return (
            <li key={stage.id}>
              {t('outline.entry', {
                stage: stage.name === null ? stageLabel(t, stage) : t('outline.stage', { index: stage.stage, label: stage.label }),
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
