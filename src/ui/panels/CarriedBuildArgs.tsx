/**
 * Build args the workspace carries that no global ARG shows above (a link may bring any, such as
 * HTTPS_PROXY): each listed with its value, marked when no ARG declares it at all (then no docker
 * build command written for the comparison passes it), and removable.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { argNamesOf } from '../../core/builder/declaredArgs.ts';
import type { MetaArg } from '../../core/model.ts';
import { parseDockerfile } from '../../core/parse/parse.ts';
import { useDispatch, useStore } from '../state/store.tsx';
import '../share/safety.css';

export function CarriedBuildArgs({ metaArgs }: { readonly metaArgs: readonly MetaArg[] }) {
  const { t } = useTranslation();
  const { options, text } = useStore();
  const dispatch = useDispatch();
  const shown = new Set(metaArgs.map((a) => a.name));
  const carried = Object.entries(options.buildArgs).filter(([name]) => !shown.has(name));
  // Parsed only when there is something to mark (usually nothing is carried).
  const declared = useMemo(() => (carried.length === 0 ? new Set<string>() : argNamesOf(parseDockerfile(text).instructions)), [carried.length, text]);
  if (carried.length === 0) return null;
  return (
    <section className="carried-args" data-testid="carried-args" aria-labelledby="carried-args-title">
      <h3 id="carried-args-title">{t('safety.argsCarried')}</h3>
      <ul className="build-args">
        {carried.map(([name, value]) => {
          const undeclared = !declared.has(name);
          return (
            <li key={name} data-testid="carried-arg" data-name={name} data-undeclared={undeclared}>
              <code translate="no">{name}={value}</code>{' '}
              <span className={undeclared ? 'file-warn' : 'muted'}>{undeclared ? t('safety.argsUndeclared') : t('safety.argsInStage')}</span>{' '}
              <button type="button" onClick={() => dispatch({ type: 'setBuildArg', name, value: null })}>{t('safety.argsRemove', { name })}</button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
