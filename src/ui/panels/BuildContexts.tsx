/**
 * Named build contexts (`docker buildx build --build-context NAME=VALUE`): add, see what each
 * replaces (a stage, or an image a FROM / COPY --from / mount names), remove. The graph follows
 * at once: a replaced stage loses its FROM edge and says what replaced it; a replaced image says so.
 */
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { contextKind, parseContextWord } from '../../core/analyze/contexts.ts';
import type { GraphModel } from '../../core/graph/types.ts';
import type { BuildContextKind } from '../../core/model.ts';
import { useDispatch, useStore } from '../state/store.tsx';
import { conjunctionFormat } from '../i18n/formatters.ts';

const KIND_KEY: Readonly<Record<BuildContextKind, string>> = {
  'docker-image': 'fidelity.ctxKindDockerImage', 'oci-layout': 'fidelity.ctxKindOciLayout', git: 'fidelity.ctxKindGit',
  url: 'fidelity.ctxKindUrl', target: 'fidelity.ctxKindTarget', local: 'fidelity.ctxKindLocal',
};

/** Context name → the stages and images it replaces, as the graph shows them. */
function replacements(graph: GraphModel | null): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (name: string, what: string) => out.set(name, [...(out.get(name) ?? []), what]);
  for (const n of graph?.nodes ?? []) {
    if (n.kind === 'stage' && n.replacedBy) add(n.replacedBy.name, n.label);
    if (n.kind === 'image' && n.context) add(n.context.name, n.ref);
  }
  return out;
}

/** Names a context could replace: named stages, then images. */
function candidates(graph: GraphModel | null): string[] {
  const names = new Set<string>();
  for (const n of graph?.nodes ?? []) if (n.kind === 'stage' && n.name !== null) names.add(n.name);
  for (const n of graph?.nodes ?? []) if (n.kind === 'image') names.add(n.ref);
  return [...names];
}

export function BuildContexts({ graph }: { readonly graph: GraphModel | null }) {
  const { t, i18n } = useTranslation();
  const { options } = useStore();
  const dispatch = useDispatch();
  const [name, setName] = useState('');
  const [value, setValue] = useState('');
  const [invalid, setInvalid] = useState(false);
  const contexts = Object.entries(options.buildContexts ?? {});
  const replaced = useMemo(() => replacements(graph), [graph]);
  const list = conjunctionFormat(i18n.language);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    // The name field holds only the name: "=" or a space in it is a mistake, not buildx's NAME=VALUE split.
    const c = /[\s=]/.test(name.trim()) ? null : parseContextWord(`${name.trim()}=${value.trim()}`);
    if (c === null) {
      setInvalid(true);
      return;
    }
    dispatch({ type: 'setBuildContext', name: c.name, value: c.value });
    setName('');
    setValue('');
    setInvalid(false);
  };
  return (
    <div className="build-contexts" data-testid="build-contexts">
      <p className="muted">{t('fidelity.ctxIntro')}</p>
      {contexts.length === 0 ? (
        <p className="muted">{t('fidelity.ctxNone')}</p>
      ) : (
        <ul className="build-args">
          {contexts.map(([n, v]) => {
            const what = replaced.get(n);
            return (
              <li key={n} data-testid="build-context" data-name={n}>
                <code translate="no">{n}={v}</code>
                <span className="muted">{t(KIND_KEY[contextKind(v)])}</span>
                <span className={what ? '' : 'muted'}>{what ? t('fidelity.ctxReplaces', { what: list.format(what) }) : t('fidelity.ctxReplacesNothing')}</span>
                <button type="button" onClick={() => dispatch({ type: 'setBuildContext', name: n, value: null })}>{t('fidelity.ctxRemove', { name: n })}</button>
              </li>
            );
          })}
        </ul>
      )}
      <form className="context-form" onSubmit={submit}>
        <label>
          {t('fidelity.ctxName')}
          <input data-testid="context-name" value={name} list="context-candidates" placeholder={t('fidelity.ctxNamePlaceholder')} spellCheck={false} onChange={(e) => setName(e.target.value)} />
        </label>
        <datalist id="context-candidates">
          {candidates(graph).map((c) => <option key={c} value={c} />)}
        </datalist>
        <label>
          {t('fidelity.ctxValue')}
          <input data-testid="context-value" value={value} placeholder={t('fidelity.ctxValuePlaceholder')} spellCheck={false} onChange={(e) => setValue(e.target.value)} />
        </label>
        <button type="submit" data-testid="context-add">{t('fidelity.ctxAdd')}</button>
        {invalid && <p className="muted" role="alert" data-testid="context-invalid">{t('fidelity.ctxInvalid')}</p>}
      </form>
    </div>
  );
}
