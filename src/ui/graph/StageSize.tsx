/**
 * A stage's estimated image size (catalogue-based), labelled as an estimate; "size unknown" otherwise.
 * With its stage, it explains itself (a focusable tip: what is counted, where the figure comes from and
 * how old it is), as the graph's other facts do.
 */
import { useTranslation } from 'react-i18next';
import { sizeFacts } from '../../core/explain/graph.ts';
import { currentAnalysis } from '../explain/source.ts';
import { Tip } from '../explain/Tip.tsx';

const MB = 1_000_000;

/** 1 decimal under 100 MB, whole megabytes up to 1 GB, then GB with 1 decimal (docker's decimal units). */
export function sizeParts(bytes: number): { unit: 'mb' | 'gb'; value: string } {
  if (bytes === 0) return { unit: 'mb', value: '0' };
  const mb = bytes / MB;
  if (mb >= 1000) return { unit: 'gb', value: (mb / 1000).toFixed(1) };
  return { unit: 'mb', value: mb < 100 ? mb.toFixed(1) : String(Math.round(mb)) };
}

export function StageSize({ bytes, stage }: { readonly bytes: number | null; readonly stage?: number }) {
  const { t } = useTranslation();
  const what = bytes === null ? t('dense.sizeUnknownTitle') : t('dense.sizeTitle');
  const label = bytes === null ? t('dense.sizeUnknown') : t('dense.size', { size: t(`dense.${sizeParts(bytes).unit}`, { value: sizeParts(bytes).value }) });
  const span = (
    <span className={bytes === null ? 'stage-size is-unknown' : 'stage-size'} data-testid="stage-size" data-bytes={bytes ?? undefined} title={stage === undefined ? what : undefined}>
      {label}
    </span>
  );
  if (stage === undefined) return span;
  return <Tip testId="tip-size" explain={() => ({ title: what, sentences: bytes === null ? [] : sizeFacts(currentAnalysis(), stage) })}>{span}</Tip>;
}
