/**
 * A build with no schedule, said instead of a timeline: BuildKit stops at an error (its message,
 * in the reader's language, from the diagnostic's code, as the problems list shows it), or the
 * classic builder cannot run the file (the BuildKit-only syntax and its line). A button shows the line.
 */
import { useTranslation } from 'react-i18next';
import type { BuildOutcome } from '../../core/schedule/index.ts';
import { useDiagnosticMessage } from '../panels/useDiagnosticMessage.ts';
import { useDispatch } from '../state/store.tsx';

export function Verdict({ outcome }: { readonly outcome: Exclude<BuildOutcome, { kind: 'schedule' }> }) {
  const { t } = useTranslation();
  const dispatch = useDispatch();
  const message = useDiagnosticMessage();
  const d = outcome.kind === 'fails' ? outcome.error : outcome.reason;
  const show = (): void => dispatch({ type: 'gotoProblem', range: d.range, nodeId: d.stage === undefined ? null : `stage:${d.stage}` });
  return (
    <div className="pl-verdict" role="status" data-testid="player-verdict" data-kind={outcome.kind} data-line={outcome.line}>
      {outcome.kind === 'fails' ? (
        <>
          <p className="pl-verdict-title">{t('verdict.failsTitle', { line: outcome.line })}</p>
          <p className="pl-verdict-error" data-testid="player-verdict-error">{message(outcome.error)}</p>
          <p className="muted">{t('verdict.failsBody')}</p>
        </>
      ) : (
        <>
          <p className="pl-verdict-title">{t('verdict.classicCannotTitle')}</p>
          <p className="muted">{t('verdict.classicCannotBody', { line: outcome.line, feature: outcome.feature })}</p>
        </>
      )}
      <button type="button" data-testid="player-verdict-line" onClick={show}>{t('verdict.showLine', { line: outcome.line })}</button>
    </div>
  );
}
