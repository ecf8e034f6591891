/**
 * The builder pattern as a picture: build.sh's pipeline as nodes and edges, read by the same
 * script reader the converters use (readScript → runScript). Each `docker build` is an image
 * node (its Dockerfile, what it starts FROM), each `docker create` a container node, each
 * `docker cp` an edge to a file on the host and on into the build whose COPY picks it up;
 * `docker rm` / `rm` / `docker rmi` mark clean-up. Pure: plain data and notes, never throws.
 */
import type { Instruction } from '../model.ts';
import { sortNotes } from './notes.ts';
import { dirName, joinPath, normalizePath, pathBelow } from './paths.ts';
import { readScript } from './scriptReader.ts';
import { builtBefore, normalizeTag, runScript, type BuildRecord } from './scriptRun.ts';
import type { Note, WorkspaceFile } from './types.ts';

export type PipelineNode =
  /** An image pulled from a registry: what a build starts FROM (or a container is created from). */
  | { readonly id: string; readonly kind: 'base'; readonly ref: string }
  | {
      readonly id: string;
      readonly kind: 'image';
      /** 0-based order of the `docker build` in the script. */
      readonly build: number;
      readonly tags: readonly string[];
      readonly dockerfile: string;
      /** FROM as written after ARG expansion; null when the Dockerfile is missing. */
      readonly from: string | null;
      /** Script line of the `docker build`. */
      readonly line: number;
      /** Script line of a `docker rmi` of one of its tags, or null. */
      readonly removedLine: number | null;
      /** True for the last build: the image the script delivers. */
      readonly final: boolean;
    }
  | { readonly id: string; readonly kind: 'container'; readonly name: string; readonly image: string; readonly line: number; readonly removedLine: number | null }
  | { readonly id: string; readonly kind: 'host'; readonly path: string; readonly line: number; readonly removedLine: number | null };

export type PipelineEdgeKind = 'from' | 'create' | 'cp' | 'copy' | 'copyFrom';

export interface PipelineEdge {
  readonly id: string;
  readonly kind: PipelineEdgeKind;
  readonly source: string;
  readonly target: string;
  /** What the edge carries: a path inside the container (cp), the COPY line (copy), the FROM text. */
  readonly label: string;
  /** Where it is written: a script line, or a Dockerfile line (copy, copyFrom, from). */
  readonly file: string;
  readonly line: number;
}

/** A clean-up step of the script, in order. */
export interface PipelineCleanup {
  readonly line: number;
  readonly kind: 'container' | 'host' | 'image';
  readonly what: string;
}

export interface Pipeline {
  readonly script: string;
  readonly nodes: readonly PipelineNode[];
  readonly edges: readonly PipelineEdge[];
  readonly cleanup: readonly PipelineCleanup[];
  /** Everything the reader did not draw, or found wrong (same notes as the converter's). */
  readonly notes: readonly Note[];
}

const ARCHIVE = /\.(tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|tar\.zst)$/i;

/** build.sh's pipeline; `script` is its workspace path (default `build.sh`). */
export function builderPipeline(files: readonly WorkspaceFile[], script = 'build.sh'): Pipeline {
  const path = normalizePath(script);
  const text = files.find((f) => normalizePath(f.name) === path)?.text ?? '';
  const read = readScript(text, path);
  const run = runScript(read.events, files, path);
  const nodes: PipelineNode[] = [];
  const edges: PipelineEdge[] = [];
  const cleanup: PipelineCleanup[] = [];
  const ids = new Set<string>();
  const add = (n: PipelineNode): void => { if (!ids.has(n.id)) { ids.add(n.id); nodes.push(n); } };
  const edge = (e: Omit<PipelineEdge, 'id'>): void => { edges.push({ ...e, id: `${e.kind}:${e.source}>${e.target}:${edges.length}` }); };
  const last = run.builds.length - 1;

  // Clean-up, from the notes the run already writes (one line may remove several things).
  const removedImage = new Map<string, number>();
  const removedHost: { path: string; line: number }[] = [];
  for (const n of run.notes) {
    if (n.code === 'ImageRemoved') { removedImage.set(normalizeTag(String(n.params.ref)), n.line); cleanup.push({ line: n.line, kind: 'image', what: String(n.params.ref) }); }
    if (n.code === 'ContainerRemoved' && run.creates.some((c) => c.name === n.params.name && c.line < n.line)) cleanup.push({ line: n.line, kind: 'container', what: String(n.params.name) });
  }
  for (const ev of read.events) {
    if (ev.kind !== 'rm') continue;
    const hits = ev.paths.map((p) => joinPath(dirName(path), p)).filter((p) => run.extracted.some((x) => pathBelow(p, x.host) !== null));
    for (const p of hits) { removedHost.push({ path: p, line: ev.line }); cleanup.push({ line: ev.line, kind: 'host', what: p }); }
  }
  cleanup.sort((a, b) => a.line - b.line);

  const imageId = (b: number): string => `image:${b}`;
  for (const b of run.builds) {
    const from = b.source?.stage.image ?? null;
    add({
      id: imageId(b.index), kind: 'image', build: b.index, tags: b.tags, dockerfile: b.dockerfile, from, line: b.line, final: b.index === last,
      removedLine: b.tags.map((t) => removedImage.get(t)).find((l) => l !== undefined && l > b.line) ?? null,
    });
    if (b.source === null || from === null) continue;
    const fromAt = b.source.stage.startLine;
    const stage = b.source.stage;
    if (stage.base.kind === 'scratch') continue;
    const built = builtBefore(run, from, b.index);
    if (built !== null) edge({ kind: 'from', source: imageId(built), target: imageId(b.index), label: `FROM ${from}`, file: b.dockerfile, line: fromAt });
    else if (stage.base.kind === 'image') {
      add({ id: `base:${from}`, kind: 'base', ref: from });
      edge({ kind: 'from', source: `base:${from}`, target: imageId(b.index), label: `FROM ${from}`, file: b.dockerfile, line: fromAt });
    }
    for (const ins of stage.instructions) copyFromEdges(ins, b, run, edge, add);
  }

  const containerIds = new Map<string, string>();
  run.creates.forEach((c, k) => {
    const id = `container:${k}`;
    containerIds.set(`${c.name}@${c.line}`, id);
    const ev = read.events.find((e) => e.kind === 'docker' && e.command.kind === 'create' && e.line === c.line);
    const image = ev?.kind === 'docker' && ev.command.kind === 'create' ? (ev.command.image ?? '') : '';
    const built = run.builds.filter((b) => b.line < c.line && b.tags.includes(normalizeTag(image))).at(-1);
    const source = image === '' ? undefined : built !== undefined ? { kind: 'build' as const, build: built.index } : { kind: 'image' as const, ref: image };
    const removed = [...run.removals].find(([name, line]) => name === c.name && line > c.line)?.[1] ?? null;
    add({ id, kind: 'container', name: c.name, image, line: c.line, removedLine: removed });
    if (source?.kind === 'build') edge({ kind: 'create', source: imageId(source.build), target: id, label: 'docker create', file: path, line: c.line });
    else if (source?.kind === 'image') {
      add({ id: `base:${source.ref}`, kind: 'base', ref: source.ref });
      edge({ kind: 'create', source: `base:${source.ref}`, target: id, label: 'docker create', file: path, line: c.line });
    }
  });

  run.extracted.forEach((x, k) => {
    const id = `host:${k}`;
    const removed = removedHost.find((r) => r.line > x.line && (pathBelow(r.path, x.host) !== null))?.line ?? null;
    add({ id, kind: 'host', path: x.host, line: x.line, removedLine: removed });
    const container = containerIds.get(`${x.container}@${x.createLine}`);
    if (container) edge({ kind: 'cp', source: container, target: id, label: x.containerPath, file: path, line: x.line });
  });

  // Which COPY of a later build picks each extracted file up: the converter's rule (stageRewrite.ts),
  // the latest extraction at or above the COPY source, made before that build.
  for (const b of run.builds) {
    if (b.source === null) continue;
    const before = run.extracted.slice(0, b.extractedBefore);
    for (const ins of b.source.stage.instructions) {
      if ((ins.keyword !== 'copy' && ins.keyword !== 'add') || ins.flags.some((f) => f.name === 'from') || ins.args.length < 2) continue;
      for (const src of ins.args.slice(0, -1)) {
        if (ins.keyword === 'add' && ARCHIVE.test(src)) continue;
        const host = joinPath(b.context, src);
        const x = [...before].reverse().find((e) => pathBelow(e.host, host) !== null);
        if (x === undefined) continue;
        edge({ kind: 'copy', source: `host:${run.extracted.indexOf(x)}`, target: imageId(b.index), label: ins.text, file: b.dockerfile, line: ins.range.start.line });
      }
    }
  }
  return { script: path, nodes, edges, cleanup, notes: sortNotes([...read.notes, ...run.notes]) };
}

/** `COPY --from=<a tag built earlier>`: an image-to-image edge. */
function copyFromEdges(
  ins: Instruction, b: BuildRecord, run: ReturnType<typeof runScript>,
  edge: (e: Omit<PipelineEdge, 'id'>) => void, add: (n: PipelineNode) => void,
): void {
  const from = ins.keyword === 'copy' ? ins.flags.find((f) => f.name === 'from')?.value : undefined;
  // A stage of the same Dockerfile (or a stage number) is not part of the script's pipeline.
  if (!from || /^\d+$/.test(from) || b.source?.analysis.stages.some((s) => s.name === from.toLowerCase())) return;
  const built = builtBefore(run, from, b.index);
  const source = built !== null ? `image:${built}` : `base:${from}`;
  if (built === null) add({ id: source, kind: 'base', ref: from });
  edge({ kind: 'copyFrom', source, target: `image:${b.index}`, label: ins.text, file: b.dockerfile, line: ins.range.start.line });
}
