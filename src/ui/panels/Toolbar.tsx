/** The what-if controls and view switches, all native form controls (keyboard-ready). */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Direction } from '../../core/graph/types.ts';
import { LANGUAGES, LANGUAGE_NAMES, isLanguage } from '../i18n/index.ts';
import { useDispatch, useStore } from '../state/store.tsx';
import type { StageSpan } from '../state/view.ts';
import { TEST_IDS } from '../testIds.ts';
import { COMPARE_IDS } from '../compare/testIds.ts';
import { ExamplesMenu } from './ExamplesMenu.tsx';

/** The target choices, as a string key so the toolbar re-renders only when they change. */
export function targetChoices(stages: readonly StageSpan[]): string {
  return JSON.stringify([stages[stages.length - 1]?.label ?? null, ...stages.filter((s) => s.name !== null).map((s) => [s.index, s.name, s.label])]);
}

export const Toolbar = memo(function Toolbar({ choices }: { readonly choices: string }) {
  const { t } = useTranslation();
  const { options, view } = useStore();
  const dispatch = useDispatch();
  const [lastLabel, ...rest] = JSON.parse(choices) as [string | null, ...[number, string, string][]];
  const named = rest.map(([index, name, label]) => ({ index, name, label }));
  const last = lastLabel === null ? undefined : { label: lastLabel };
  const known = options.target === null || named.some((s) => s.name === options.target);
  return (
    <div className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <ExamplesMenu />
      <label className="field">
        <span>{t('toolbar.target')}</span>
        <select
          data-testid={TEST_IDS.target}
          value={options.target ?? ''}
          onChange={(e) => dispatch({ type: 'setTarget', target: e.target.value === '' ? null : e.target.value })}
        >
          <option value="">{last ? t('toolbar.targetDefault', { name: last.label }) : t('toolbar.targetNone')}</option>
          {named.map((s) => (
            <option key={s.index} value={s.name}>
              {s.label}
            </option>
          ))}
          {!known && options.target !== null && <option value={options.target}>{options.target}</option>}
        </select>
      </label>
      <label className="field">
        <span>{t('toolbar.direction')}</span>
        <select
          data-testid={TEST_IDS.direction}
          value={options.direction}
          onChange={(e) => dispatch({ type: 'setDirection', direction: e.target.value as Direction })}
        >
          <option value="DOWN">{t('toolbar.directionDown')}</option>
          <option value="RIGHT">{t('toolbar.directionRight')}</option>
        </select>
      </label>
      <button type="button" data-testid={TEST_IDS.fitView} onClick={() => dispatch({ type: 'fitView' })}>
        {t('toolbar.fitView')}
      </button>
      {/* The builder-pattern comparison (issue 4): a toggle between the graph and the comparison view. */}
      <button
        type="button"
        data-testid={COMPARE_IDS.open}
        aria-pressed={view === 'compare'}
        onClick={() => dispatch({ type: 'setView', view: view === 'compare' ? 'graph' : 'compare' })}
      >
        {t('compare.open')}
      </button>
      <label className="check">
        <input
          type="checkbox"
          data-testid={TEST_IDS.minimap}
          checked={options.minimap}
          onChange={(e) => dispatch({ type: 'setMinimap', minimap: e.target.checked })}
        />
        {t('toolbar.minimap')}
      </label>
      <label className="check">
        <input
          type="checkbox"
          data-testid={TEST_IDS.classic}
          checked={options.classic}
          onChange={(e) => dispatch({ type: 'setClassic', classic: e.target.checked })}
        />
        {t('toolbar.classic')}
      </label>
      <label className="field">
        <span>{t('toolbar.theme')}</span>
        <select
          data-testid={TEST_IDS.theme}
          value={options.theme}
          onChange={(e) => {
            const v = e.target.value;
            dispatch({ type: 'setTheme', theme: v === 'light' || v === 'dark' ? v : 'system' });
          }}
        >
          <option value="system">{t('toolbar.themeSystem')}</option>
          <option value="light">{t('toolbar.themeLight')}</option>
          <option value="dark">{t('toolbar.themeDark')}</option>
        </select>
      </label>
      <label className="field">
        <span>{t('toolbar.language')}</span>
        <select
          data-testid={TEST_IDS.language}
          value={options.language}
          onChange={(e) => {
            const v = e.target.value;
            if (isLanguage(v)) dispatch({ type: 'setLanguage', language: v });
          }}
        >
          {LANGUAGES.map((l) => (
            <option key={l} value={l} lang={l}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
});
