/** The local history: the last versions (any tab), newest first; choosing one restores it. */
import { useTranslation } from 'react-i18next';
import { loadRing } from './historyStore.ts';
import { Menu } from './Menu.tsx';

export function HistoryMenu({ tab, onRestore }: { readonly tab: string; readonly onRestore: (fragment: string) => void }) {
  const { t, i18n } = useTranslation();
  const fmt = new Intl.DateTimeFormat(i18n.language === 'zh' ? 'zh-CN' : 'en', { dateStyle: 'short', timeStyle: 'medium' });
  return (
    <Menu label={t('share.history')} testId="history">
      {(close) => {
        const ring = loadRing();
        if (ring.length === 0) return <p className="sc-menu-note">{t('share.historyEmpty')}</p>;
        return (
          <ol className="sc-history" data-testid="history-list">
            {ring.map((e) => {
              const time = fmt.format(e.at);
              const label = e.tab === tab ? e.label : `${e.label} (${t('share.historyOtherTab')})`;
              return (
                <li key={`${e.at}-${e.fragment.length}-${e.tab}`}>
                  <button
                    type="button"
                    data-testid="history-entry"
                    onClick={() => {
                      onRestore(e.fragment);
                      close();
                    }}
                  >
                    {t('share.historyRestore', { time, label })}
                  </button>
                </li>
              );
            })}
          </ol>
        );
      }}
    </Menu>
  );
}
