/**
 * What each way costs and makes, from the core's `compareWays`: one row per metric, builder
 * pattern then multi-stage (the sides' order). Estimates are labelled; unknown sizes say so.
 */
import { useTranslation } from 'react-i18next';
import type { MetricKey } from '../../core/builder/index.ts';
import type { Cell, Measured, PrintedRow, SideKind } from './model.ts';
import { COMPARE_IDS } from './testIds.ts';
import { numberFormat } from '../i18n/formatters.ts';

/** Every metric's label (a missing one is a compile error). */
const METRIC_LABEL: Readonly<Record<MetricKey, string>> = {
  files: 'compare.metricFiles',
  lines: 'compare.metricLines',
  dockerCommands: 'compare.metricDockerCommands',
  temporaryContainers: 'compare.metricTemporaryContainers',
  intermediateImages: 'compare.metricIntermediateImages',
  contextUploads: 'compare.metricContextUploads',
  reuploadedArtifacts: 'compare.metricReuploadedArtifacts',
  reuploadedBytes: 'compare.metricReuploadedBytes',
  cleanupSteps: 'compare.metricCleanupSteps',
  finalLayers: 'compare.metricFinalLayers',
  finalImageBytes: 'compare.metricFinalImageBytes',
  buildImageBytes: 'compare.metricBuildImageBytes',
};

export function useCellText(): (c: Cell, estimate: boolean) => string {
  const { t, i18n } = useTranslation();
  const numbers = numberFormat(i18n.language);
  return (c, estimate) => {
    switch (c.kind) {
      case 'unknown':
        return t('compare.unknown');
      case 'count':
        return numbers.format(c.value);
      case 'bytes': {
        // On screen a unit is a word: `15.7 MB` (the logs keep docker's own `15.7MB`).
        const size = c.text.replace(/(?<=\d)(?=[kMGTP]?B$)/, ' ');
        // Nothing is exactly nothing: only a non-zero size is an estimate.
        return estimate && c.value !== 0 ? t('compare.about', { size }) : size;
      }
    }
  };
}

function Row({ row, text }: { readonly row: PrintedRow; readonly text: (c: Cell, estimate: boolean) => string }) {
  const { t } = useTranslation();
  const cell = (side: SideKind) => (
    <td data-side={side} className={row.smaller === side ? 'is-smaller' : undefined}>
      {text(row[side], row.estimate)}
      {row.smaller === side && <span className="cmp-sr"> {t('compare.smaller')}</span>}
    </td>
  );
  return (
    <tr data-metric={row.key}>
      <th scope="row">
        {t(METRIC_LABEL[row.key])}
        {row.estimate && <span className="cmp-estimate"> {t('compare.estimate')}</span>}
      </th>
      {cell('builderPattern')}
      {cell('multistage')}
    </tr>
  );
}

export function MetricsTable({ measured }: { readonly measured: Measured }) {
  const { t } = useTranslation();
  const text = useCellText();
  const { finalImage, buildImage } = measured.headline;
  return (
    <section className="cmp-metrics" aria-labelledby="cmp-metrics-title">
      <h3 id="cmp-metrics-title">{t('compare.tableTitle')}</h3>
      <p className="cmp-headline" data-testid={COMPARE_IDS.headline}>
        {t('compare.headline', { final: text(finalImage, true), build: text(buildImage, true) })}
      </p>
      <table className="cmp-table" data-testid={COMPARE_IDS.table}>
        <caption className="cmp-sr">{t('compare.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('compare.metricColumn')}</th>
            <th scope="col">{t('compare.builderSide')}</th>
            <th scope="col">{t('compare.multistageSide')}</th>
          </tr>
        </thead>
        <tbody>
          {measured.rows.map((r) => (
            <Row key={r.key} row={r} text={text} />
          ))}
          {/* The baseline both ways improve on: one cell across both columns. */}
          <tr data-metric="fatImageBytes" className="cmp-baseline">
            <th scope="row">
              {t('classroom.fatRow')}
              <span className="cmp-estimate"> {t('compare.estimate')}</span>
              <span className="cmp-baseline-hint">{t('classroom.fatHint')}</span>
            </th>
            <td colSpan={2} data-side="baseline">{text(measured.fatImage, true)}</td>
          </tr>
        </tbody>
      </table>
      <p className="cmp-footnote">{t('compare.estimateNote')}</p>
    </section>
  );
}
