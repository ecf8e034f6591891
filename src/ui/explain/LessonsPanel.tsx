/**
 * The Lessons tab: the seeds' lessons that apply to the graph file (core/explain/lessons.ts), each
 * with a button to its line, Dismiss, and "stop showing notes like this"; kinds turned off are
 * listed with a way back.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { analyze } from '../../core/analyze/analyze.ts';
import { findLessons } from '../../core/explain/lessons.ts';
import { useStore, useDispatch } from '../state/store.tsx';
import { revealLine } from '../workspace/actions.ts';
import { dismissLesson, turnOffLesson, turnOnLessons, useLessonPrefs, visibleLessons } from './lessonPrefs.ts';
import { listOf } from './words.ts';
import './explain.css';

export function LessonsPanel() {
  const { t } = useTranslation();
  const s = useStore();
  const dispatch = useDispatch();
  const prefs = useLessonPrefs();
  const { target, buildArgs } = s.options;
  const all = useMemo(() => findLessons(analyze(s.text, { target, buildArgs })), [s.text, target, buildArgs]);
  const shown = visibleLessons(all, prefs);
  const file = s.graphFile?.name ?? 'Dockerfile';
  return (
    <div className="lessons-panel" data-testid="lessons-panel">
      <p className="muted">{t('explain.lesson.intro')}</p>
      {shown.length === 0 && <p data-testid="lessons-none">{t('explain.lesson.none')}</p>}
      <ul className="lessons">
        {shown.map((l) => {
          const title = t(`explain.lesson.${l.id}.title`, l.params);
          return (
            <li key={`${l.id}-${l.line}`} className="lesson" data-testid="lesson" data-id={l.id}>
              <h3>{title}</h3>
              <p>{t(`explain.lesson.${l.id}.body`, l.params)}</p>
              <div className="lesson-actions">
                <button type="button" className="linklike" onClick={() => dispatch(revealLine(file, l.line))}>{t('explain.lesson.show', { line: l.line })}</button>
                <button type="button" data-testid="lesson-dismiss" aria-label={t('explain.lesson.dismissLabel', { title })} onClick={() => dismissLesson(l)}>{t('explain.lesson.dismiss')}</button>
                <button type="button" data-testid="lesson-off" onClick={() => turnOffLesson(l.id)}>{t('explain.lesson.turnOff')}</button>
              </div>
            </li>
          );
        })}
      </ul>
      {prefs.off.length > 0 && (
        <p className="muted" data-testid="lessons-off">
          {t('explain.lesson.off', { names: listOf(prefs.off.map((id) => t(`explain.lesson.${id}.name`))) })}{' '}
          <button type="button" className="linklike" onClick={turnOnLessons}>{t('explain.lesson.turnOn')}</button>
        </p>
      )}
    </div>
  );
}
