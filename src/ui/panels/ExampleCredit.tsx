/**
 * Where the loaded example comes from: a tutorial by its title (and link, where it has one), in the
 * reader's language; or a repository, path, commit and licence. Never a path of this repository.
 */
import { useTranslation } from 'react-i18next';
import { findExample } from '../examples/index.ts';
import { SEED_LINKS } from '../examples/seeds.ts';
import { isWelcome, WELCOME_EXAMPLE, WELCOME_TEXT } from '../state/firstVisit.ts';
import { useStore } from '../state/store.tsx';
import { TEST_IDS } from '../testIds.ts';

const SLOT = '\u0000';

export function ExampleCredit() {
  const { t } = useTranslation();
  const { example, files } = useStore();
  const ex = example ? findExample(example) : undefined;
  if (!ex) return null;
  // A first visit: one line saying what to do, until the example is edited or replaced.
  const welcome = isWelcome() && example === WELCOME_EXAMPLE && files.length === 1 && files[0]?.text === WELCOME_TEXT;
  if (ex.kind !== 'seed') {
    return (
      <p className="credit" data-testid={TEST_IDS.exampleCredit}>
        {t('example.source', { repo: ex.repo, path: ex.path, commit: ex.commit.slice(0, 12), license: ex.license })}
      </p>
    );
  }
  const title = t(`example.seedTitle${ex.seed}`);
  const url = SEED_LINKS[ex.seed];
  // The sentence around the title comes from the catalogue, so each language places it where it reads well.
  const [before = '', after = ''] = t('example.seed', { title: SLOT }).split(SLOT);
  return (
    <p className="credit" data-testid={TEST_IDS.exampleCredit}>
      {before}
      {url ? (
        <a href={url} target="_blank" rel="noreferrer">
          {title}
        </a>
      ) : (
        <cite>{title}</cite>
      )}
      {after}
      {welcome && (
        <span className="welcome-hint" data-testid="welcome-hint">
          {' '}
          {t('toolbar.firstVisit')}
        </span>
      )}
    </p>
  );
}
