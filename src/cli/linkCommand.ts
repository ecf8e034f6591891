/**
 * `stagecraft link FILE... [--target NAME] [--build-arg K=V]... [--base-url URL]`
 * prints the permalink that opens these files in the page (same codec as the page);
 * `stagecraft link --decode URL` prints the workspace a link holds, as JSON.
 */
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { buildLink, decodeFragment, type Workspace } from '../core/share/index.ts';
import { BUILD_OPTIONS, parseBuildArgs, parseBuildContexts } from './options.ts';
import { readInput, UsageError, type CliIO } from './io.ts';

/** Where links point unless --base-url or STAGECRAFT_URL says otherwise: the dev server. */
export const DEFAULT_BASE_URL = 'http://localhost:5173/';

export async function linkCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      ...BUILD_OPTIONS,
      'base-url': { type: 'string' },
      decode: { type: 'string' },
    },
  });
  if (values.decode !== undefined) return decode(values.decode, io);
  if (positionals.length === 0) throw new UsageError('link needs at least one FILE');
  const files = [];
  // A workspace names files by base name only (as build.sh's -f and the page's tabs do):
  // two inputs with one base name cannot both be in a link, so say which and why.
  const seen = new Map<string, string>();
  for (const path of positionals) {
    const name = path === '-' ? 'Dockerfile' : basename(path);
    const first = seen.get(name);
    if (first !== undefined) {
      throw new UsageError(first === path ? `${path}: given twice` : `${first} and ${path} have the same name, ${name}: a link names files by their base name, so rename or copy one`);
    }
    seen.set(name, path);
    files.push({ name, text: await readInput(io, path) });
  }
  const buildArgs = parseBuildArgs(values['build-arg'] ?? []);
  if (Object.hasOwn(buildArgs, '__proto__')) {
    // The analysis takes any name, as BuildKit does; the link format refuses this one (core/share/names.ts).
    throw new UsageError('--build-arg __proto__: a link cannot carry this name (the page refuses it, so that no code copying build arguments can change an object\'s prototype); the analysis itself accepts it');
  }
  const ws: Workspace = {
    files, active: 0, target: values.target ?? null, buildArgs,
    direction: 'TB', selectedStage: null, view: 'graph',
    ...withContexts(parseBuildContexts(values['build-context'] ?? [])),
  };
  const base = values['base-url'] ?? process.env.STAGECRAFT_URL ?? DEFAULT_BASE_URL;
  try {
    io.out(`${buildLink(base, ws)}\n`);
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
  return 0;
}

function decode(url: string, io: CliIO): number {
  const hash = url.indexOf('#');
  const r = decodeFragment(hash >= 0 ? url.slice(hash) : url);
  if (!r.ok) throw new UsageError(`not a Stagecraft link (${r.error.kind})`);
  io.out(`${JSON.stringify(r.workspace, null, 2)}\n`);
  return 0;
}

/** The workspace field only when there are contexts (links without them stay as before). */
function withContexts(contexts: Record<string, string>): { buildContexts?: Record<string, string> } {
  return Object.keys(contexts).length > 0 ? { buildContexts: contexts } : {};
}
