/**
 * The global ARGs (before the first FROM) with their defaults. Editing a value is a
 * `--build-arg` override: the FROM lines are re-evaluated at once (`FROM app-${VARIANT}`).
 */
import { useTranslation } from 'react-i18next';
import type { MetaArg } from '../../core/model.ts';
import { useDispatch, useStore } from '../state/store.tsx';
import { TEST_IDS } from '../testIds.ts';
import { CarriedBuildArgs } from './CarriedBuildArgs.tsx';

export function BuildArgs({ metaArgs }: { readonly metaArgs: readonly MetaArg[] }) {
  const { t } = useTranslation();
  const { options } = useStore();
  const dispatch = useDispatch();
  if (metaArgs.length === 0) return <><p className="muted">{t('args.empty')}</p><CarriedBuildArgs metaArgs={metaArgs} /></>;
  return (
    <>
    <ul className="build-args" data-testid={TEST_IDS.buildArgs}>
      {metaArgs.map((a) => {
        const id = `arg-${a.name}`;
        const override = options.buildArgs[a.name];
        return (
          <li key={`${a.name}-${a.line}`}>
            <label htmlFor={id} translate="no" title={a.description}>{a.name}</label>
            <input
              id={id}
              data-testid={TEST_IDS.buildArg}
              data-name={a.name}
              value={override ?? ''}
              placeholder={a.defaultValue ?? ''}
              spellCheck={false}
              aria-describedby={`${id}-default`}
              onChange={(e) => dispatch({ type: 'setBuildArg', name: a.name, value: e.target.value === '' ? null : e.target.value })}
            />
            <span id={`${id}-default`} className="muted">
              {a.defaultValue === null ? t('args.noDefault') : t('args.defaultValue', { value: a.defaultValue })}
              {a.description && <span className="arg-description" data-testid="arg-description" data-user> · {a.description}</span>}
            </span>
            {override !== undefined && (
              <button type="button" onClick={() => dispatch({ type: 'setBuildArg', name: a.name, value: null })}>
                {t('args.reset', { name: a.name })}
              </button>
            )}
          </li>
        );
      })}
    </ul>
    <CarriedBuildArgs metaArgs={metaArgs} />
    </>
  );
}
