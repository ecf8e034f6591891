/** Text size for the whole page (editor, graph, panels): smaller / current / larger, remembered per browser. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { setTextSize, stepTextSize, TEXT_SIZES, useTextSize } from '../state/textSize.ts';
import { useDispatch } from '../state/store.tsx';
import { percentFormat } from '../i18n/formatters.ts';

export function TextSizeControl() {
  const { t, i18n } = useTranslation();
  const size = useTextSize();
  const dispatch = useDispatch();
  // The panels scale through one CSS variable; the editor and the graph's fit read the size themselves.
  useEffect(() => {
    document.documentElement.style.setProperty('--text-scale', String(size));
    document.documentElement.style.setProperty('--chrome-scale', String(Math.min(size, 1.5)));
  }, [size]);
  const change = (by: 1 | -1): void => {
    setTextSize(stepTextSize(size, by));
    dispatch({ type: 'fitView' });
  };
  const percent = percentFormat(i18n.language).format(size);
  return (
    <div className="text-size" role="group" aria-label={t('toolbar.textSize')} data-testid="text-size" data-size={size}>
      <span className="text-size-label">{t('toolbar.textSize')}</span>
      <button type="button" data-testid="text-smaller" title={t('toolbar.textSmaller')} disabled={size === TEXT_SIZES[0]} onClick={() => change(-1)}>
        <span aria-hidden="true">A−</span>
        <span className="sr-only">{t('toolbar.textSmaller')}</span>
      </button>
      <output className="text-size-value" aria-live="polite">{percent}</output>
      <button type="button" data-testid="text-larger" title={t('toolbar.textLarger')} disabled={size === TEXT_SIZES[TEXT_SIZES.length - 1]} onClick={() => change(1)}>
        <span aria-hidden="true">A+</span>
        <span className="sr-only">{t('toolbar.textLarger')}</span>
      </button>
    </div>
  );
}
