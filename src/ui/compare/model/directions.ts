/**
 * Which way the comparison converts, from what the workspace holds:
 * a build script that runs `docker build` → its builder pattern is the input (left as given, the
 * multi-stage Dockerfile is written); otherwise the graph's Dockerfile is the input (the builder
 * pattern is written). When both are there, both ways are offered and the script wins by default.
 */
import { referencedDockerfiles, type WorkspaceFile } from '../../../core/builder/index.ts';
import { normalizePath } from '../../../core/builder/paths.ts';

/** `toMultistage`: the workspace's builder pattern → one multi-stage Dockerfile; `toBuilderPattern`: the reverse. */
export type Way = 'toMultistage' | 'toBuilderPattern';

export interface Directions {
  /** The ways this workspace supports, builder → multi-stage first. Empty: nothing to compare. */
  readonly available: readonly Way[];
  /** The way shown when the person has not picked one. */
  readonly preferred: Way | null;
  /** The build script's workspace path (normalized), or null. */
  readonly script: string | null;
  /** Whether that script runs at least one docker build. */
  readonly scriptBuilds: boolean;
}

const isScript = (name: string): boolean => /\.sh$/i.test(name);
const buildsOf = (f: WorkspaceFile): readonly string[] => referencedDockerfiles(f.text, normalizePath(f.name));

/**
 * The build script: the first `*.sh` (build.sh first, then by name) that runs docker build;
 * else a `build.sh` that runs none (its notes say why nothing converts); else none.
 */
export function findScript(files: readonly WorkspaceFile[]): { readonly path: string; readonly builds: readonly string[] } | null {
  const scripts = files
    .filter((f) => isScript(f.name))
    .map((f) => ({ f, path: normalizePath(f.name) }))
    .sort((a, b) => (a.path === 'build.sh' ? -1 : b.path === 'build.sh' ? 1 : a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const s of scripts) {
    const builds = buildsOf(s.f);
    if (builds.length > 0) return { path: s.path, builds };
  }
  const plain = scripts.find((s) => s.path === 'build.sh');
  return plain ? { path: plain.path, builds: [] } : null;
}

export function chooseDirections(files: readonly WorkspaceFile[], dockerfile: string): Directions {
  const script = findScript(files);
  const df = normalizePath(dockerfile);
  // The graph's Dockerfile is a multi-stage input unless it is one of the script's own Dockerfiles.
  const multistage = files.some((f) => normalizePath(f.name) === df) && !(script?.builds.includes(df) ?? false);
  const available: Way[] = [];
  if (script) available.push('toMultistage');
  if (multistage) available.push('toBuilderPattern');
  const scriptBuilds = (script?.builds.length ?? 0) > 0;
  const preferred: Way | null = scriptBuilds ? 'toMultistage' : multistage ? 'toBuilderPattern' : script ? 'toMultistage' : null;
  return { available, preferred, script: script?.path ?? null, scriptBuilds };
}

/** The way to show: the one picked when it is available, else the preferred one. */
export function resolveWay(d: Directions, picked: Way | null): Way | null {
  return picked !== null && d.available.includes(picked) ? picked : d.preferred;
}
