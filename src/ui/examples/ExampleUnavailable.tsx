/**
 * The toolbar's word when an example could not be opened: which one, why (offline before its text
 * was saved in this browser, or the fetch failed), that the work in the editor is unchanged, and
 * Try again / Dismiss. An alert, so it is announced where the person just chose from the menu.
 * Chosen from the toolbar, it is drawn as the header's last row; from a built-in exercise, under it.
 */
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { dismissExampleFailure, useExampleFailure, type ExamplePlace } from './openExample.ts';
import './examples.css';

export function ExampleUnavailable({ place }: { readonly place: ExamplePlace }) {
  const { t } = useTranslation();
  const failure = useExampleFailure();
  if (failure === null || failure.place !== place) return null;
  const ex = failure.example;
  const name = ex.kind === 'seed' ? t(`example.${ex.id}`) : `${ex.repo}: ${ex.path}`;
  const box = (
    <div className="example-unavailable" role="alert" data-testid="example-unavailable" data-reason={failure.reason} key={failure.seq}>
      <p>
        {t(failure.reason === 'offline' ? 'polish.examples.offline' : 'polish.examples.failed', { name })}
      </p>
      <button type="button" data-testid="example-retry" onClick={failure.retry}>{t('polish.examples.retry')}</button>
      <button type="button" data-testid="example-dismiss" onClick={dismissExampleFailure}>{t('polish.examples.dismiss')}</button>
    </div>
  );
  // The toolbar keeps one row on a wide screen: the message takes a row of its own at the header's foot.
  const header = place === 'toolbar' ? document.querySelector('.app-header') : null;
  return header ? createPortal(box, header) : box;
}
