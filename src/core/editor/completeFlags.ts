/**
 * Completion of an instruction's flags and their values, from the flags BuildKit accepts
 * (core/analyze/instructions.ts FLAGS, the table the UnknownFlag check uses) and the values
 * its parsers accept (`--mount` types and keys from commands_runmount.go, `--network`,
 * `--security`). The language service knows only a few flags (COPY's --from / --chown), so
 * this is where flags come from.
 */
import { FLAGS } from '../analyze/instructions.ts';

export interface FlagCompletion {
  /** What the list shows: `--mount`, `type=cache`, `linux/arm64`. */
  readonly label: string;
  /** A snippet in Monaco/LSP syntax (`--mount=type=${1|cache,bind|}`). */
  readonly snippet: string;
  /** Key of the short description (i18n `language.flag_<key>`: the flag's name, or `mount_<type>`), or null. */
  readonly describe: string | null;
}

export interface FlagSlot {
  readonly typed: string;
  readonly items: readonly FlagCompletion[];
}

const MOUNT_TYPES = ['bind', 'cache', 'tmpfs', 'secret', 'ssh'];
/** The keys each mount type takes (BuildKit's parseMount), in a useful order. */
const MOUNT_KEYS: Readonly<Record<string, readonly string[]>> = {
  bind: ['target', 'source', 'from', 'rw'],
  cache: ['target', 'id', 'sharing', 'from', 'source', 'mode', 'uid', 'gid', 'ro'],
  tmpfs: ['target', 'size'],
  secret: ['id', 'target', 'env', 'required', 'mode', 'uid', 'gid'],
  ssh: ['id', 'target', 'required', 'mode', 'uid', 'gid'],
};
const VALUES: Readonly<Record<string, readonly string[]>> = {
  network: ['default', 'none', 'host'],
  security: ['sandbox', 'insecure'],
  platform: ['$BUILDPLATFORM', '$TARGETPLATFORM', 'linux/amd64', 'linux/arm64', 'linux/arm/v7'],
  chmod: ['755', '644', '0755'],
  sharing: ['shared', 'private', 'locked'],
};

const FLAG_NAME = /^\s*(?:onbuild\s+)?([A-Za-z]+)\s+(?:--\S+\s+)*--([\w-]*)$/i;
const FLAG_VALUE = /^\s*(?:onbuild\s+)?([A-Za-z]+)\s+(?:--\S+\s+)*--([\w-]+)=(\S*)$/i;

/** The flag name or value being typed at the end of `before` (the line up to the cursor), or null. */
export function flagSlot(before: string): FlagSlot | null {
  const value = FLAG_VALUE.exec(before);
  if (value) {
    const [, keyword = '', flag = '', typed = ''] = value;
    return flagValues(keyword.toLowerCase(), flag, typed);
  }
  const name = FLAG_NAME.exec(before);
  if (!name) return null;
  const keyword = (name[1] ?? '').toLowerCase();
  const used = new Set([...before.matchAll(/--([\w-]+)/g)].map((m) => m[1]));
  const table = FLAGS[keyword] ?? {};
  const items = Object.entries(table)
    .filter(([flag, kind]) => kind === 'repeat' || !used.has(flag) || flag === name[2])
    .map(([flag, kind]) => ({ label: `--${flag}`, snippet: kind === 'bool' ? `--${flag}` : flagSnippet(flag), describe: flag }));
  return { typed: `--${name[2] ?? ''}`, items };
}

function flagSnippet(flag: string): string {
  if (flag === 'mount') return '--mount=type=${1|cache,bind,tmpfs,secret,ssh|},target=${2}';
  const values = VALUES[flag];
  return values ? `--${flag}=\${1|${values.map((v) => v.replace(/[$|,}\\]/g, '\\$&')).join(',')}|}` : `--${flag}=\${1}`;
}

function flagValues(keyword: string, flag: string, typed: string): FlagSlot | null {
  if (FLAGS[keyword]?.[flag] === undefined) return null;
  if (flag === 'mount') return mountValues(typed);
  // COPY --from is the engine's stage completion (completeStages.ts).
  if (flag === 'from') return null;
  const values = VALUES[flag] ?? [];
  return values.length === 0 ? null : { typed, items: values.map((v) => ({ label: v, snippet: v.replace(/[$}\\]/g, '\\$&'), describe: null })) };
}

/** Inside `--mount=`: the field being typed is after the last comma. */
function mountValues(typed: string): FlagSlot | null {
  const field = typed.slice(typed.lastIndexOf(',') + 1);
  const eq = field.indexOf('=');
  if (eq >= 0) {
    const key = field.slice(0, eq).toLowerCase();
    const rest = field.slice(eq + 1);
    if (key === 'type') return { typed: rest, items: MOUNT_TYPES.map((t) => ({ label: t, snippet: t, describe: `mount_${t}` })) };
    if (key === 'sharing') return { typed: rest, items: (VALUES.sharing ?? []).map((v) => ({ label: v, snippet: v, describe: null })) };
    return null; // from= is the engine's stage completion; other values are free text
  }
  const type = /(?:^|,)type=(\w+)/i.exec(typed)?.[1]?.toLowerCase() ?? 'bind';
  const used = new Set([...typed.matchAll(/(?:^|,)(\w+)=/g)].map((m) => (m[1] ?? '').toLowerCase()));
  const keys = ['type', ...(MOUNT_KEYS[type] ?? [])].filter((k) => !used.has(k));
  const word = (k: string): string => (k === 'rw' || k === 'ro' || k === 'required' ? k : `${k}=`);
  return { typed: field, items: keys.map((k) => ({ label: word(k), snippet: word(k), describe: null })) };
}
