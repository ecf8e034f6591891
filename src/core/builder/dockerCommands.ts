/**
 * Recognizes the docker commands of a builder-pattern script from their words:
 * build / create / cp / rm / rmi (old and `docker container|image …` spellings),
 * with the flags those scripts use. Knows nothing about the script around them.
 */

export interface BuildArgWord {
  readonly name: string;
  /** The value as written (may hold `$VAR`), or null for a bare `--build-arg NAME`. */
  readonly value: string | null;
}

export type DockerCommand =
  | {
      readonly kind: 'build';
      readonly tags: readonly string[];
      readonly file: string | null;
      readonly context: string | null;
      readonly buildArgs: readonly BuildArgWord[];
      readonly target: string | null;
      /** Flags that apply to a whole build, as written (`--no-cache`, `--platform=linux/amd64`). */
      readonly passFlags: readonly string[];
      readonly unknownFlags: readonly string[];
    }
  | { readonly kind: 'create'; readonly name: string | null; readonly image: string | null; readonly unknownFlags: readonly string[] }
  | { readonly kind: 'cp'; readonly src: CpPath; readonly dest: CpPath; readonly unknownFlags: readonly string[] }
  | { readonly kind: 'rm'; readonly containers: readonly string[]; readonly unknownFlags: readonly string[] }
  | { readonly kind: 'rmi'; readonly images: readonly string[]; readonly unknownFlags: readonly string[] }
  | { readonly kind: 'run'; readonly image: string | null }
  | { readonly kind: 'other'; readonly command: string };

/** A `docker cp` operand: `container:path` or a local path. */
export type CpPath = { readonly kind: 'container'; readonly container: string; readonly path: string } | { readonly kind: 'local'; readonly path: string };

interface FlagSpec {
  /** Flags that take a value, every spelling (`-t`, `--tag`). */
  readonly value: ReadonlySet<string>;
  readonly bool: ReadonlySet<string>;
}

const BUILD: FlagSpec = {
  value: new Set(['-t', '--tag', '-f', '--file', '--build-arg', '--target', '--platform', '--network', '--label', '--add-host', '--cache-from', '--cache-to', '--iidfile', '--isolation', '-m', '--memory', '--shm-size', '--ulimit', '--secret', '--ssh', '-o', '--output', '--progress', '--build-context', '--cpu-shares', '--cgroup-parent']),
  bool: new Set(['--no-cache', '--pull', '-q', '--quiet', '--rm', '--force-rm', '--compress', '--squash', '--load', '--push']),
};
/** Build flags that change the result or the way it is fetched: they go on the multi-stage command too. */
const PASS = new Set(['--no-cache', '--pull', '--platform', '--network', '--label', '--add-host', '--cache-from', '--secret', '--ssh', '--squash']);
const CREATE: FlagSpec = {
  value: new Set(['--name', '-e', '--env', '--env-file', '-v', '--volume', '--entrypoint', '-w', '--workdir', '-u', '--user', '--platform', '-l', '--label', '--network', '--mount', '-p', '--publish', '-h', '--hostname']),
  bool: new Set(['--rm', '-i', '--interactive', '-t', '--tty', '--init', '--privileged', '--read-only']),
};
const CP: FlagSpec = { value: new Set(), bool: new Set(['-a', '--archive', '-L', '--follow-link', '-q', '--quiet']) };
const RM: FlagSpec = { value: new Set(), bool: new Set(['-f', '--force', '-v', '--volumes', '-l', '--link']) };
const RMI: FlagSpec = { value: new Set(), bool: new Set(['-f', '--force', '--no-prune']) };

interface ParsedFlags {
  /** Value flags in the order written. */
  readonly values: readonly { readonly name: string; readonly value: string }[];
  readonly bools: readonly string[];
  readonly positionals: readonly string[];
  readonly unknown: readonly string[];
  /** Every known flag as written, value attached, in order. */
  readonly written: readonly { readonly name: string; readonly text: string }[];
}

/** Reads flags up to the first positional that ends them (`stopAt`), or through all words. */
function parseFlags(words: readonly string[], spec: FlagSpec, stopAtPositional = Infinity): ParsedFlags {
  const values: { name: string; value: string }[] = [];
  const bools: string[] = [];
  const positionals: string[] = [];
  const unknown: string[] = [];
  const written: { name: string; text: string }[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (positionals.length >= stopAtPositional || w === '-' || !w.startsWith('-')) { positionals.push(w); continue; }
    if (w === '--') { positionals.push(...words.slice(i + 1)); break; }
    const eq = w.indexOf('=');
    const name = eq > 0 ? w.slice(0, eq) : w;
    if (spec.value.has(name)) {
      const v = eq > 0 ? w.slice(eq + 1) : words[++i];
      if (v === undefined) { unknown.push(w); continue; }
      values.push({ name, value: v });
      written.push({ name, text: eq > 0 ? w : `${w} ${v}` });
    } else if (spec.bool.has(name)) {
      bools.push(name);
      written.push({ name, text: w });
    } else if (!w.startsWith('--') && w.length > 2 && spec.value.has(w.slice(0, 2))) {
      // `-tname`: a short value flag with its value attached.
      const short = w.slice(0, 2);
      values.push({ name: short, value: w.slice(2) });
      written.push({ name: short, text: w });
    } else unknown.push(w);
  }
  return { values, bools, positionals, unknown, written };
}

const all = (f: ParsedFlags, ...names: string[]): string[] => f.values.filter((v) => names.includes(v.name)).map((v) => v.value);
const lastOf = (f: ParsedFlags, ...names: string[]): string | null => all(f, ...names).at(-1) ?? null;

/** The docker command `words` run, or null when the first word is not docker. */
export function recognizeDocker(words: readonly string[]): DockerCommand | null {
  const exe = words[0];
  if (exe === undefined || !/(^|\/)docker$/.test(exe)) return null;
  const [a = '', b = ''] = words.slice(1);
  const group = a === 'container' || a === 'image' || a === 'buildx' || a === 'builder';
  const sub = group ? `${a} ${b}` : a;
  const rest = words.slice(group ? 3 : 2);
  switch (sub) {
    case 'build': case 'image build': case 'buildx build': case 'builder build': return build(rest);
    case 'create': case 'container create': {
      const f = parseFlags(rest, CREATE, 1);
      return { kind: 'create', name: lastOf(f, '--name'), image: f.positionals[0] ?? null, unknownFlags: f.unknown };
    }
    case 'cp': case 'container cp': {
      const f = parseFlags(rest, CP);
      const [src, dest] = f.positionals;
      if (src === undefined || dest === undefined) return { kind: 'other', command: sub };
      return { kind: 'cp', src: cpPath(src), dest: cpPath(dest), unknownFlags: [...f.unknown, ...f.positionals.slice(2)] };
    }
    case 'rm': case 'container rm': case 'container remove': {
      const f = parseFlags(rest, RM);
      return { kind: 'rm', containers: f.positionals, unknownFlags: f.unknown };
    }
    case 'rmi': case 'image rm': case 'image remove': {
      const f = parseFlags(rest, RMI);
      return { kind: 'rmi', images: f.positionals, unknownFlags: f.unknown };
    }
    case 'run': case 'container run':
      return { kind: 'run', image: parseFlags(rest, CREATE, 1).positionals[0] ?? null };
    default:
      return { kind: 'other', command: sub };
  }
}

function build(rest: readonly string[]): DockerCommand {
  const f = parseFlags(rest, BUILD);
  const buildArgs = all(f, '--build-arg').map((w): BuildArgWord => {
    const eq = w.indexOf('=');
    return eq < 0 ? { name: w, value: null } : { name: w.slice(0, eq), value: w.slice(eq + 1) };
  });
  const passFlags = f.written.filter((w) => PASS.has(w.name)).map((w) => w.text);
  return {
    kind: 'build', tags: all(f, '-t', '--tag'), file: lastOf(f, '-f', '--file'), context: f.positionals[0] ?? null,
    buildArgs, target: lastOf(f, '--target'), passFlags, unknownFlags: [...f.unknown, ...f.positionals.slice(1)],
  };
}

/** docker's rule: `name:path` is a container path unless the part before ':' holds '/' or the word starts with '/' or '.'. */
export function cpPath(word: string): CpPath {
  const colon = word.indexOf(':');
  if (word.startsWith('/') || word.startsWith('.') || colon <= 0 || word.slice(0, colon).includes('/')) return { kind: 'local', path: word };
  return { kind: 'container', container: word.slice(0, colon), path: word.slice(colon + 1) };
}
