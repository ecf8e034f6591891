/**
 * Layers and history entries per stage, as BuildKit writes the image
 * (convert.go commitToHistory; exporter normalizeLayersAndHistory):
 * RUN / COPY / ADD always add a layer (even an empty diff); WORKDIR adds one
 * unless its path, expanded with the stage's ENV and ARG values and then
 * normalised (system.NormalizeWorkdir), is `/`; FROM and ONBUILD add nothing; every other
 * instruction adds an empty-layer history entry. Inherited ONBUILD triggers
 * count in the child that runs them.
 */
import { lookupImage } from '../catalog/lookup.ts';
import type { BaseRef, Instruction, LayerInfo } from '../model.ts';
import { processWord, type ShellOptions } from '../shell/index.ts';

const LAYER = new Set(['run', 'copy', 'add']);
const EMPTY_HISTORY = new Set([
  'env', 'label', 'maintainer', 'cmd', 'entrypoint', 'healthcheck', 'user', 'volume', 'stopsignal', 'shell', 'arg', 'expose',
]);

/** POSIX path.Clean of `p` resolved against `cwd`. */
export function resolveWorkdir(cwd: string, p: string): string {
  const joined = p.startsWith('/') ? p : `${cwd}/${p}`;
  const parts: string[] = [];
  for (const seg of joined.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return `/${parts.join('/')}`;
}

export interface OwnLayers {
  readonly layers: number;
  readonly history: number;
  /** WORKDIR at the end of the stage (for stages that build on it). */
  readonly workdir: string;
  /** ENV and ARG values at the end of the stage (a child stage starts from them). */
  readonly env: ReadonlyMap<string, string>;
}

/** What ENV / ARG / WORKDIR expansion sees (dispatch's getEnv(d.state); dispatchArg). */
export interface EnvScope {
  /** The env the stage starts with (its base stage's, or empty for an image). */
  readonly env: ReadonlyMap<string, string>;
  readonly buildArgs: Readonly<Record<string, string>>;
  /** Global (meta and builtin) args: `ARG X` without a default takes X's global value. */
  readonly globals: ReadonlyMap<string, string>;
  readonly shell: ShellOptions;
}

const NO_SCOPE: EnvScope = { env: new Map(), buildArgs: {}, globals: new Map(), shell: { escapeToken: '\\' } };

const expand = (word: string, env: ReadonlyMap<string, string>, shell: ShellOptions): string => {
  const r = processWord(word, env, shell);
  return r.ok ? r.result : word;
};

/** ENV k=v… (triples) and ARG k[=v]… change the env later instructions expand with. */
export function applyEnv(ins: Instruction, env: Map<string, string>, scope: EnvScope): void {
  if (ins.keyword === 'env') {
    const updates: [string, string][] = [];
    for (let i = 0; i + 1 < ins.args.length; i += 3) updates.push([ins.args[i] ?? '', expand(ins.args[i + 1] ?? '', env, scope.shell)]);
    for (const [k, v] of updates) env.set(k, v);
  } else if (ins.keyword === 'arg') {
    for (const word of ins.args) {
      const eq = word.indexOf('=');
      const key = eq < 0 ? word : word.slice(0, eq);
      const given = Object.prototype.hasOwnProperty.call(scope.buildArgs, key) ? scope.buildArgs[key] : undefined;
      if (given !== undefined) env.set(key, given);
      else if (eq >= 0) env.set(key, expand(word.slice(eq + 1), env, scope.shell));
      else if (scope.globals.has(key)) env.set(key, scope.globals.get(key) ?? '');
    }
  }
}

/** Counts what `instructions` (triggers first, then the stage's own, FROM excluded) add. */
export function countOwn(instructions: readonly Instruction[], startWorkdir: string, scope: EnvScope = NO_SCOPE): OwnLayers {
  let layers = 0;
  let history = 0;
  let workdir = startWorkdir;
  const env = new Map(scope.env);
  for (const ins of instructions) {
    applyEnv(ins, env, scope);
    if (LAYER.has(ins.keyword)) {
      layers++;
      history++;
    } else if (ins.keyword === 'workdir') {
      workdir = resolveWorkdir(workdir, expand(ins.args[0] ?? '/', env, scope.shell));
      history++;
      if (workdir !== '/') layers++;
    } else if (EMPTY_HISTORY.has(ins.keyword)) {
      history++;
    }
  }
  return { layers, history, workdir, env };
}

/** Layer info of one stage, given the layer info of the stages before it (a FROM never points forward). */
export function layerInfo(base: BaseRef, own: OwnLayers, earlier: readonly LayerInfo[]): LayerInfo {
  let baseLayers: number | null = null;
  let baseSizeBytes: number | null = null;
  if (base.kind === 'scratch') {
    baseLayers = 0;
    baseSizeBytes = 0;
  } else if (base.kind === 'stage') {
    const parent = earlier[base.stage];
    baseLayers = parent?.totalLayers ?? null;
    baseSizeBytes = parent?.baseSizeBytes ?? null;
  } else {
    const entry = lookupImage(base.ref);
    baseLayers = entry?.layers ?? null;
    baseSizeBytes = entry?.compressedBytes ?? null;
  }
  const totalLayers = baseLayers === null ? null : baseLayers + own.layers;
  return { layers: own.layers, history: own.history, baseLayers, totalLayers, baseSizeBytes };
}
