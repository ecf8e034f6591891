/**
 * Layers and history entries per stage, as BuildKit writes the image
 * (convert.go commitToHistory; exporter normalizeLayersAndHistory):
 * RUN / COPY / ADD always add a layer (even an empty diff); WORKDIR adds one
 * unless its normalised path is `/`; FROM and ONBUILD add nothing; every other
 * instruction adds an empty-layer history entry. Inherited ONBUILD triggers
 * count in the child that runs them.
 */
import { lookupImage } from '../catalog/lookup.ts';
import type { BaseRef, Instruction, LayerInfo } from '../model.ts';

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
}

/** Counts what `instructions` (triggers first, then the stage's own, FROM excluded) add. */
export function countOwn(instructions: readonly Instruction[], startWorkdir: string): OwnLayers {
  let layers = 0;
  let history = 0;
  let workdir = startWorkdir;
  for (const ins of instructions) {
    if (LAYER.has(ins.keyword)) {
      layers++;
      history++;
    } else if (ins.keyword === 'workdir') {
      workdir = resolveWorkdir(workdir, ins.args[0] ?? '/');
      history++;
      if (workdir !== '/') layers++;
    } else if (EMPTY_HISTORY.has(ins.keyword)) {
      history++;
    }
  }
  return { layers, history, workdir };
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
