/**
 * BuildKit's build checks in the problems panel: which findings are shown (a build of the
 * current target, or every stage as `docker build --check`) and says so; counts per severity;
 * each finding jumps to its line and node and opens an explanation.
 */
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CheckNote, Finding } from '../../core/checks/index.ts';
import { stageId } from '../../core/graph/build.ts';
import { useDispatch } from '../state/store.tsx';
import { useChecks } from './ChecksContext.tsx';
import { Explanation } from './Explanation.tsx';
import './checks.css';

export function ChecksPanel({ targetLabel }: { readonly targetLabel: string }) {
  const { t } = useTranslation();
  const { mode, setMode, result } = useChecks();
  if (result === null) return null;
  const errors = result.buildError ? 1 : 0;
  const warnings = result.findings.length;
  return (
    <section className="checks" data-testid="checks" data-mode={mode} aria-labelledby="checks-title">
      <div className="checks-head">
        <h2 id="checks-title">{t('checks.title')}</h2>
        <span className="checks-counts" data-testid="checks-counts">
          <span className={errors === 0 ? 'is-zero' : 'count-error'}>{t('checks.errors', { count: errors })}</span>
          <span className={warnings === 0 ? 'is-zero' : 'count-warning'}>{t('checks.warnings', { count: warnings })}</span>
        </span>
        <div className="checks-mode" role="radiogroup" aria-label={t('checks.modeLabel')}>
          {(['build', 'check'] as const).map((m) => (
            <label key={m}>
              <input type="radio" name="checks-mode" value={m} checked={mode === m} data-testid={`checks-mode-${m}`} onChange={() => setMode(m)} />
              {m === 'build' ? t('checks.modeBuild', { target: targetLabel }) : t('checks.modeCheck')}
            </label>
          ))}
        </div>
      </div>
      <p className="muted checks-showing" data-testid="checks-showing">
        {mode === 'build' ? t('checks.showingBuild', { target: targetLabel }) : t('checks.showingCheck')}
      </p>
      {result.buildError && (
        <p className="problem sev-error checks-error" data-testid="checks-build-error">
          <span className="sev" aria-hidden="true">✖</span>
          <span>{t('checks.buildFails')} <span translate="no">{result.buildError.message}</span></span>
        </p>
      )}
      {warnings === 0 && !result.buildError && <p className="muted">{t('checks.none')}</p>}
      {warnings > 0 && (
        <ul className="problems">
          {[...result.findings].sort((a, b) => a.range.start.line - b.range.start.line).map((f, i) => (
            <FindingRow key={`${f.ruleName}-${f.range.start.line}-${i}`} finding={f} />
          ))}
        </ul>
      )}
      {result.notes.map((n, i) => (
        <NoteLine key={i} note={n} />
      ))}
    </section>
  );
}

/** Where a check could not tell, the page says so. */
function NoteLine({ note: n }: { readonly note: CheckNote }) {
  const { t } = useTranslation();
  return <p className="muted checks-note" data-testid="checks-note" data-kind={n.kind}>{noteText(t, n)}</p>;
}

function noteText(t: TFunction, n: CheckNote): string {
  switch (n.kind) {
    case 'envUnknown': return t('checks.envUnknown', { stage: n.stage, image: n.image });
    case 'platformUnknown': return t('checks.platformUnknown', { stage: n.stage, image: n.image, platform: n.expected });
    case 'platformMissing': return t('checks2.platformMissing', { stage: n.stage, image: n.image, platform: n.expected });
    case 'platformFallback': return t('checks2.platformFallback', { stage: n.stage, image: n.image, platform: n.expected, actual: n.actual });
    case 'ignoredSource': return t('checks2.ignoredSource', { path: n.path, line: n.line });
  }
}

export function FindingRow({ finding: f }: { readonly finding: Finding }) {
  const { t } = useTranslation();
  const dispatch = useDispatch();
  const [open, setOpen] = useState(false);
  return (
    <li className="check-finding" data-testid="check-finding" data-rule={f.ruleName} data-line={f.range.start.line}>
      <div className="check-row">
        <button
          type="button"
          className="problem sev-warning"
          onClick={() => dispatch({ type: 'gotoProblem', range: f.range, nodeId: f.stage === undefined ? null : stageId(f.stage) })}
        >
          <span className="sev" aria-hidden="true">▲</span>
          <span className="sev-text">{t('problems.warning')}</span>
          <span className="where">{t('problems.line', { line: f.range.start.line })}</span>
          <span className="msg" translate="no">{f.detail}</span>
          <code className="code" translate="no" title={f.own ? t('checks2.own') : undefined}>{f.ruleName}</code>
          {f.onbuildLine !== undefined && <span className="where check-onbuild" data-testid="check-onbuild">{t('checks2.fromOnbuild', { line: f.onbuildLine })}</span>}
        </button>
        <button type="button" className="check-explain-toggle" aria-expanded={open} data-testid="check-explain" onClick={() => setOpen(!open)}>
          {open ? t('checks.hideExplain') : t('checks.explain')}
        </button>
      </div>
      {open && <Explanation rule={f.ruleName} />}
    </li>
  );
}
