/**
 * What each edge style and node look means: dash pattern and label, never colour alone. Only the
 * edge kinds the graph has are listed, and every mark a node can wear is explained (the cursor's
 * ring is teal: purple is ONBUILD's colour). A disclosure: open where the pane has room, closed
 * (one small button) on narrow screens.
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

/** Memoised on plain values, so typing (which re-renders the pane) rarely re-renders it. */
export const Legend = memo(function Legend({ kinds, dimmed }: { readonly kinds: string; readonly dimmed: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(() => !window.matchMedia(NARROW).matches);
  return (
    <details className="legend" data-testid={TEST_IDS.legend} open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="legend-title">{t('legend.title')}</summary>
      <ul>
        {KINDS.filter((k) => kinds.split(',').includes(k)).map((k) => (
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
        {dimmed && (
          <li>
            <span className="legend-box is-dimmed" aria-hidden="true" />
            {t('legend.dimmed')}
          </li>
        )}
        <li>
          <span className="legend-box is-cursor" aria-hidden="true" />
          {t('legend.cursor')}
        </li>
        <li>
          <span className="legend-box is-picked" aria-hidden="true" />
          {t('legend.selected')}
        </li>
      </ul>
    </details>
  );
});
