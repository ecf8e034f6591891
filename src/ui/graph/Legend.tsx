/**
 * What each edge style and node look means: dash pattern and label, never colour alone.
 * A disclosure: open where the pane has room, closed (one small button) on narrow screens.
 */
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EdgeKind } from '../../core/model.ts';
import { TEST_IDS } from '../testIds.ts';
import { DASH } from './DepEdgeView.tsx';
import { EdgeKindTip } from '../explain/GraphTips.tsx';

const KINDS: readonly EdgeKind[] = ['base', 'copy', 'mount', 'onbuild'];
/** Matches the phone layout in graph.css. */
const NARROW = '(max-width: 760px)';

/** Memoised: it has no props, so typing (which re-renders the pane) never re-renders it. */
export const Legend = memo(function Legend() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(() => !window.matchMedia(NARROW).matches);
  return (
    <details className="legend" data-testid={TEST_IDS.legend} open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="legend-title">{t('legend.title')}</summary>
      <ul>
        {KINDS.map((k) => (
          <li key={k}>
            <svg width="40" height="10" aria-hidden="true" className={`legend-sample kind-${k}`}>
              <line x1="1" y1="5" x2="32" y2="5" strokeDasharray={DASH[k]} />
              <path d="M32 1 L39 5 L32 9 Z" />
            </svg>
            <EdgeKindTip kind={k}>{t(`legend.${k}`)}</EdgeKindTip>
          </li>
        ))}
        <li>
          <span className="legend-box is-target" aria-hidden="true" />
          {t('graph.legendTarget')}
        </li>
        <li>
          <span className="legend-box is-dimmed" aria-hidden="true" />
          {t('legend.dimmed')}
        </li>
      </ul>
    </details>
  );
});
