/**
 * The problems list: each entry jumps to its line in the editor (opening the graph's file, which the
 * problems are about) and to its node in the graph. With several files, each entry names that file.
 */
import { useTranslation } from 'react-i18next';
import type { Diagnostic } from '../../core/model.ts';
import { stageId } from '../../core/graph/build.ts';
import { useDispatch, useStore } from '../state/store.tsx';
import { stageAtLine, type StageSpan } from '../state/view.ts';
import { TEST_IDS } from '../testIds.ts';
import { FirstErrorMark } from './FirstErrorMark.tsx';
import { useDiagnosticMessage } from './useDiagnosticMessage.ts';

const ICON = { error: '✖', warning: '▲', info: 'ℹ' } as const;

export function Problems({ diagnostics, stages }: { readonly diagnostics: readonly Diagnostic[]; readonly stages: readonly StageSpan[] }) {
  const { t } = useTranslation();
  const dispatch = useDispatch();
  const { files, graphIndex } = useStore();
  const file = files.length > 1 && graphIndex !== null ? files[graphIndex]?.name : undefined;
  const message = useDiagnosticMessage();
  if (diagnostics.length === 0) return <p className="muted">{t('problems.none')}</p>;
  const several = diagnostics.some((d) => d.afterFirstError === true);
  return (
    <ul className="problems" data-testid={TEST_IDS.problems}>
      {diagnostics.map((d, i) => {
        const stage = d.stage ?? stageAtLine(stages, d.range.start.line)?.index;
        return (
          <li key={`${d.code}-${d.range.start.line}-${d.range.start.column}-${i}`}>
            <button
              type="button"
              className={`problem sev-${d.severity}`}
              data-testid={TEST_IDS.problem}
              data-code={d.code}
              onClick={() => dispatch({ type: 'gotoProblem', range: d.range, nodeId: stage === undefined ? null : stageId(stage) })}
            >
              <span className="sev" aria-hidden="true">{ICON[d.severity]}</span>
              <span className="sev-text">{t(`problems.${d.severity}`)}</span>
              <span className="where">
                {file === undefined ? t('problems.line', { line: d.range.start.line }) : t('problems.fileLine', { file, line: d.range.start.line })}
              </span>
              <span className="msg">{message(d)}</span>
              <FirstErrorMark diagnostic={d} several={several} />
              <code className="code" translate="no">{d.code}</code>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
