/**
 * A stage node's build-check badge: how many findings belong to the stage (in the mode the
 * problems panel shows); a click lists them, and each entry jumps to its line.
 */
import { useState, type CSSProperties } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { stageId } from '../../core/graph/build.ts';
import { useDispatch } from '../state/store.tsx';
import { useChecks } from './ChecksContext.tsx';
import './checks.css';

export function StageChecksBadge({ stage }: { readonly stage: number }) {
  const { t } = useTranslation();
  const dispatch = useDispatch();
  const { result } = useChecks();
  /** Where the list opens (screen coordinates): in a portal, so the node's box never clips it. */
  const [open, setOpen] = useState<CSSProperties | null>(null);
  const findings = result?.findings.filter((f) => f.stage === stage) ?? [];
  if (findings.length === 0) return null;
  const count = findings.length;
  return (
    <span className="stage-checks nodrag nopan nowheel">
      <button
        type="button"
        className="badge badge-checks"
        data-testid="stage-checks-badge"
        aria-expanded={open !== null}
        aria-label={t('checks.badgeLabel', { count, stage })}
        onClick={(e) => {
          e.stopPropagation();
          const r = e.currentTarget.getBoundingClientRect();
          setOpen(open ? null : { top: r.bottom + 4, left: Math.max(4, Math.min(r.right - 320, window.innerWidth - 324)) });
        }}
      >
        ▲ {count}
      </button>
      {open && createPortal(
        <div className="stage-checks-popover" style={open} data-testid="stage-checks-list" data-stage={stage} role="dialog" aria-label={t('checks.badge', { count })} onKeyDown={(e) => e.key === 'Escape' && setOpen(null)}>
          <button type="button" className="close" onClick={() => setOpen(null)}>{t('checks.badgeClose')}</button>
          <ul>
            {findings.map((f, i) => (
              <li key={i}>
                <button type="button" className="stage-checks-item" onClick={() => dispatch({ type: 'gotoProblem', range: f.range, nodeId: stageId(stage) })}>
                  <span className="where">{t('problems.line', { line: f.range.start.line })}</span>{' '}
                  <span translate="no">{f.detail}</span> <code translate="no">{f.ruleName}</code>
                </button>
              </li>
            ))}
          </ul>
        </div>,
        document.body,
      )}
    </span>
  );
}
