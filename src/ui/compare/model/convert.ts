/**
 * One conversion, ready to show: the builder-pattern files (left) and the multi-stage Dockerfile
 * (right), whichever way was converted, with the core's links and notes. Pure; total: any files,
 * any text give a Conversion (what could not be converted is in `notes`).
 */
import {
  toBuilderPattern, toMultistage, referencedDockerfiles, splitBuildArgs,
  type Link, type Note, type WorkspaceFile,
} from '../../../core/builder/index.ts';
import { baseName, isImageName, normalizePath, shellQuote } from '../../../core/builder/paths.ts';
import type { Analysis } from '../../../core/model.ts';
import type { Way } from './directions.ts';
import type { GeneratedComments } from '../../../core/builder/comments.ts';

export type SideKind = 'builderPattern' | 'multistage';

/** One file of one side, split into lines as the core counts them (1-based, `\n`-separated). */
export interface PaneFile {
  /** Unique over both sides: `fileKey(side, path)`. */
  readonly key: string;
  readonly side: SideKind;
  /** As shown (the workspace's name, or the generated file's). */
  readonly name: string;
  /** Normalized: what the links name. */
  readonly path: string;
  readonly lines: readonly string[];
  /** A file of the workspace: a click on a line selects it in the editor. False for generated files. */
  readonly workspace: boolean;
}

export interface ConvertInput {
  readonly files: readonly WorkspaceFile[];
  /** The graph's Dockerfile (the input of `toBuilderPattern`). */
  readonly dockerfile: string;
  readonly way: Way;
  /** The build script (the input of `toMultistage`); `build.sh` when null. */
  readonly script: string | null;
  readonly target: string | null;
  readonly buildArgs: Readonly<Record<string, string>>;
  /** Image repository for the generated tags (`toBuilderPattern` only). */
  readonly project: string;
  /** The comments written into generated files (English when absent). */
  readonly comments?: GeneratedComments;
}

export interface Conversion {
  readonly way: Way;
  readonly builderPattern: readonly PaneFile[];
  readonly multistage: readonly PaneFile[];
  readonly links: readonly Link[];
  readonly notes: readonly Note[];
  /** The multi-stage Dockerfile, given or written (its name is the one the links use). */
  readonly multistageFile: WorkspaceFile;
  /** The builder-pattern workspace, given or written, and its script. */
  readonly builderFiles: readonly WorkspaceFile[];
  readonly script: string;
  /** What a person types to build each way. The multi-stage one may need extra builds (SeveralOutputs). */
  readonly commands: { readonly builderPattern: string; readonly multistage: readonly string[] };
  /** Paths (absolute, normalized) that a COPY --from takes from another stage or image: the artifacts. */
  readonly artifacts: readonly string[];
  /** Base image references of the multi-stage Dockerfile (for the size inputs). */
  readonly imageRefs: readonly string[];
  /** The final image's tag. */
  readonly finalTag: string;
  /** Options for analysing `multistageFile` (the store's what-ifs apply to the graph's Dockerfile only). */
  readonly analyzeOptions: { readonly target: string | null; readonly buildArgs: Readonly<Record<string, string>> };
  /** False when the input builds nothing (no stage, no docker build): there is nothing to measure, only notes. */
  readonly buildable: boolean;
}

export const fileKey = (side: SideKind, path: string): string => `${side}\n${path}`;

/** Lines as the core numbers them; a final newline does not open an empty last line; `\r` is dropped. */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  if (text.endsWith('\n')) lines.pop();
  return lines;
}

function pane(side: SideKind, f: WorkspaceFile, workspace: boolean): PaneFile {
  const path = normalizePath(f.name);
  return { key: fileKey(side, path), side, name: f.name, path, lines: splitLines(f.text), workspace };
}

/** `./build.sh`, `./scripts/build.sh`: how the seeds run their script. */
const runScript = (script: string): string => (script.startsWith('/') ? script : `./${script}`);

function artifactsOf(a: Analysis): { artifacts: string[]; imageRefs: string[] } {
  const artifacts = new Set<string>();
  for (const e of a.edges) {
    if (e.kind !== 'copy' || a.stages[e.stage]?.reachable !== true) continue;
    for (const s of e.paths?.sources ?? []) artifacts.add(normalizePath(s.startsWith('/') ? s : `/${s}`));
  }
  const imageRefs = new Set<string>();
  for (const s of a.stages) {
    if (s.base.kind !== 'image') continue;
    imageRefs.add(s.base.ref);
    imageRefs.add(s.image);
  }
  return { artifacts: [...artifacts], imageRefs: [...imageRefs] };
}

export function convert(input: ConvertInput): Conversion {
  return input.way === 'toMultistage' ? fromBuilderPattern(input) : fromMultistage(input);
}

/** Builder pattern as given (left) → the written multi-stage Dockerfile (right). */
function fromBuilderPattern(input: ConvertInput): Conversion {
  const script = normalizePath(input.script ?? 'build.sh');
  const byPath = new Map(input.files.map((f) => [normalizePath(f.name), f]));
  const scriptFile = byPath.get(script) ?? { name: script, text: '' };
  const r = toMultistage(input.files, { script, ...(input.comments ? { comments: input.comments } : {}) });
  const used = referencedDockerfiles(scriptFile.text, script).flatMap((p) => byPath.get(p) ?? []);
  const multistageFile: WorkspaceFile = { name: 'Dockerfile', text: r.dockerfile };
  const last = r.stages[r.stages.length - 1];
  return {
    way: 'toMultistage',
    builderPattern: [...used, scriptFile].map((f) => pane('builderPattern', f, byPath.has(normalizePath(f.name)))),
    multistage: [pane('multistage', multistageFile, false)],
    links: r.links,
    notes: r.notes,
    multistageFile,
    builderFiles: input.files,
    script,
    commands: { builderPattern: runScript(script), multistage: r.commands.length > 0 ? r.commands : ['docker build .'] },
    ...artifactsOf(r.analysis),
    finalTag: last?.tags[0] ?? 'app:latest',
    analyzeOptions: { target: null, buildArgs: {} },
    buildable: r.stages.length > 0,
  };
}

/** The graph's multi-stage Dockerfile (right) → the written builder pattern (left). */
function fromMultistage(input: ConvertInput): Conversion {
  const name = input.dockerfile;
  const file = input.files.find((f) => normalizePath(f.name) === normalizePath(name)) ?? { name, text: '' };
  const project = isImageName(input.project) ? input.project : 'app';
  const r = toBuilderPattern(file.text, { project: input.project, target: input.target, buildArgs: input.buildArgs, fileName: name, ...(input.comments ? { comments: input.comments } : {}) });
  const finalTag = `${project}:latest`;
  const words = ['docker', 'build'];
  if (input.target !== null) words.push('--target', shellQuote(input.target));
  // Only the build args an ARG declares, as build.sh does (the rest are a BuildArgUndeclared note).
  for (const [k, v] of Object.entries(splitBuildArgs(r.analysis, input.buildArgs).declared)) words.push('--build-arg', shellQuote(`${k}=${v}`));
  if (normalizePath(name) !== 'Dockerfile') words.push('-f', shellQuote(name));
  words.push('-t', finalTag, '.');
  return {
    way: 'toBuilderPattern',
    builderPattern: r.files.map((f) => pane('builderPattern', f, false)),
    multistage: [pane('multistage', file, true)],
    links: r.links,
    notes: r.notes,
    multistageFile: file,
    builderFiles: r.files,
    script: 'build.sh',
    commands: { builderPattern: runScript('build.sh'), multistage: [words.join(' ')] },
    ...artifactsOf(r.analysis),
    finalTag,
    analyzeOptions: { target: input.target, buildArgs: input.buildArgs },
    buildable: r.files.length > 0,
  };
}

/**
 * A sensible default image name: the file the last stage copies from another stage (seed 002:
 * `http-server`, so the tags read `http-server:builder` as in the seed), else `app`. A cheap
 * reading of the text (no analysis): it is only a default the person can change.
 */
export function defaultProject(dockerfileText: string): string {
  let found = '';
  for (const line of dockerfileText.split('\n')) {
    if (/^\s*from\s/i.test(line)) found = '';
    const m = /^\s*copy\s+(?:--\S+\s+)*?--from=\S+\s+(?:--\S+\s+)*([^\s[]\S*)/i.exec(line);
    if (m?.[1] && found === '') found = m[1];
  }
  const candidate = baseName(found).toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[._-]+|[._-]+$/g, '');
  return candidate !== '' && isImageName(candidate) ? candidate : 'app';
}
