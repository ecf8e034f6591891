/**
 * The toolbar, one row at 1280 px in both languages: Examples, the target (the what-if the graph
 * answers), the View menu (layout, fit, minimap, classic builder), the comparison, text size, theme
 * and language. Sharing lives on the graph it shares (the share bar); all native controls.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, LANGUAGE_NAMES, isLanguage } from '../i18n/index.ts';
import { useDispatch, useStore } from '../state/store.tsx';
import type { StageSpan } from '../state/view.ts';
import { TEST_IDS } from '../testIds.ts';
import { COMPARE_IDS } from '../compare/testIds.ts';
import { ExamplesMenu } from './ExamplesMenu.tsx';
import { TextSizeControl } from './TextSizeControl.tsx';
import { ViewMenu } from './ViewMenu.tsx';

/** The target choices, as a string key so the target select re-renders only when they change. */
export function targetChoices(stages: readonly StageSpan[]): string {
  const last = stages[stages.length - 1];
  // An unnamed last stage reads as its index (`#1`), never BuildKit's internal `stage-1`.
  return JSON.stringify([last ? (last.name === null ? `#${last.index}` : last.label) : null, ...stages.filter((s) => s.name !== null).map((s) => [s.index, s.name, s.label])]);
}

/**
 * The target select: one option per named stage (a thousand in a large file), so it renders only
 * when the choices or the target change, not with every keystroke that re-renders the toolbar.
 */
const TargetSelect = memo(function TargetSelect({ choices, target }: { readonly choices: string; readonly target: string | null }) {
  const { t } = useTranslation();
  const dispatch = useDispatch();
  const [lastLabel, ...rest] = JSON.parse(choices) as [string | null, ...[number, string, string][]];
  const named = rest.map(([index, name, label]) => ({ index, name, label }));
  const last = lastLabel === null ? undefined : { label: lastLabel };
  const known = target === null || named.some((s) => s.name === target);
  return (
    <label className="field">
      <span>{t('toolbar.target')}</span>
      <select
        data-testid={TEST_IDS.target}
        value={target ?? ''}
        onChange={(e) => dispatch({ type: 'setTarget', target: e.target.value === '' ? null : e.target.value })}
      >
        <option value="">{last ? t('toolbar.targetDefault', { name: last.label }) : t('toolbar.targetNone')}</option>
        {named.map((s) => (
          <option key={s.index} value={s.name}>
            {s.label}
          </option>
        ))}
        {!known && target !== null && <option value={target}>{target}</option>}
      </select>
    </label>
  );
});

export const Toolbar = memo(function Toolbar({ choices }: { readonly choices: string }) {
  const { t } = useTranslation();
  const { options, view } = useStore();
  const dispatch = useDispatch();
  return (
    <div className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <ExamplesMenu />
      <TargetSelect choices={choices} target={options.target} />
      <ViewMenu />
      {/* The builder-pattern comparison (issue 4): a toggle between the graph and the comparison view. */}
      <button
        type="button"
        data-testid={COMPARE_IDS.open}
        aria-pressed={view === 'compare'}
        onClick={() => dispatch({ type: 'setView', view: view === 'compare' ? 'graph' : 'compare' })}
      >
        {t('compare.open')}
      </button>
      <TextSizeControl />
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
