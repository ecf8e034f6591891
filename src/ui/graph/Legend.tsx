/** What each edge style means: dash pattern and label, never colour alone. */
import { useTranslation } from 'react-i18next';
import type { EdgeKind } from '../../core/model.ts';
import { TEST_IDS } from '../testIds.ts';
import { DASH } from './DepEdgeView.tsx';

const KINDS: readonly EdgeKind[] = ['base', 'copy', 'mount', 'onbuild'];

export function Legend() {
  const { t } = useTranslation();
  return (
    <figure className="legend" data-testid={TEST_IDS.legend} aria-label={t('legend.title')}>
      <figcaption className="legend-title">{t('legend.title')}</figcaption>
      <ul>
        {KINDS.map((k) => (
          <li key={k}>
            <svg width="40" height="10" aria-hidden="true" className={`legend-sample kind-${k}`}>
              <line x1="1" y1="5" x2="32" y2="5" strokeDasharray={DASH[k]} />
              <path d="M32 1 L39 5 L32 9 Z" />
            </svg>
            {t(`legend.${k}`)}
          </li>
        ))}
        <li>
          <span className="legend-dim" aria-hidden="true" />
          {t('legend.dimmed')}
        </li>
      </ul>
    </figure>
  );
}
