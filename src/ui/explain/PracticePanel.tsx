/**
 * The Practise tab: a student's exercise while one is on; otherwise the built-in exercises (on the
 * tutorials' examples) and the teacher's form to make one from the workspace.
 */
import { useTranslation } from 'react-i18next';
import { BUILTIN_EXERCISES } from '../../core/exercise/builtin.ts';
import { findExample } from '../examples/index.ts';
import { ExampleUnavailable } from '../examples/ExampleUnavailable.tsx';
import { openExample } from '../examples/openExample.ts';
import { useDispatch } from '../state/store.tsx';
import { startExercise, useExerciseSession } from './exerciseSession.ts';
import { StudentView } from './StudentView.tsx';
import { TeacherView } from './TeacherView.tsx';
import './explain.css';

function BuiltinList() {
  const { t } = useTranslation();
  const dispatch = useDispatch();
  return (
    <section aria-labelledby="builtin-title">
      <h3 id="builtin-title">{t('explain.ex.builtinTitle')}</h3>
      <ul className="builtin-exercises">
        {BUILTIN_EXERCISES.map((b) => (
          <li key={b.id} data-testid="builtin-exercise" data-id={b.id}>
            <span>{t(`explain.ex.kinds.${b.spec.kind}`)} <span className="muted">{t('explain.ex.builtinOn', { example: t(`example.${b.example}`, { defaultValue: b.example }) })}</span></span>
            <button type="button" data-testid="builtin-start" onClick={() => {
              const ex = findExample(b.example);
              if (!ex) return;
              void openExample(ex, `practice:${b.id}`, ({ files, active }) => {
                dispatch({ type: 'loadWorkspace', files, active, example: b.example });
                startExercise(b.spec, b.hint);
              });
            }}>{t('explain.ex.start')}</button>
            <ExampleUnavailable place={`practice:${b.id}`} />
          </li>
        ))}
      </ul>
    </section>
  );
}

export function PracticePanel() {
  const session = useExerciseSession();
  if (session) return <StudentView session={session} />;
  return (
    <div className="practice" data-testid="practice-panel">
      <BuiltinList />
      <TeacherView />
    </div>
  );
}
