/**
 * Sizes the catalog cannot give, or gives for today's tags: every base image (the catalog's size shown, any overridable), the artifacts copied between stages
 * (seed 002's binary), the build context. Typed in MB; a bad value is shown as such and ignored.
 */
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ownValue } from '../../core/builder/index.ts';
import { artifactText, megabytes, parseMegabytes, type SizeDraft } from './model.ts';
import { COMPARE_IDS } from './testIds.ts';
import type { SizeDraftApi } from './useSizeDraft.ts';

const REASON = { notNumber: 'compare.sizesNotNumber', negative: 'compare.sizesNegative', tooLarge: 'compare.sizesTooLarge' } as const;

/** More artifacts than this are not listed (a generated 1,000-stage file has hundreds); they count as 0. */
const MAX_LISTED = 12;

function SizeField({ label, value, onChange, testId, data, placeholder, note }: {
  readonly label: ReactNode;
  readonly value: string;
  readonly onChange: (v: string) => void;
  readonly testId: string;
  readonly data?: string;
  /** What an empty field stands for (the catalog's size). */
  readonly placeholder?: string;
  /** A line under the label (where the default comes from). */
  readonly note?: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const parsed = parseMegabytes(value);
  const invalid = parsed.kind === 'invalid';
  return (
    <div className="cmp-size">
      <label htmlFor={id}>
        {label}
        {note !== undefined && <span className="cmp-size-note"> ({note})</span>}
      </label>
      <span className="cmp-size-input">
        <input
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          value={value}
          placeholder={placeholder ?? t('compare.sizesPlaceholder')}
          aria-invalid={invalid}
          aria-describedby={invalid ? `${id}-error` : undefined}
          data-testid={testId}
          data-key={data}
          onChange={(e) => onChange(e.target.value)}
        />
        <span aria-hidden="true">MB</span>
      </span>
      {invalid && (
        <span id={`${id}-error`} className="cmp-size-error">
          {t(REASON[parsed.reason])}
        </span>
      )}
    </div>
  );
}

export function SizeInputs({ images, artifacts, api }: {
  /** Every base image (each overridable), with the catalog's size or null. */
  readonly images: readonly { readonly ref: string; readonly catalogBytes: number | null }[];
  readonly artifacts: readonly string[];
  readonly api: SizeDraftApi;
}) {
  const { t } = useTranslation();
  const draft: SizeDraft = api.draft;
  const listed = artifacts.slice(0, MAX_LISTED);
  return (
    <fieldset className="cmp-sizes" data-testid={COMPARE_IDS.sizes}>
      <legend>{t('compare.sizesLegend')}</legend>
      <p className="cmp-footnote">{images.length > 0 ? t('classroom.imagesHint') : t('compare.sizesHint')}</p>
      {images.map(({ ref, catalogBytes }) => (
        <SizeField
          key={`i:${ref}`}
          label={<>{t('compare.sizesImage')} <code translate="no">{ref}</code></>}
          value={ownValue(draft.images, ref) ?? ''}
          onChange={(v) => api.setImage(ref, v)}
          testId={COMPARE_IDS.imageSize}
          data={ref}
          placeholder={catalogBytes === null ? undefined : megabytes(catalogBytes)}
          note={catalogBytes === null ? t('classroom.imageNotInCatalog') : t('classroom.imageCatalog', { size: `${megabytes(catalogBytes)} MB` })}
        />
      ))}
      {listed.map((path) => (
        <SizeField
          key={`a:${path}`}
          label={<>{t('compare.sizesArtifact')} <code translate="no">{path}</code></>}
          value={artifactText(draft, path)}
          onChange={(v) => api.setArtifact(path, v)}
          testId={COMPARE_IDS.artifactSize}
          data={path}
        />
      ))}
      {artifacts.length > listed.length && <p className="cmp-footnote">{t('compare.sizesMoreArtifacts', { count: artifacts.length - listed.length })}</p>}
      <SizeField label={t('compare.sizesContext')} value={draft.context} onChange={api.setContext} testId={COMPARE_IDS.contextSize} />
    </fieldset>
  );
}
