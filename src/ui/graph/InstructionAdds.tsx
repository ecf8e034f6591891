/** The mark at the end of an instruction row: "+1 layer" or "metadata only" (WORKDIR says why it adds one). */
import { useTranslation } from 'react-i18next';
import type { InstructionLine } from '../../core/graph/types.ts';

export function InstructionAdds({ adds }: { readonly adds: NonNullable<InstructionLine['adds']> }) {
  const { t } = useTranslation();
  const label = adds === 'meta' ? t('node.addsMeta') : t('node.addsLayer');
  return (
    <span className={`ins-adds adds-${adds}`} translate="yes" title={adds === 'workdir' ? t('node.addsWorkdir') : undefined} data-adds={adds}>
      {label}
    </span>
  );
}
