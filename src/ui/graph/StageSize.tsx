/** A stage's estimated image size (catalogue-based), labelled as an estimate; "size unknown" otherwise. */
import { useTranslation } from 'react-i18next';

const MB = 1_000_000;

/** 1 decimal under 100 MB, whole megabytes up to 1 GB, then GB with 1 decimal (docker's decimal units). */
export function sizeParts(bytes: number): { unit: 'mb' | 'gb'; value: string } {
  if (bytes === 0) return { unit: 'mb', value: '0' };
  const mb = bytes / MB;
  if (mb >= 1000) return { unit: 'gb', value: (mb / 1000).toFixed(1) };
  return { unit: 'mb', value: mb < 100 ? mb.toFixed(1) : String(Math.round(mb)) };
}

export function StageSize({ bytes }: { readonly bytes: number | null }) {
  const { t } = useTranslation();
  if (bytes === null) return <span className="stage-size is-unknown" data-testid="stage-size" title={t('dense.sizeUnknownTitle')}>{t('dense.sizeUnknown')}</span>;
  const p = sizeParts(bytes);
  return (
    <span className="stage-size" data-testid="stage-size" data-bytes={bytes} title={t('dense.sizeTitle')}>
      {t('dense.size', { size: t(`dense.${p.unit}`, { value: p.value }) })}
    </span>
  );
}
