/**
 * Builder pattern → multi-stage, step 1: follows build.sh's docker commands in
 * order, as the daemon would see them: which Dockerfile each build reads and
 * tags, which container comes from which image, which file `docker cp` puts
 * where, and what is cleaned up. Paths are workspace paths (relative, `/`).
 */
import { analyze } from '../analyze/analyze.ts';
import type { Analysis, Stage } from '../model.ts';
import type { BuildArgWord, DockerCommand } from './dockerCommands.ts';
import { note } from './notes.ts';
import { baseName, dirName, joinPath, normalizePath, pathBelow } from './paths.ts';
import { repairDockerfile } from './repairs.ts';
import type { ScriptEvent } from './scriptReader.ts';
import type { Note, WorkspaceFile } from './types.ts';

export interface BuildSource {
  /** The Dockerfile after repairs (what the stage is written from). */
  readonly text: string;
  readonly analysis: Analysis;
  /** The stage that docker build builds (its target). */
  readonly stage: Stage;
}

export interface BuildRecord {
  readonly index: number;
  readonly line: number;
  readonly text: string;
  readonly tags: readonly string[];
  readonly dockerfile: string;
  readonly context: string;
  readonly buildArgs: readonly BuildArgWord[];
  readonly passFlags: readonly string[];
  /** Null when the Dockerfile is not in the workspace. */
  readonly source: BuildSource | null;
  /** How many extractions happened before this build (they are in the context it sends). */
  readonly extractedBefore: number;
}

export type ContainerSource = { readonly kind: 'build'; readonly build: number } | { readonly kind: 'image'; readonly ref: string };

export interface Extracted {
  readonly host: string;
  readonly containerPath: string;
  readonly source: ContainerSource;
  readonly container: string;
  readonly line: number;
  readonly createLine: number;
}

export interface ScriptRun {
  readonly builds: readonly BuildRecord[];
  readonly extracted: readonly Extracted[];
  /** Lines of `docker rm` per container name. */
  readonly removals: ReadonlyMap<string, number>;
  /** Every named container `docker create` made, in order. */
  readonly creates: readonly { readonly name: string; readonly line: number }[];
  readonly notes: readonly Note[];
}

/** `repo` → `repo:latest`; anything else unchanged. */
export function normalizeTag(ref: string): string {
  const last = ref.slice(ref.lastIndexOf('/') + 1);
  return last.includes(':') || last.includes('@') ? ref : `${ref}:latest`;
}

/** Follows the events; `files` are workspace files, `script` the script's workspace path. */
export function runScript(events: readonly ScriptEvent[], files: readonly WorkspaceFile[], script: string): ScriptRun {
  const dir = dirName(script);
  const byName = new Map(files.map((f) => [normalizePath(f.name), f.text]));
  const notes: Note[] = [];
  const builds: BuildRecord[] = [];
  const tags = new Map<string, number>();
  const containers = new Map<string, { source: ContainerSource; line: number }>();
  const extracted: Extracted[] = [];
  const removals = new Map<string, number>();
  const creates: { name: string; line: number }[] = [];
  const say = (severity: 'error' | 'warning' | 'info', code: Parameters<typeof note>[1], line: number, params: Record<string, string | number> = {}) =>
    notes.push(note(severity, code, script, line, params));
  for (const ev of events) {
    const { line, text } = ev;
    if (ev.kind === 'echo') continue;
    if (ev.kind === 'rm') {
      // Ours when it removes an extracted file, something inside one, or a folder holding one.
      const ours = ev.paths.every((p) => extracted.some((x) => pathBelow(x.host, joinPath(dir, p)) !== null || pathBelow(joinPath(dir, p), x.host) !== null));
      if (ours && ev.paths.length > 0) say('info', 'ExtractedFileRemoved', line, { path: ev.paths.join(' ') });
      else say('warning', 'RemoveOther', line, { text, path: ev.paths.join(' ') });
      continue;
    }
    const c: DockerCommand = ev.command;
    const unknown = 'unknownFlags' in c ? c.unknownFlags : [];
    for (const flag of unknown) say('warning', 'UnknownDockerFlag', line, { flag, command: c.kind });
    switch (c.kind) {
      case 'build': {
        const context = joinPath(dir, c.context ?? '.');
        const dockerfile = c.file !== null ? joinPath(dir, c.file) : joinPath(context, 'Dockerfile');
        const raw = byName.get(dockerfile);
        let source: BuildSource | null = null;
        if (raw === undefined) say('error', 'DockerfileNotFound', line, { path: dockerfile });
        else {
          const repaired = repairDockerfile(raw, dockerfile);
          notes.push(...repaired.notes);
          const literalArgs = Object.fromEntries(c.buildArgs.filter((a) => a.value !== null && !a.value.includes('$')).map((a) => [a.name, a.value!]));
          const analysis = analyze(repaired.text, { target: c.target, buildArgs: literalArgs });
          const stage = analysis.target === null ? undefined : analysis.stages[analysis.target];
          if (stage !== undefined) source = { text: repaired.text, analysis, stage };
          else say('error', 'DockerfileNotFound', line, { path: dockerfile });
          if (analysis.stages.length > 1 && stage) say('warning', 'NestedMultistage', line, { path: dockerfile, count: analysis.stages.length, stage: stage.displayName });
        }
        const index = builds.length;
        const normTags = c.tags.map(normalizeTag);
        for (const t of normTags) {
          if (tags.has(t)) say('warning', 'TagRebuilt', line, { tag: t });
          tags.set(t, index);
        }
        builds.push({ index, line, text, tags: normTags, dockerfile, context, buildArgs: c.buildArgs, passFlags: c.passFlags, source, extractedBefore: extracted.length });
        break;
      }
      case 'create': {
        if (c.name === null || c.image === null) { say('warning', 'ContainerUnknown', line, { name: c.name ?? '(no --name)', text }); break; }
        const built = tags.get(normalizeTag(c.image));
        creates.push({ name: c.name, line });
        containers.set(c.name, { source: built !== undefined ? { kind: 'build', build: built } : { kind: 'image', ref: c.image }, line });
        break;
      }
      case 'cp': {
        if (c.src.kind !== 'container' || c.dest.kind !== 'local') { say('warning', 'CopyIntoContainer', line, { text }); break; }
        const from = containers.get(c.src.container);
        if (from === undefined) { say('error', 'ContainerUnknown', line, { name: c.src.container, text }); break; }
        const contents = /\/\.$/.test(c.src.path);
        const containerPath = normalizePath(`/${c.src.path}`);
        const destDir = c.dest.path === '.' || c.dest.path.endsWith('/') || c.dest.path.endsWith('/.');
        const host = destDir && !contents ? joinPath(joinPath(dir, c.dest.path), baseName(containerPath)) : joinPath(dir, c.dest.path);
        extracted.push({ host, containerPath, source: from.source, container: c.src.container, line, createLine: from.line });
        break;
      }
      case 'rm':
        // A container removed before it is created is a leftover from an earlier run: nothing to translate either way.
        for (const name of c.containers) {
          if (containers.has(name)) removals.set(name, line);
          say('info', 'ContainerRemoved', line, { name });
        }
        break;
      case 'rmi':
        for (const ref of c.images) {
          if (tags.has(normalizeTag(ref))) say('info', 'ImageRemoved', line, { ref });
          else say('warning', 'RemoveOther', line, { text, path: ref });
        }
        break;
      case 'run':
        say('warning', 'DockerRun', line, { text });
        break;
      case 'other':
        say('warning', 'OtherDockerCommand', line, { command: c.command || '(none)' });
        break;
    }
  }
  if (builds.length === 0) say('error', 'NoDockerBuild', 0);
  return { builds, extracted, removals, creates, notes };
}

/** Build index a reference resolves to when built before `before`, else null. */
export function builtBefore(run: ScriptRun, ref: string, before: number): number | null {
  const t = normalizeTag(ref);
  for (let i = before - 1; i >= 0; i--) if (run.builds[i]!.tags.includes(t)) return i;
  return null;
}
