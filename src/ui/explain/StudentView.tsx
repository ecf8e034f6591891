/**
 * A student's exercise: the question, an answer field fitting its kind, Check; then right or
 * wrong, the right answer explained, and Try again. The answer is computed from the graph file
 * (core/exercise/engine.ts) for the page's build args and target.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import { isRight, solve, type Expected } from '../../core/exercise/engine.ts';
import type { Answer, Choice } from '../../core/exercise/types.ts';
import { useContextIgnore } from '../state/contextIgnore.ts';
import { useStore } from '../state/store.tsx';
import { pickedNodesCss, useStageNodePicks } from './nodePicks.ts';
import { leaveExercise, revealExercise, type Session } from './exerciseSession.ts';
import { draftFor, keepDraft, type Verdict } from './exerciseDraft.ts';
import { RichText } from './RichText.tsx';
import { listOf, paragraph, sentenceText } from './words.ts';

function answerText(e: Expected, choices: readonly Choice[]): string {
  const t = (k: string, o: Record<string, string> = {}): string => i18next.t(k, o);
  const label = (id: string) => choices.find((c) => c.id === id)?.label ?? id;
  switch (e.kind) {
    case 'targetBuilds': return e.stages.length === 0 ? t('explain.ex.none') : listOf(e.stages.map((i) => label(`stage:${i}`)));
    case 'copySource': return label(e.choice);
    case 'layerCount': return String(e.count);
    case 'buildingLine': return t('explain.ex.lines', { lines: listOf(e.lines.map(String)) });
    case 'expand': return e.value === '' ? t('explain.ex.empty') : `“${e.value}”`;
    case 'cacheRerun': return e.lines.length === 0 ? t('explain.ex.none') : t('explain.ex.lines', { lines: listOf(e.lines.map(String)) });
  }
}

export function StudentView({ session }: { readonly session: Session }) {
  const { t } = useTranslation();
  const s = useStore();
  const { target, buildArgs } = s.options;
  const dockerignore = useContextIgnore();
  const solved = useMemo(() => solve(s.text, session.spec, { target, buildArgs }, { dockerignore }), [s.text, session.spec, target, buildArgs, dockerignore]);
  // The answer so far outlives this view (./exerciseDraft.ts): another tab and back finds it as it was.
  const [stages, setStages] = useState<number[]>(() => [...draftFor(session.seq).stages]);
  const [lines, setLines] = useState<number[]>(() => [...draftFor(session.seq).lines]);
  const [choice, setChoice] = useState(() => draftFor(session.seq).choice);
  const [value, setValue] = useState(() => draftFor(session.seq).value);
  const [verdict, setVerdict] = useState<Verdict>(() => draftFor(session.seq).verdict);
  const [hint, setHint] = useState(() => draftFor(session.seq).hint);
  const shownSeq = useRef(session.seq);
  useEffect(() => {
    if (shownSeq.current === session.seq) return; // mounted on this exercise: its draft is already in place
    shownSeq.current = session.seq;
    setStages([]); setLines([]); setChoice(''); setValue(''); setVerdict(null); setHint(false);
  }, [session.seq]);
  useEffect(() => {
    if (shownSeq.current === session.seq) keepDraft(session.seq, { stages, lines, choice, value, verdict, hint });
  }, [session.seq, stages, lines, choice, value, verdict, hint]);

  const pickable = solved.ok && session.spec.kind === 'targetBuilds' && verdict !== 'right' && verdict !== 'shown';
  const toggleStage = useCallback((i: number) => {
    if (!solved.ok || !solved.choices.some((c) => c.id === `stage:${i}`)) return;
    setStages((old) => (old.includes(i) ? old.filter((x) => x !== i) : [...old, i]));
    setVerdict(null);
  }, [solved]);
  useStageNodePicks(pickable, toggleStage);

  const hintText = session.hintKey ? t(`explain.ex.hint.${session.hintKey}`) : session.spec.hint;
  const leave = <button type="button" data-testid="exercise-leave" onClick={leaveExercise}>{t('explain.ex.leave')}</button>;
  if (!solved.ok) return <div className="exercise" data-testid="exercise"><p role="alert">{sentenceText(solved.problem)}</p>{leave}</div>;

  const kind = session.spec.kind;
  const answer = (): Answer => {
    switch (kind) {
      case 'targetBuilds': return { kind, stages };
      case 'copySource': return { kind, choice };
      case 'layerCount': return { kind, count: Number(value) };
      case 'buildingLine': return { kind, line: Number(value) };
      case 'expand': return { kind, value };
      case 'cacheRerun': return { kind, lines };
    }
  };
  const check = (): void => {
    const right = isRight(solved.expected, answer());
    setVerdict(right ? 'right' : 'wrong');
    if (right) revealExercise();
  };
  const done = verdict === 'right' || verdict === 'shown';
  return (
    <form className="exercise" data-testid="exercise" data-kind={kind} onSubmit={(e) => { e.preventDefault(); check(); }}>
      <p className="exercise-question" data-testid="exercise-question"><RichText text={sentenceText(solved.question)} /></p>
      {pickable && <p className="muted" data-testid="exercise-graph-note">{t('explain.ex.pickOnGraph')}</p>}
      {pickable && <style>{pickedNodesCss(stages)}</style>}
      <fieldset disabled={done}>
        <legend>{kind === 'targetBuilds' ? t('explain.ex.pickStages') : kind === 'cacheRerun' ? t('explain.ex.pickLines') : kind === 'copySource' ? t('explain.ex.pickOne') : t('explain.ex.answerLabel')}</legend>
        {kind === 'targetBuilds' && solved.choices.map((c) => {
          const i = Number(c.id.slice('stage:'.length));
          return (
            <label key={c.id} className="exercise-choice">
              <input type="checkbox" data-testid="exercise-stage" data-stage={i} checked={stages.includes(i)}
                onChange={(e) => setStages(e.target.checked ? [...stages, i] : stages.filter((x) => x !== i))} />
              <span translate="no">{c.label}</span>
            </label>
          );
        })}
        {kind === 'cacheRerun' && solved.choices.map((c) => {
          const l = Number(c.id.slice('line:'.length));
          return (
            <label key={c.id} className="exercise-choice">
              <input type="checkbox" data-testid="exercise-line" data-line={l} checked={lines.includes(l)}
                onChange={(e) => setLines(e.target.checked ? [...lines, l] : lines.filter((x) => x !== l))} />
              <span translate="no">{c.label}</span>
            </label>
          );
        })}
        {kind === 'copySource' && solved.choices.map((c) => (
          <label key={c.id} className="exercise-choice">
            <input type="radio" name="exercise-choice" data-testid="exercise-choice" value={c.id} checked={choice === c.id} onChange={() => setChoice(c.id)} />
            <span translate="no">{c.label}</span>
          </label>
        ))}
        {(kind === 'layerCount' || kind === 'buildingLine') && (
          <input type="number" min={kind === 'buildingLine' ? 1 : 0} inputMode="numeric" data-testid="exercise-input" aria-label={t('explain.ex.answerLabel')}
            value={value} onChange={(e) => { setValue(e.target.value); setVerdict(null); }} />
        )}
        {kind === 'expand' && (
          <input type="text" spellCheck={false} data-testid="exercise-input" aria-label={t('explain.ex.answerLabel')} value={value}
            onChange={(e) => { setValue(e.target.value); setVerdict(null); }} />
        )}
      </fieldset>
      {!done && <p className="muted">{t('explain.ex.hiddenNote')}</p>}
      <div className="exercise-actions">
        {!done && <button type="submit" data-testid="exercise-check">{t('explain.ex.check')}</button>}
        {hintText && !done && <button type="button" onClick={() => setHint(true)} aria-expanded={hint}>{t('explain.ex.showHint')}</button>}
        {leave}
      </div>
      {hint && hintText && !done && <p className="exercise-hint" data-testid="exercise-hint"><RichText text={hintText} /></p>}
      <div aria-live="polite" data-testid="exercise-verdict" data-verdict={verdict ?? ''}>
        {verdict === 'wrong' && (
          <p className="exercise-wrong">
            {t('explain.ex.wrong')}{' '}
            <button type="button" data-testid="exercise-retry" onClick={() => setVerdict(null)}>{t('explain.ex.tryAgain')}</button>{' '}
            <button type="button" data-testid="exercise-show" onClick={() => { setVerdict('shown'); revealExercise(); }}>{t('explain.ex.showAnswer')}</button>
          </p>
        )}
        {done && (
          <div className="exercise-right">
            {verdict === 'right' && <strong>{t('explain.ex.right')} </strong>}
            <span data-testid="exercise-answer">{t('explain.ex.rightAnswer', { answer: answerText(solved.expected, solved.choices) })}</span>
            {kind === 'cacheRerun' ? (
              <div data-testid="exercise-why">
                <p><RichText text={paragraph(solved.why.slice(0, 1))} /></p>
                <ul className="exercise-steps">{solved.why.slice(1).map((w, i) => <li key={i}><RichText text={sentenceText(w)} /></li>)}</ul>
              </div>
            ) : <p data-testid="exercise-why"><RichText text={paragraph(solved.why)} /></p>}
          </div>
        )}
      </div>
    </form>
  );
}
