/**
 * A simulated classic `docker build` log ("Step 1/8 : FROM golang:1.13", as the
 * seeds print them) for each way: the one multi-stage build, and the builder
 * pattern's whole build.sh run (echo lines, two builds, the container id
 * `docker create` prints, the name `docker rm` prints). Image ids are made up
 * but stable: the same base image gets the same id in both logs.
 */
import { analyze } from '../analyze/analyze.ts';
import type { Analysis, AnalyzeOptions } from '../model.ts';
import { normalizePath } from './paths.ts';
import { ownValue } from './records.ts';
import { readScript } from './scriptReader.ts';
import { runScript } from './scriptRun.ts';
import type { FileLine, WorkspaceFile } from './types.ts';

export interface LogLine {
  readonly text: string;
  /** The line that printed it (script or Dockerfile), when there is one. */
  readonly source?: FileLine;
}

export interface LogOptions {
  /** Size of the build context docker sends; unknown → the size is left out. */
  readonly contextBytes?: number;
  /** Bytes of extracted files by path inside the image: they are sent again with a later build's context. */
  readonly artifactBytes?: Readonly<Record<string, number>>;
}

/** docker's units.HumanSize: decimal units, 4 significant digits (`96.26kB`, `7.496MB`). */
export function humanSize(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB', 'PB'];
  let v = bytes;
  let u = 0;
  while (v >= 1000 && u < units.length - 1) { v /= 1000; u++; }
  return `${Number(v.toPrecision(4))}${units[u]}`;
}

/** A stable made-up id of `n` hex digits. */
export function fakeId(seed: string, n = 12): string {
  let out = '';
  for (let round = 0; out.length < n; round++) {
    let h = 0x811c9dc5 ^ round;
    for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193) >>> 0;
    out += h.toString(16).padStart(8, '0');
  }
  return out.slice(0, n);
}

/** Steps of one classic build of `analysis` up to its target, tagged `tags`. */
export function classicBuildLog(analysis: Analysis, file: string, tags: readonly string[], contextBytes?: number): LogLine[] {
  const out: LogLine[] = [{ text: `Sending build context to Docker daemon  ${contextBytes === undefined ? '(size unknown)' : humanSize(contextBytes)}` }];
  const all = analysis.parse.instructions;
  const target = analysis.target === null ? null : analysis.stages[analysis.target];
  if (target === undefined || target === null) return [...out, { text: 'ERROR: no stage to build' }];
  let id = '';
  const lastId = new Map<number, string>();
  let stage = -1;
  let step = 0;
  // The classic builder counts only what it dispatches: the meta ARGs and the stages up to the
  // target (builder/dockerfile/builder.go, dispatchDockerfileWithCancellation: totalCommands).
  const total = all.filter((ins) => ins.range.start.line <= target.endLine).length;
  for (const ins of all) {
    if (ins.range.start.line > target.endLine) break;
    step++;
    const at: FileLine = { file, line: ins.range.start.line };
    out.push({ text: `Step ${step}/${total} : ${ins.text.trim()}`, source: at });
    if (ins.keyword === 'from') {
      if (stage >= 0) lastId.set(stage, id);
      const st = analysis.stages.find((s) => s.startLine === ins.range.start.line);
      stage = st?.index ?? stage + 1;
      id = st?.base.kind === 'stage' ? (lastId.get(st.base.stage) ?? id) : fakeId(`image:${st?.image ?? ins.args[0] ?? ''}`);
      out.push({ text: ` ---> ${id}`, source: at });
      continue;
    }
    const next = fakeId(`${id}|${ins.text}`);
    if (ins.keyword !== 'copy' && ins.keyword !== 'add') {
      const container = fakeId(`run|${next}`);
      out.push({ text: ` ---> Running in ${container}`, source: at }, { text: `Removing intermediate container ${container}`, source: at });
    }
    id = next;
    out.push({ text: ` ---> ${id}`, source: at });
  }
  out.push({ text: `Successfully built ${id}` });
  for (const t of tags) out.push({ text: `Successfully tagged ${t}` });
  return out;
}

/** The log of the one multi-stage `docker build -t tag .`. */
export function multistageLog(text: string, options: AnalyzeOptions & LogOptions & { readonly tag?: string; readonly fileName?: string } = {}): LogLine[] {
  const analysis = analyze(text, options);
  return classicBuildLog(analysis, options.fileName ?? 'Dockerfile', [options.tag ?? 'app:latest'], options.contextBytes);
}

/** The log of running build.sh, command by command. */
export function builderPatternLog(files: readonly WorkspaceFile[], script = 'build.sh', options: LogOptions = {}): LogLine[] {
  const name = normalizePath(script);
  const read = readScript(files.find((f) => normalizePath(f.name) === name)?.text ?? '', name);
  const run = runScript(read.events, files, name);
  const out: LogLine[] = [];
  let build = 0;
  for (const ev of read.events) {
    const at: FileLine = { file: name, line: ev.line };
    if (ev.kind === 'echo') { out.push({ text: ev.message, source: at }); continue; }
    if (ev.kind === 'rm') continue;
    const c = ev.command;
    if (c.kind === 'build') {
      const b = run.builds[build++];
      if (b?.source == null) { out.push({ text: `unable to prepare context: unable to evaluate symlinks in Dockerfile path: ${b?.dockerfile ?? '?'}: no such file or directory`, source: at }); continue; }
      const resent = run.extracted.slice(0, b.extractedBefore).reduce((sum, x) => sum + (ownValue(options.artifactBytes, x.containerPath) ?? 0), 0);
      const bytes = options.contextBytes === undefined ? undefined : options.contextBytes + resent;
      const log = classicBuildLog(b.source.analysis, b.dockerfile, b.tags, bytes);
      out.push(...log.map((l) => ({ ...l, source: l.source ?? at })));
    } else if (c.kind === 'create') out.push({ text: fakeId(`container|${c.name ?? ev.line}`, 64), source: at });
    else if (c.kind === 'rm') for (const n of c.containers) out.push({ text: n, source: at });
  }
  return out;
}
