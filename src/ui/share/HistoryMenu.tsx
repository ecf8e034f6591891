/**
 * The local history: the last versions (any tab), newest first; choosing one restores it. Large
 * versions (./largeVersions.ts, kept in IndexedDB) are listed among them with their size.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workspace } from '../../core/share/index.ts';
import type { HistoryEntry } from './history.ts';
import { loadRing } from './historyStore.ts';
import { largeStore } from './largeStore.ts';
import { formatSize, listLarge, type LargeVersion } from './largeVersions.ts';
import { Menu } from './Menu.tsx';

type Row = { readonly kind: 'ring'; readonly e: HistoryEntry } | { readonly kind: 'large'; readonly e: LargeVersion };

interface Props {
  readonly tab: string;
  readonly onRestore: (fragment: string) => void;
  readonly onRestoreLarge: (ws: Workspace) => void;
}

function HistoryList({ tab, onRestore, onRestoreLarge, close }: Props & { readonly close: () => void }) {
  const { t, i18n } = useTranslation();
  const [large, setLarge] = useState<LargeVersion[] | null>(null);
  useEffect(() => {
    let live = true;
    void listLarge(largeStore()).then((l) => { if (live) setLarge(l); });
    return () => { live = false; };
  }, []);
  const list = useRef<HTMLOListElement>(null);
  const ring = loadRing();
  // The menu focuses its first item on open; when only large versions (read later) are listed, they take it.
  const onlyLarge = ring.length === 0 && (large?.length ?? 0) > 0;
  useEffect(() => {
    if (onlyLarge) list.current?.querySelector('button')?.focus();
  }, [onlyLarge]);
  const fmt = new Intl.DateTimeFormat(i18n.language === 'zh' ? 'zh-CN' : 'en', { dateStyle: 'short', timeStyle: 'medium' });
  const rows: Row[] = [...ring.map((e): Row => ({ kind: 'ring', e })), ...(large ?? []).map((e): Row => ({ kind: 'large', e }))]
    .sort((a, b) => b.e.at - a.e.at);
  if (rows.length === 0) return large === null ? null : <p className="sc-menu-note">{t('share.historyEmpty')}</p>;
  return (
    <ol className="sc-history" data-testid="history-list" ref={list}>
      {rows.map((r) => {
        const time = fmt.format(r.e.at);
        const label = r.e.tab === tab ? r.e.label : `${r.e.label} (${t('share.historyOtherTab')})`;
        const text = r.kind === 'ring'
          ? t('share.historyRestore', { time, label })
          : t('safety.historyLarge', { time, label, size: formatSize(r.e.chars, i18n.language) });
        return (
          <li key={r.kind === 'ring' ? `${r.e.at}-${r.e.fragment.length}-${r.e.tab}` : r.e.id}>
            <button
              type="button"
              data-testid="history-entry"
              data-large={r.kind === 'large' ? 'true' : undefined}
              onClick={() => {
                if (r.kind === 'ring') onRestore(r.e.fragment);
                else onRestoreLarge(r.e.workspace);
                close();
              }}
            >
              {text}
            </button>
          </li>
        );
      })}
    </ol>
  );
}

export function HistoryMenu(props: Props) {
  const { t } = useTranslation();
  return (
    <Menu label={t('share.history')} testId="history">
      {(close) => <HistoryList {...props} close={close} />}
    </Menu>
  );
}
