/**
 * The two simulated classic `docker build` logs ("Step 1/8 : FROM golang:1.13", as the seeds print
 * them), collapsed until opened; the text is only rendered when open (a 1,000-stage log is long).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SideKind } from './model.ts';
import { COMPARE_IDS } from './testIds.ts';

function Log({ side, command, lines }: { readonly side: SideKind; readonly command: string; readonly lines: readonly string[] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <details className="cmp-log" data-testid={COMPARE_IDS.log} data-side={side} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        {side === 'builderPattern' ? t('compare.logBuilder') : t('compare.logMultistage')}{' '}
        <code translate="no">$ {command}</code>
      </summary>
      {open && (
        <pre tabIndex={0} aria-label={side === 'builderPattern' ? t('compare.logBuilder') : t('compare.logMultistage')}>
          <code translate="no">{lines.join('\n')}</code>
        </pre>
      )}
    </details>
  );
}

export function BuildLogs({ logs, commands }: {
  readonly logs: { readonly builderPattern: readonly string[]; readonly multistage: readonly string[] };
  readonly commands: { readonly builderPattern: string; readonly multistage: readonly string[] };
}) {
  const { t } = useTranslation();
  return (
    <section className="cmp-logs" aria-labelledby="cmp-logs-title">
      <h3 id="cmp-logs-title">{t('compare.logsTitle')}</h3>
      <p className="cmp-footnote">{t('compare.logsNote')}</p>
      <Log side="builderPattern" command={commands.builderPattern} lines={logs.builderPattern} />
      <Log side="multistage" command={commands.multistage[0] ?? 'docker build .'} lines={logs.multistage} />
    </section>
  );
}
