/**
 * The Examples menu: loading one replaces the workspace (a single Dockerfile, or a builder-pattern
 * folder as several tabs) and credits its source. What it replaces is not lost: the editor can undo a
 * file that keeps its name, and the share layer pins the replaced workspace in the history.
 */
import { useTranslation } from 'react-i18next';
import { EXAMPLES, findExample, type Example } from '../examples/index.ts';
import { ExampleUnavailable } from '../examples/ExampleUnavailable.tsx';
import { openExample } from '../examples/openExample.ts';
import { useDispatch } from '../state/store.tsx';
import { TEST_IDS } from '../testIds.ts';

export function ExamplesMenu() {
  const { t } = useTranslation();
  const dispatch = useDispatch();
  const load = (id: string): void => {
    const ex = findExample(id);
    if (!ex) return;
    // Offline before its text was cached, nothing is replaced and the toolbar says why (ExampleUnavailable).
    void openExample(ex, 'toolbar', ({ files, active }) => dispatch({ type: 'loadWorkspace', files, active, example: id }));
  };
  const seeds = (several: boolean) =>
    EXAMPLES.filter((e): e is Extract<Example, { kind: 'seed' }> => e.kind === 'seed' && e.files > 1 === several).map((e) => (
      <option key={e.id} value={e.id}>
        {t(`example.${e.id}`)}
      </option>
    ));
  return (
    <>
      <label className="field">
        <span>{t('toolbar.examples')}</span>
        <select data-testid={TEST_IDS.examples} value="" onChange={(e) => load(e.target.value)}>
          <option value="" disabled>
            {t('toolbar.chooseExample')}
          </option>
          <optgroup label={t('toolbar.tutorials')}>{seeds(false)}</optgroup>
          <optgroup label={t('example.builderGroup')}>{seeds(true)}</optgroup>
          <optgroup label={t('toolbar.realWorld')}>
            {EXAMPLES.map((e) =>
              e.kind === 'corpus' ? (
                <option key={e.id} value={e.id} translate="no">
                  {e.repo}: {e.path}
                </option>
              ) : null,
            )}
          </optgroup>
        </select>
      </label>
      <ExampleUnavailable place="toolbar" />
    </>
  );
}
