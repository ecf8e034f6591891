/** The switch to a build script's pipeline, in the graph's summary line while a script is the active file. */
import { useTranslation } from 'react-i18next';

export function PipelineToggle({ script, onOpen }: { readonly script: string; readonly onOpen: () => void }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="graph-status-chip" data-testid="pipeline-open" onClick={onOpen}>
      {t('pipeline.open', { script })}
    </button>
  );
}
