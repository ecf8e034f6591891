/**
 * A teacher makes an exercise from the workspace: a kind, its parameters (only those this file
 * can answer), an optional hint; then a link (the workspace plus the question) to copy, or a try
 * on this page. It says plainly that the answer travels in the link.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { analyze } from '../../core/analyze/analyze.ts';
import { solve } from '../../core/exercise/engine.ts';
import { EXERCISE_KINDS, MAX_CHANGED_PATHS, MAX_HINT_LENGTH, MAX_PATH_LENGTH, type ExerciseKind, type ExerciseSpec } from '../../core/exercise/types.ts';
import { buildLink } from '../../core/share/index.ts';
import { toWorkspace, stageOfNode } from '../share/bridge.ts';
import { copyText } from '../share/clipboard.ts';
import { useContextIgnore } from '../state/contextIgnore.ts';
import { useStore } from '../state/store.tsx';
import { startExercise } from './exerciseSession.ts';
import { exerciseOptions } from './exerciseOptions.ts';
import { RichText } from './RichText.tsx';
import { sentenceText } from './words.ts';

function linkFor(s: ReturnType<typeof useStore>, exercise: ExerciseSpec): string | null {
  const o = s.options;
  const ws = toWorkspace({ files: s.files, active: s.active, target: o.target, buildArgs: o.buildArgs, direction: o.direction, selectedStage: stageOfNode(s.selectedNode), view: 'graph' });
  try {
    return buildLink(location.href, { ...ws, exercise });
  } catch {
    return null;
  }
}

export function TeacherView() {
  const { t } = useTranslation();
  const s = useStore();
  const { target, buildArgs } = s.options;
  const [kind, setKind] = useState<ExerciseKind>('targetBuilds');
  const [pick, setPick] = useState(0);
  const [hint, setHint] = useState('');
  /** cacheRerun: the changed paths as typed (comma-separated); empty: the chosen option's. */
  const [paths, setPaths] = useState('');
  const [copied, setCopied] = useState(false);
  const analysis = useMemo(() => analyze(s.text, { target, buildArgs }), [s.text, target, buildArgs]);
  const dockerignore = useContextIgnore();
  const options = useMemo(() => exerciseOptions(analysis, s.text, kind, dockerignore), [analysis, s.text, kind, dockerignore]);
  const chosen = options[Math.min(pick, options.length - 1)];
  const typed = paths.split(',').map((p) => p.trim()).filter((p) => p !== '').slice(0, MAX_CHANGED_PATHS);
  const base: ExerciseSpec | null = kind === 'cacheRerun' && typed.length > 0 ? { kind, paths: typed } : (chosen?.spec ?? null);
  const spec: ExerciseSpec | null = base ? { ...base, ...(hint.trim() ? { hint: hint.trim() } : {}) } : null;
  const solved = spec ? solve(s.text, spec, { target, buildArgs }, { dockerignore }) : null;
  const link = spec && solved?.ok ? linkFor(s, spec) : null;
  const optionLabel = (o: (typeof options)[number]): string => {
    if (o.spec.kind === 'targetBuilds' && o.spec.target === null) return t('explain.ex.noTarget');
    if (o.spec.kind === 'layerCount') return `${o.label}: ${t(o.spec.scope === 'own' ? 'explain.ex.scopeOwn' : 'explain.ex.scopeTotal')}`;
    if (o.leftOut && dockerignore) return t('explain.ex.leftOut', { path: o.label, file: dockerignore.file });
    return o.label;
  };
  const paramLabel = { targetBuilds: 'target', copySource: 'line', layerCount: 'stage', buildingLine: 'stage', expand: 'variable', cacheRerun: 'changed' }[kind];
  return (
    <section className="teacher" data-testid="exercise-teacher" aria-labelledby="teacher-title">
      <h3 id="teacher-title">{t('explain.ex.makeTitle')}</h3>
      <div className="teacher-fields">
        <label>
          <span>{t('explain.ex.kind')}</span>
          <select data-testid="teacher-kind" value={kind} onChange={(e) => { setKind(e.target.value as ExerciseKind); setPick(0); setPaths(''); setCopied(false); }}>
            {EXERCISE_KINDS.map((k) => <option key={k} value={k}>{t(`explain.ex.kinds.${k}`)}</option>)}
          </select>
        </label>
        <label>
          <span>{t(`explain.ex.${paramLabel}`)}</span>
          <select data-testid="teacher-param" value={Math.min(pick, Math.max(0, options.length - 1))} disabled={options.length === 0}
            onChange={(e) => { setPick(Number(e.target.value)); setPaths(''); setCopied(false); }}>
            {options.map((o, i) => <option key={i} value={i}>{optionLabel(o)}</option>)}
          </select>
        </label>
        {kind === 'cacheRerun' && (
          <label>
            <span>{t('explain.ex.pathsLabel')}</span>
            <input type="text" data-testid="teacher-paths" spellCheck={false} maxLength={MAX_PATH_LENGTH * 4} placeholder={chosen?.spec.kind === 'cacheRerun' ? chosen.spec.paths.join(', ') : 'src/app.js'}
              value={paths} onChange={(e) => { setPaths(e.target.value); setCopied(false); }} />
          </label>
        )}
        <label className="teacher-hint">
          <span>{t('explain.ex.hintLabel')}</span>
          <input type="text" data-testid="teacher-hint" maxLength={MAX_HINT_LENGTH} value={hint} onChange={(e) => { setHint(e.target.value); setCopied(false); }} />
        </label>
      </div>
      {options.length === 0 && !(kind === 'cacheRerun' && typed.length > 0) && <p className="muted">{t('explain.ex.nothingToAsk')}</p>}
      {solved && !solved.ok && <p role="alert">{sentenceText(solved.problem)}</p>}
      {solved?.ok && <p className="exercise-question" data-testid="teacher-question"><RichText text={sentenceText(solved.question)} /></p>}
      <p className="teacher-note" data-testid="teacher-note">{t('explain.ex.answerTravels')}</p>
      {spec && solved?.ok && (
        link === null ? <p role="alert">{t('explain.ex.tooLarge')}</p> : (
          <div className="teacher-link">
            <label>
              <span>{t('explain.ex.link')}</span>
              <input type="text" readOnly value={link} data-testid="teacher-link" onFocus={(e) => e.currentTarget.select()} />
            </label>
            <button type="button" data-testid="teacher-copy" onClick={() => void copyText(link).then(setCopied)}>{copied ? t('explain.ex.copied') : t('explain.ex.copy')}</button>
            <button type="button" data-testid="teacher-try" onClick={() => startExercise(spec)}>{t('explain.ex.preview')}</button>
          </div>
        )
      )}
    </section>
  );
}
