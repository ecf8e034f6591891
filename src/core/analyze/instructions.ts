/**
 * Per-instruction checks BuildKit makes while turning parser nodes into
 * commands (instructions/parse.go, bflag.go): unknown instructions, unknown
 * or malformed flags, ONBUILD triggers that are not allowed.
 */
import { diagnostic } from '../diagnostics.ts';
import type { Diagnostic, Instruction } from '../model.ts';
import { didYouMean } from './suggest.ts';

const KNOWN = [
  'add', 'arg', 'cmd', 'copy', 'entrypoint', 'env', 'expose', 'from', 'healthcheck', 'label', 'maintainer',
  'onbuild', 'run', 'shell', 'stopsignal', 'user', 'volume', 'workdir',
];
const KNOWN_SET = new Set(KNOWN);

type FlagKind = 'string' | 'bool' | 'repeat';
export const FLAGS: Readonly<Record<string, Readonly<Record<string, FlagKind>>>> = {
  from: { platform: 'string' },
  copy: { from: 'string', chown: 'string', chmod: 'string', link: 'bool', parents: 'bool', exclude: 'repeat' },
  add: { chown: 'string', chmod: 'string', link: 'bool', exclude: 'repeat', checksum: 'string', 'keep-git-dir': 'bool', unpack: 'bool' },
  run: { mount: 'repeat', network: 'string', security: 'string', device: 'repeat' },
  healthcheck: { interval: 'string', timeout: 'string', 'start-period': 'string', 'start-interval': 'string', retries: 'string' },
};

/** Checks one instruction (and an ONBUILD's trigger); `stage` is null before the first FROM. */
export function checkInstruction(ins: Instruction, stage: number | null, out: Diagnostic[]): void {
  const at = stage ?? undefined;
  if (!KNOWN_SET.has(ins.keyword)) {
    out.push(diagnostic('error', 'UnknownInstruction', ins.keywordRange, {
      instruction: ins.original.toUpperCase(),
      suggestion: didYouMean(ins.keyword.toUpperCase(), KNOWN.map((k) => k.toUpperCase())),
    }, at));
    return;
  }
  checkFlags(ins, out, at);
  if (ins.keyword === 'onbuild' && ins.trigger !== null) {
    const t = ins.trigger.keyword;
    if (t === 'onbuild') {
      out.push(diagnostic('error', 'OnbuildInvalidTrigger', ins.range, { detail: "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed" }, at));
    } else if (t === 'from' || t === 'maintainer') {
      out.push(diagnostic('error', 'OnbuildInvalidTrigger', ins.range, { detail: `${t.toUpperCase()} isn't allowed as an ONBUILD trigger` }, at));
    } else {
      checkInstruction(ins.trigger, stage, out);
    }
  }
}

function checkFlags(ins: Instruction, out: Diagnostic[], stage: number | undefined): void {
  const allowed = FLAGS[ins.keyword] ?? {};
  const seen = new Set<string>();
  for (const f of ins.flags) {
    const kind = allowed[f.name];
    if (kind === undefined) {
      out.push(diagnostic('error', 'UnknownFlag', f.range, { flag: `--${f.name}` }, stage));
      continue;
    }
    if (kind === 'string' && f.value === null && !(ins.keyword === 'copy' && f.name === 'from')) {
      out.push(diagnostic('error', 'FlagMissingValue', f.range, { flag: `--${f.name}`, name: f.name }, stage));
    }
    if (kind !== 'repeat' && seen.has(f.name) && !(ins.keyword === 'copy' && f.name === 'from')) {
      out.push(diagnostic('error', 'DuplicateFlag', f.range, { flag: `--${f.name}`, name: f.name }, stage));
    }
    seen.add(f.name);
  }
}
