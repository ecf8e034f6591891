/**
 * The Variables tab: each stage's ARG and ENV scope at its end, with values and where they come
 * from (core/analyze/scope.ts), and the global ARGs a stage cannot see because it did not declare
 * them again. Line origins are buttons that select the line in the editor.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { analyze } from '../../core/analyze/analyze.ts';
import { scopeAt, stageScopes, type Binding } from '../../core/analyze/scope.ts';
import { stageLabel } from '../../core/explain/instruction.ts';
import type { Analysis } from '../../core/model.ts';
import { useDispatch, useStore } from '../state/store.tsx';
import { revealLine } from '../workspace/actions.ts';
import { listOf } from './words.ts';
import { useExerciseSession } from './exerciseSession.ts';
import './explain.css';

function Origin({ b, analysis, file }: { readonly b: Binding; readonly analysis: Analysis; readonly file: string }) {
  const { t } = useTranslation();
  const dispatch = useDispatch();
  const line = b.origin.line;
  const key = { builtin: 'originBuiltin', 'build-arg': 'originBuildArg', 'meta-arg': 'originMetaArg', 'stage-arg': 'originStageArg', env: 'originEnv' }[b.origin.kind];
  const text = t(`explain.scope.${key}`, { line: line ?? '' });
  const parent = b.inheritedFrom === undefined ? undefined : analysis.stages[b.inheritedFrom];
  const label = parent ? t('explain.scope.fromStage', { origin: text, stage: stageLabel(parent) }) : text;
  if (line === undefined) return <>{label}</>;
  return (
    <button type="button" className="linklike" data-testid="scope-origin" onClick={() => dispatch(revealLine(file, line))}>
      {label}
    </button>
  );
}

function Table({ bindings, analysis, file }: { readonly bindings: readonly Binding[]; readonly analysis: Analysis; readonly file: string }) {
  const { t } = useTranslation();
  if (bindings.length === 0) return <p className="muted">{t('explain.scope.none')}</p>;
  return (
    <table className="scope-table">
      <thead>
        <tr><th scope="col">{t('explain.scope.name')}</th><th scope="col">{t('explain.scope.value')}</th><th scope="col">{t('explain.scope.origin')}</th></tr>
      </thead>
      <tbody>
        {bindings.map((b) => (
          <tr key={b.name} data-testid="scope-row" data-name={b.name}>
            <th scope="row" translate="no">{b.name}</th>
            <td translate="no">{b.value === undefined ? <span className="muted">{t('explain.scope.unset')}</span> : <code>{b.value}</code>}</td>
            <td><Origin b={b} analysis={analysis} file={file} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ScopePanel() {
  const { t } = useTranslation();
  const s = useStore();
  const { target, buildArgs } = s.options;
  const text = s.text;
  const analysis = useMemo(() => analyze(text, { target, buildArgs }), [text, target, buildArgs]);
  const stages = useMemo(() => stageScopes(analysis, { target, buildArgs }), [analysis, target, buildArgs]);
  const file = s.graphFile?.name ?? 'Dockerfile';
  const session = useExerciseSession();
  const firstFrom = analysis.stages[0]?.startLine ?? Infinity;
  // What FROM lines see: the meta ARGs (the builtins are summarised in a note, not listed).
  const global = scopeAt(analysis, Number.isFinite(firstFrom) ? firstFrom : (analysis.parse.lineCount + 1), { target, buildArgs })
    .filter((b) => b.origin.kind !== 'builtin' && b.declaredAt);
  if (session && !session.revealed && session.spec.kind === 'expand') return <p className="muted">{t('explain.ex.hiddenNote')}</p>;
  return (
    <div className="scope-panel" data-testid="scope-panel">
      <p className="muted">{t('explain.scope.intro')}</p>
      <h3>{t('explain.scope.global')}</h3>
      <Table bindings={global} analysis={analysis} file={file} />
      {stages.map(({ stage, bindings }) => {
        const st = analysis.stages[stage]!;
        const hidden = global.filter((g) => !bindings.some((b) => b.name === g.name)).map((g) => g.name);
        return (
          <section key={stage} data-testid="scope-stage" data-stage={stage}>
            <h3>{t('explain.scope.stage', { name: stageLabel(st) })}</h3>
            <Table bindings={bindings} analysis={analysis} file={file} />
            {hidden.length > 0 && <p className="muted" data-testid="scope-hidden">{t('explain.scope.outOfScope', { names: listOf(hidden) })}</p>}
          </section>
        );
      })}
      <p className="muted">{t('explain.scope.builtinsNote')}</p>
    </div>
  );
}
