/**
 * A stage node's build-check badge: how many findings belong to the stage (in the mode the
 * problems panel shows); a click lists them, and each entry jumps to its line.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { stageId } from '../../core/graph/build.ts';
import { useDispatch } from '../state/store.tsx';
import { useChecks } from './ChecksContext.tsx';
import './checks.css';

export function StageChecksBadge({ stage }: { readonly stage: number }) {
  const { t } = useTranslation();
  const dispatch = useDispatch();
  const { result } = useChecks();
  const [open, setOpen] = useState(false);
  const findings = result?.findings.filter((f) => f.stage === stage) ?? [];
  if (findings.length === 0) return null;
  const count = findings.length;
  return (
    <span className="stage-checks nodrag nopan nowheel">
      <button
        type="button"
        className="badge badge-checks"
        data-testid="stage-checks-badge"
        aria-expanded={open}
        aria-label={t('checks.badgeLabel', { count, stage })}
        onClick={(e) => {
          e.stopPropagation();
          setOpen(!open);
        }}
      >
        ▲ {count}
      </button>
      {open && (
        <div className="stage-checks-popover" data-testid="stage-checks-list" role="dialog" aria-label={t('checks.badge', { count })} onClick={(e) => e.stopPropagation()}>
          <button type="button" className="close" onClick={() => setOpen(false)}>{t('checks.badgeClose')}</button>
          <ul>
            {findings.map((f, i) => (
              <li key={i}>
                <button
                  type="button"
                  className="problem sev-warning"
                  onClick={() => dispatch({ type: 'gotoProblem', range: f.range, nodeId: stageId(stage) })}
                >
                  <span className="where">{t('problems.line', { line: f.range.start.line })}</span>{' '}
                  <span translate="no">{f.detail}</span> <code translate="no">{f.ruleName}</code>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </span>
  );
}
