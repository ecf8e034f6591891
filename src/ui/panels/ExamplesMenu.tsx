/** The Examples menu: loading one replaces the text (undoably, in the editor) and credits its source. */
import { useTranslation } from 'react-i18next';
import { EXAMPLES, findExample } from '../examples/index.ts';
import { useDispatch } from '../state/store.tsx';
import { TEST_IDS } from '../testIds.ts';

export function ExamplesMenu() {
  const { t } = useTranslation();
  const dispatch = useDispatch();
  const load = (id: string): void => {
    const ex = findExample(id);
    if (!ex) return;
    void ex.load().then((text) => dispatch({ type: 'loadText', text, example: id }));
  };
  return (
    <label className="field">
      <span>{t('toolbar.examples')}</span>
      <select data-testid={TEST_IDS.examples} value="" onChange={(e) => load(e.target.value)}>
        <option value="" disabled>
          {t('toolbar.chooseExample')}
        </option>
        <optgroup label={t('toolbar.tutorials')}>
          {EXAMPLES.filter((e) => e.kind === 'seed').map((e) => (
            <option key={e.id} value={e.id}>
              {t(`example.${e.id}`)}
            </option>
          ))}
        </optgroup>
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
  );
}
