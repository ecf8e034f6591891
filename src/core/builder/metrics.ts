/**
 * The comparison table: what each way costs (files, lines, docker commands,
 * temporary containers, tagged intermediate images, context uploads, artifacts
 * sent back to the daemon, clean-up steps) and what it makes (final layers,
 * estimated final image size against the build image's). Sizes come from the
 * engine's catalog; the caller passes sizes for images it lacks.
 */
import { analyze } from '../analyze/analyze.ts';
import { lookupImage } from '../catalog/lookup.ts';
import type { Analysis, AnalyzeOptions } from '../model.ts';
import { joinPath, normalizePath, pathBelow } from './paths.ts';
import { readScript } from './scriptReader.ts';
import { ownValue } from './records.ts';
import { runScript, type BuildRecord, type ScriptRun } from './scriptRun.ts';
import type { WorkspaceFile } from './types.ts';

export type MetricKey =
  | 'files' | 'lines' | 'dockerCommands' | 'temporaryContainers' | 'intermediateImages' | 'contextUploads'
  | 'reuploadedArtifacts' | 'reuploadedBytes' | 'cleanupSteps' | 'finalLayers' | 'finalImageBytes' | 'buildImageBytes';

export interface MetricRow {
  readonly key: MetricKey;
  readonly multistage: number | null;
  readonly builderPattern: number | null;
  readonly unit: 'count' | 'bytes';
  /** True for catalog-based estimates (label them as such). */
  readonly estimate: boolean;
}

export interface SizeInputs {
  /** Uncompressed bytes per image reference: for images the catalog lacks, or to override it. */
  readonly imageBytes?: Readonly<Record<string, number>>;
  /** Bytes of copied artifacts by path inside the image (`/go/src/.../http-server` → 7_496_000). */
  readonly artifactBytes?: Readonly<Record<string, number>>;
}

/** One base image the comparison sized: the catalog's figure and the one used (the caller's wins). */
export interface ImageSize {
  readonly ref: string;
  /** The catalog's uncompressed size, or null when the catalog does not know the image. */
  readonly catalogBytes: number | null;
  /** The size counted: the caller's override, else the catalog's, else null (unknown). */
  readonly bytes: number | null;
  readonly overridden: boolean;
}

export interface Comparison {
  readonly rows: readonly MetricRow[];
  /** Image references with no size (neither catalog nor caller): ask the user for them. */
  readonly unknownImages: readonly string[];
  /** Every base image looked up, in the order first needed (build stages first): each can be overridden. */
  readonly images: readonly ImageSize[];
  /**
   * The single-stage "fat image" the tutorials start from: the whole build in one image, so it
   * ships the build image and the artifacts it makes (an estimate; null when a size is unknown).
   */
  readonly fatImageBytes: number | null;
}

/** The size of an image: the caller's override, else the catalog's (rounded; null when neither knows it). */
export function sizeImage(ref: string, overrides?: Readonly<Record<string, number>>): ImageSize {
  const catalog = lookupImage(ref)?.sizeBytes ?? null;
  const own = ownValue(overrides, ref);
  const raw = own !== undefined && Number.isFinite(own) && own >= 0 ? own : catalog;
  return { ref, catalogBytes: catalog === null ? null : Math.round(catalog), bytes: raw === null ? null : Math.round(raw), overridden: raw !== catalog };
}

/**
 * The single-stage baseline: the build image plus the artifacts the final image copies from the
 * build (in one stage they are made there and stay). Unknown when the build image's size is.
 */
export function fatImageSize(buildImageBytes: number | null, artifactBytes: readonly number[]): number | null {
  return buildImageBytes === null ? null : artifactBytes.reduce((n, b) => n + b, buildImageBytes);
}

const lineCount = (text: string): number => text.split('\n').filter((l) => l.trim() !== '').length;

/** Compares one multi-stage Dockerfile with a builder-pattern workspace (script + its Dockerfiles). */
export function compareWays(
  multistage: WorkspaceFile, builder: { readonly files: readonly WorkspaceFile[]; readonly script?: string },
  options: AnalyzeOptions & SizeInputs = {},
): Comparison {
  const unknown = new Set<string>();
  const looked = new Map<string, ImageSize>();
  const imageBytes = (ref: string): number | null => {
    const size = looked.get(ref) ?? sizeImage(ref, options.imageBytes);
    looked.set(ref, size);
    if (size.bytes === null) unknown.add(ref);
    return size.bytes;
  };
  const art = (path: string): number => ownValue(options.artifactBytes, normalizePath(path)) ?? ownValue(options.artifactBytes, path) ?? 0;
  const a = analyze(multistage.text, options);
  const script = normalizePath(builder.script ?? 'build.sh');
  const read = readScript(builder.files.find((f) => normalizePath(f.name) === script)?.text ?? '', script);
  const run = runScript(read.events, builder.files, script);
  const docker = read.events.filter((e) => e.kind === 'docker');
  const count = (kind: string) => docker.filter((e) => e.kind === 'docker' && e.command.kind === kind).length;
  const used = new Set([script, ...run.builds.map((b) => b.dockerfile)]);
  const bFiles = builder.files.filter((f) => used.has(normalizePath(f.name)));
  const resent = run.builds.flatMap((b) => run.extracted.slice(0, b.extractedBefore).filter((x) => pathBelow(b.context, x.host) !== null));

  const ms = multistageSizes(a, imageBytes, art);
  const bp = builderSizes(run, imageBytes, art);
  const target = a.target === null ? undefined : a.stages[a.target];
  const final = run.builds[run.builds.length - 1];
  const msBuild = maxOf([...ms.entries()].filter(([i]) => i !== a.target && a.stages[i]?.reachable).map(([, v]) => v));
  const bpBuild = maxOf([...bp.bytes.entries()].filter(([i]) => i !== final?.index).map(([, v]) => v));
  const intoTarget = a.edges.filter((e) => e.stage === a.target && e.kind === 'copy').flatMap((e) => e.paths?.sources ?? []).map((p) => art(p.startsWith('/') ? p : `/${p}`));
  const fatImageBytes = msBuild !== null ? fatImageSize(msBuild, intoTarget) : fatImageSize(bpBuild, resent.map((x) => art(x.containerPath)));
  const row = (key: MetricKey, m: number | null, b: number | null, unit: 'count' | 'bytes' = 'count', estimate = false): MetricRow => ({ key, multistage: m, builderPattern: b, unit, estimate });
  const rows = [
    row('files', 1, bFiles.length),
    row('lines', lineCount(multistage.text), bFiles.reduce((n, f) => n + lineCount(f.text), 0)),
    row('dockerCommands', 1, docker.length),
    row('temporaryContainers', 0, count('create')),
    row('intermediateImages', 0, Math.max(0, run.builds.filter((b) => b.tags.length > 0).length - 1)),
    row('contextUploads', 1, run.builds.length),
    row('reuploadedArtifacts', 0, resent.length),
    row('reuploadedBytes', 0, resent.reduce((n, x) => n + art(x.containerPath), 0), 'bytes', true),
    row('cleanupSteps', 0, count('rm') + count('rmi') + read.events.filter((e) => e.kind === 'rm').length),
    row('finalLayers', target?.layerInfo.totalLayers ?? null, final ? (bp.layers.get(final.index) ?? null) : null),
    row('finalImageBytes', target ? ms.get(target.index) ?? null : null, final ? (bp.bytes.get(final.index) ?? null) : null, 'bytes', true),
    row('buildImageBytes', msBuild, bpBuild, 'bytes', true),
  ];
  return { rows, unknownImages: [...unknown], images: [...looked.values()], fatImageBytes };
}

function maxOf(values: readonly (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : Math.max(...known);
}

/** Estimated bytes per stage: base image (or stage) plus the artifacts COPY --from brings in. */
function multistageSizes(a: Analysis, imageBytes: (ref: string) => number | null, art: (p: string) => number): Map<number, number | null> {
  const out = new Map<number, number | null>();
  for (const s of a.stages) {
    if (!s.reachable) continue;
    const base = s.base.kind === 'scratch' ? 0 : s.base.kind === 'stage' ? (out.get(s.base.stage) ?? null) : imageBytes(s.base.ref);
    const copied = a.edges.filter((e) => e.stage === s.index && e.kind === 'copy').flatMap((e) => e.paths?.sources ?? []).reduce((n, p) => n + art(p.startsWith('/') ? p : `/${p}`), 0);
    out.set(s.index, base === null ? null : base + copied);
  }
  return out;
}

/** The same per docker build of the script: base image (or an image built above) plus extracted files it copies. */
function builderSizes(run: ScriptRun, imageBytes: (ref: string) => number | null, art: (p: string) => number) {
  const bytes = new Map<number, number | null>();
  const layers = new Map<number, number | null>();
  const builtFrom = (b: BuildRecord): number | null => {
    const img = b.source?.stage.image ?? '';
    for (let i = b.index - 1; i >= 0; i--) if (run.builds[i]!.tags.includes(img.includes(':') ? img : `${img}:latest`)) return i;
    return null;
  };
  for (const b of run.builds) {
    const st = b.source?.stage;
    if (st === undefined) { bytes.set(b.index, null); layers.set(b.index, null); continue; }
    const parent = builtFrom(b);
    const baseBytes = parent !== null ? (bytes.get(parent) ?? null) : st.base.kind === 'scratch' ? 0 : imageBytes(st.image);
    const sources = st.instructions.filter((i) => (i.keyword === 'copy' || i.keyword === 'add') && !i.flags.some((f) => f.name === 'from')).flatMap((i) => i.args.slice(0, -1)).map((s) => joinPath(b.context, s));
    const copied = run.extracted.slice(0, b.extractedBefore).filter((x) => sources.some((s) => pathBelow(x.host, s) !== null)).reduce((n, x) => n + art(x.containerPath), 0);
    bytes.set(b.index, baseBytes === null ? null : baseBytes + copied);
    const baseLayers = parent !== null ? (layers.get(parent) ?? null) : st.layerInfo.baseLayers;
    layers.set(b.index, baseLayers === null ? null : baseLayers + st.layerInfo.layers);
  }
  return { bytes, layers };
}
