/** One rule explained for a learner: what it protects against, a bad and a good example, the fix, Docker's page. */
import { useTranslation } from 'react-i18next';
import { EXAMPLES } from '../../core/checks/examples.ts';
import { ruleByName } from '../../core/checks/index.ts';

export function Explanation({ rule }: { readonly rule: string }) {
  const { t } = useTranslation();
  const info = ruleByName(rule);
  const example = EXAMPLES[rule];
  return (
    <div className="check-explain" data-testid="check-explanation" data-rule={rule}>
      {info?.own && <p className="muted">{t('checks.ours')}</p>}
      <h3>{t('checks.why')}</h3>
      <p>{t(`checks.${rule}_why`)}</p>
      {example && (
        <div className="check-examples">
          <figure>
            <figcaption>{t('checks.bad')}</figcaption>
            <pre className="check-bad" translate="no">{example.bad}</pre>
          </figure>
          <figure>
            <figcaption>{t('checks.good')}</figcaption>
            <pre className="check-good" translate="no">{example.good}</pre>
          </figure>
        </div>
      )}
      <h3>{t('checks.fix')}</h3>
      <p>{t(`checks.${rule}_fix`)}</p>
      {info?.url && (
        <p>
          <a href={info.url} target="_blank" rel="noreferrer">{t('checks.docs', { rule })}</a>
        </p>
      )}
    </div>
  );
}
