/** Where the loaded example comes from: tutorial seed, or repository, path, commit and licence. */
import { useTranslation } from 'react-i18next';
import { findExample } from '../examples/index.ts';
import { useStore } from '../state/store.tsx';
import { TEST_IDS } from '../testIds.ts';

export function ExampleCredit() {
  const { t } = useTranslation();
  const { example } = useStore();
  const ex = example ? findExample(example) : undefined;
  if (!ex) return null;
  return (
    <p className="credit" data-testid={TEST_IDS.exampleCredit}>
      {ex.kind === 'seed'
        ? t('example.seed', { seed: ex.seed })
        : t('example.source', { repo: ex.repo, path: ex.path, commit: ex.commit.slice(0, 12), license: ex.license })}
    </p>
  );
}
