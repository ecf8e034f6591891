/**
 * The checks BuildKit runs on FROM lines (validateBaseImagesWithDefaultArgs,
 * buildDispatchStates): InvalidDefaultArgInFrom, UndefinedArgInFrom, RedundantTargetPlatform,
 * FromPlatformFlagConstDisallowed. (InvalidBaseImagePlatform: basePlatform.ts.)
 */
import { checkImageReference } from '../analyze/reference.ts';
import type { Instruction } from '../model.ts';
import type { ShellOptions } from '../shell/index.ts';
import { expandWord } from './expand.ts';
import type { Linter } from './linter.ts';
import { DETAIL, RULES } from './rules.ts';
import { suggestSearch } from './suggest.ts';

export interface FromStage {
  readonly index: number;
  readonly name: string | null;
  readonly from: Instruction;
  readonly fromText: string;
}

/** validateBaseImagesWithDefaultArgs: the FROM evaluated with ARG defaults only must parse. */
export function checkDefaultArgs(stages: readonly FromStage[], defaults: ReadonlyMap<string, string> | null, shell: ShellOptions, linter: Linter): void {
  if (defaults === null) return; // BuildKit abandons the check when the meta ARGs fail to evaluate
  for (const st of stages) {
    const r = expandWord(st.fromText, defaults, shell);
    if (!r.ok) return;
    if (r.result === '' || !checkImageReference(r.result).ok) {
      linter.run(linter.config, RULES.InvalidDefaultArgInFrom, st.from.range, DETAIL.InvalidDefaultArgInFrom(st.fromText), st.index);
    }
  }
}

/**
 * buildDispatchStates' checks, stage by stage with the stage's own `# check=` comment, up to
 * and including `lastStage` (where BuildKit fails, after this stage's own checks).
 */
export function checkFroms(
  stages: readonly FromStage[],
  env: ReadonlyMap<string, string>,
  declared: ReadonlySet<string>,
  shell: ShellOptions,
  linter: Linter,
  lastStage: number,
): void {
  const keys = new Set<string>([...declared, ...env.keys()]);
  const undeclared = (unmatched: readonly string[], st: FromStage, config: Linter['config']): void => {
    for (const arg of unmatched) {
      if (keys.has(arg)) continue;
      linter.run(config, RULES.UndefinedArgInFrom, st.from.range, DETAIL.UndefinedArgInFrom(arg, suggestSearch(arg, keys)), st.index);
    }
  };
  for (const st of stages) {
    if (st.index > lastStage) return;
    const config = linter.forComments(st.from.comments);
    const name = expandWord(st.fromText, env, shell);
    if (name.ok) undeclared(name.unmatched, st, config);
    if (!name.ok || name.result === '') continue;
    const flag = st.from.flags.find((f) => f.name === 'platform');
    if (!flag || flag.value === null || flag.value === '') continue;
    const plat = expandWord(flag.value, env, shell);
    if (!plat.ok) continue;
    undeclared(plat.unmatched, st, config);
    if (plat.matched.length === 1 && plat.unmatched.length === 0 && plat.matched[0] === 'TARGETPLATFORM' && plat.result === env.get('TARGETPLATFORM')) {
      linter.run(config, RULES.RedundantTargetPlatform, st.from.range, DETAIL.RedundantTargetPlatform(flag.value), st.index);
    }
    if (plat.matched.length === 0 && plat.unmatched.length === 0) {
      const p = parsePlatform(plat.result);
      const stageName = st.name ?? '';
      if (p !== null && !stageName.includes(p.os) && !stageName.includes(p.arch)) {
        linter.run(config, RULES.FromPlatformFlagConstDisallowed, st.from.range, DETAIL.FromPlatformFlagConstDisallowed(plat.result), st.index);
      }
    }
  }
}

const OSES = new Set(['aix', 'android', 'darwin', 'dragonfly', 'freebsd', 'illumos', 'ios', 'js', 'linux', 'netbsd', 'openbsd', 'plan9', 'solaris', 'wasip1', 'windows']);
const ARCH_ALIASES: Readonly<Record<string, string>> = { x86_64: 'amd64', 'x86-64': 'amd64', aarch64: 'arm64', i386: '386', armhf: 'arm', armel: 'arm' };

/** containerd's platforms.Parse, reduced to what the checks compare (OS and architecture). */
export function parsePlatform(text: string): { os: string; arch: string } | null {
  const parts = text.toLowerCase().split('/');
  if (parts.some((p) => !/^[a-z0-9_.-]+$/.test(p)) || parts.length > 3) return null;
  const arch = (a: string): string => ARCH_ALIASES[a] ?? a;
  if (parts.length === 1) {
    const w = parts[0] ?? '';
    return OSES.has(w) ? { os: w, arch: 'amd64' } : { os: 'linux', arch: arch(w) };
  }
  return { os: parts[0] ?? '', arch: arch(parts[1] ?? '') };
}
