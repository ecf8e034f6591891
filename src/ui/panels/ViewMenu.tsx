/**
 * The View menu: how the graph is drawn (layout direction, fit, minimap, focus mode), which builder
 * it describes (BuildKit, or the classic builder), and whether an open build script is drawn as its
 * pipeline. Every option is remembered (state/persist.ts); all but theme and minimap ride in links.
 * Controls keep their test ids wherever they live (focus mode is also in the graph's tools box).
 */
import { useTranslation } from 'react-i18next';
import type { Direction } from '../../core/graph/types.ts';
import { fileKind } from '../../core/workspace/files.ts';
import { Menu } from '../share/Menu.tsx';
import { useDispatch, useStore } from '../state/store.tsx';
import { TEST_IDS } from '../testIds.ts';

export function ViewMenu() {
  const { t } = useTranslation();
  const { options, files, active } = useStore();
  const dispatch = useDispatch();
  // The pipeline is drawn while a build script is open: switching it on opens the workspace's script.
  const script = files[active] && fileKind(files[active].name) === 'script' ? null : files.find((f) => fileKind(f.name) === 'script');
  const noScript = script === undefined;
  return (
    <Menu label={t('toolbar.view')} testId="view-menu">
      {(close) => (
        <>
          <label className="field sc-menu-field">
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
          <label className="field sc-menu-field">
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
          <button
            type="button"
            data-testid={TEST_IDS.fitView}
            onClick={() => {
              dispatch({ type: 'fitView' });
              close();
            }}
          >
            {t('toolbar.fitView')}
          </button>
          <label className="sc-menu-check">
            <input type="checkbox" data-testid={TEST_IDS.minimap} checked={options.minimap} onChange={(e) => dispatch({ type: 'setMinimap', minimap: e.target.checked })} />
            {t('toolbar.minimap')}
          </label>
          <label className="sc-menu-check sc-menu-wide" title={t('dense.focusTitle')}>
            <input type="checkbox" data-testid="view-focus" checked={options.focus} onChange={(e) => {
                dispatch({ type: 'setFocus', focus: e.target.checked });
                dispatch({ type: 'fitView' });
              }} />
            {t('dense.focus')}
          </label>
          <label className="sc-menu-check sc-menu-wide" title={t('viewOptions.pipelineTitle')}>
            <input type="checkbox" data-testid="view-pipeline" checked={options.pipeline} onChange={(e) => {
              dispatch({ type: 'setPipeline', pipeline: e.target.checked });
              if (e.target.checked && script) dispatch({ type: 'selectFile', name: script.name });
            }} />
            <span>
              {t('viewOptions.pipeline')}
              {noScript && <small className="sc-menu-note" data-testid="view-pipeline-none">{t('viewOptions.pipelineNone')}</small>}
            </span>
          </label>
          <label className="sc-menu-check sc-menu-wide">
            <input type="checkbox" data-testid={TEST_IDS.classic} checked={options.classic} onChange={(e) => dispatch({ type: 'setClassic', classic: e.target.checked })} />
            {t('toolbar.classic')}
          </label>
        </>
      )}
    </Menu>
  );
}
