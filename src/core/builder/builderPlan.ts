/**
 * Multi-stage → builder pattern, step 1: what to build and extract, in which
 * order and under which names. Pure planning over an Analysis; rendering the
 * files is `toBuilderPattern.ts`.
 */
import type { Analysis, Stage } from '../model.ts';
import { note } from './notes.ts';
import { baseName, hasGlob, normalizePath, splitAtGlob } from './paths.ts';
import type { Note } from './types.ts';

export type ExtractSource = { readonly kind: 'stage'; readonly stage: number } | { readonly kind: 'image'; readonly ref: string };

/** One path taken out of a container with docker cp. */
export interface ExtractPath {
  /** Absolute path inside the image (for a wildcard, the folder before it). */
  readonly containerPath: string;
  /** Where it lands in the build context, relative, always inside EXTRACT_FOLDER (`stagecraft-extract/http-server`). */
  readonly local: string;
}

/** One temporary container: created from `image`, every path copied out, removed. */
export interface Extraction {
  readonly source: ExtractSource;
  readonly container: string;
  /** The image the container is created from: the stage's tag, or the external reference. */
  readonly image: string;
  readonly paths: readonly ExtractPath[];
  /** A placeholder command for images with no CMD/ENTRYPOINT (docker create refuses them otherwise). */
  readonly command: string | null;
}

export interface PlannedStage {
  readonly stage: Stage;
  /** Stage name used in file and tag (`builder`, `stage-0`). */
  readonly name: string;
  readonly file: string;
  readonly tag: string;
  readonly isFinal: boolean;
}

export type PlanStep = { readonly kind: 'build'; readonly stage: number } | { readonly kind: 'extract'; readonly extraction: Extraction };

export interface BuilderPlan {
  readonly project: string;
  /** Stages the target needs, by stage index. */
  readonly stages: ReadonlyMap<number, PlannedStage>;
  readonly steps: readonly PlanStep[];
  /** `source key|path as written in COPY` → how that copy source reads in the builder pattern. */
  readonly copySources: ReadonlyMap<string, string>;
  readonly notes: readonly Note[];
}

/**
 * The folder build.sh creates with `mkdir` (which stops the script when it already exists), copies
 * every extracted file into and removes at the end: nothing of the project's own is ever
 * overwritten, nested into (docker cp into an existing folder) or deleted.
 */
export const EXTRACT_FOLDER = 'stagecraft-extract';

export const sourceKey = (s: ExtractSource): string => (s.kind === 'stage' ? `stage:${s.stage}` : `image:${s.ref}`);

/** Stages the target needs, dependencies first (DFS post-order; file order among equals). */
export function buildOrder(a: Analysis): number[] {
  const target = a.target;
  if (target === null) return [];
  const deps = new Map<number, number[]>();
  for (const e of a.edges) {
    if (e.source.kind !== 'stage' || e.kind === 'onbuild') continue;
    deps.set(e.stage, [...(deps.get(e.stage) ?? []), e.source.stage]);
  }
  const order: number[] = [];
  const state = new Map<number, 'open' | 'done'>();
  const visit = (i: number): void => {
    if (state.has(i)) return;
    state.set(i, 'open');
    for (const d of [...new Set(deps.get(i) ?? [])].sort((x, y) => x - y)) visit(d);
    state.set(i, 'done');
    order.push(i);
  };
  visit(target);
  return order;
}

/** Plans the builder pattern for the analysis' target. `file` names the input in notes. */
export function planBuilderPattern(a: Analysis, project: string, file: string): BuilderPlan {
  const notes: Note[] = [];
  const order = buildOrder(a);
  const stages = new Map<number, PlannedStage>();
  const usedNames = new Set(['latest']);
  for (const i of order) {
    const st = a.stages[i]!;
    const isFinal = i === a.target;
    let name = st.name ?? `stage-${i}`;
    if (!isFinal) for (let k = 2; usedNames.has(name); k++) name = `${st.name ?? `stage-${i}`}-${k}`;
    usedNames.add(name);
    stages.set(i, { stage: st, name, isFinal, file: isFinal ? 'Dockerfile' : `Dockerfile.${name}`, tag: `${project}:${isFinal ? 'latest' : name}` });
  }

  // Every COPY --from of a needed stage: what to extract and where it lands.
  const copyEdges = a.edges.filter((e) => e.kind === 'copy' && stages.has(e.stage));
  // Names inside EXTRACT_FOLDER, which build.sh creates fresh: they cannot clash with the project's own files.
  const taken = new Set<string>();
  const extractions = new Map<string, { source: ExtractSource; container: string; paths: ExtractPath[] }>();
  const copySources = new Map<string, string>();
  const containers = new Set<string>();
  for (const e of copyEdges) {
    const source: ExtractSource = e.source.kind === 'stage' ? { kind: 'stage', stage: e.source.stage } : { kind: 'image', ref: e.source.ref };
    const key = sourceKey(source);
    let x = extractions.get(key);
    if (x === undefined) {
      let container = source.kind === 'stage' ? (stages.get(source.stage)?.name ?? `stage-${source.stage}`) : source.ref.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '') || 'image';
      for (let k = 2; containers.has(container); k++) container = `${container.replace(/-\d+$/, '')}-${k}`;
      containers.add(container);
      x = { source, container, paths: [] };
      extractions.set(key, x);
    }
    for (const written of e.paths?.sources ?? []) {
      if (written.includes('$')) notes.push(note('warning', 'CopyPathVariable', file, e.line, { path: written }));
      const abs = normalizePath(written.startsWith('/') ? written : `/${written}`);
      const { folder, rest } = splitAtGlob(abs);
      if (hasGlob(abs)) notes.push(note('info', 'WildcardExtractsFolder', file, e.line, { path: written, folder }));
      let got = x.paths.find((p) => p.containerPath === folder);
      if (got === undefined) {
        const base = baseName(folder) || `${x.container}-root`;
        let local = base;
        if (taken.has(local)) local = `${x.container}-${base}`;
        for (let k = 2; taken.has(local); k++) local = `${x.container}-${base}-${k}`;
        taken.add(local);
        got = { containerPath: folder, local: `${EXTRACT_FOLDER}/${local}` };
        x.paths.push(got);
      }
      copySources.set(`${key}|${written}`, rest === '' ? got.local : `${got.local}/${rest}`);
    }
  }

  // Build order, with each extraction right after its stage is built (images: just before first use).
  const steps: PlanStep[] = [];
  const done = new Set<string>();
  const extract = (key: string) => {
    const x = extractions.get(key);
    if (x === undefined || done.has(key)) return;
    done.add(key);
    const image = x.source.kind === 'stage' ? (stages.get(x.source.stage)?.tag ?? x.container) : x.source.ref;
    const command = x.source.kind === 'stage' && needsCommand(a, x.source.stage) ? 'noop' : null;
    if (command !== null && x.source.kind === 'stage') notes.push(note('info', 'CreateNeedsCommand', file, a.stages[x.source.stage]!.startLine, { stage: x.container, command }));
    steps.push({ kind: 'extract', extraction: { ...x, image, command } });
  };
  for (const i of order) {
    for (const e of copyEdges) if (e.stage === i && e.source.kind === 'image') extract(sourceKey(e.source));
    steps.push({ kind: 'build', stage: i });
    extract(`stage:${i}`);
  }
  return { project, stages, steps, copySources, notes };
}

/** True when a stage's image ends up with no CMD or ENTRYPOINT (a scratch chain without one). */
function needsCommand(a: Analysis, stage: number): boolean {
  for (let s: Stage | undefined = a.stages[stage], guard = 0; s !== undefined && guard < a.stages.length; guard++) {
    if (s.instructions.some((i) => i.keyword === 'cmd' || i.keyword === 'entrypoint')) return false;
    if (s.base.kind === 'scratch') return true;
    if (s.base.kind === 'image') return false;
    s = a.stages[s.base.stage];
  }
  return false;
}
