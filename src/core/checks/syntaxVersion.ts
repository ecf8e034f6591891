/**
 * Stagecraft's own teaching check (not one of BuildKit's): a flag or form newer than the
 * `# syntax=docker/dockerfile:X.Y` the file pins. With no syntax line, or `:1` / `:latest`,
 * the builder's own (recent) frontend is used and nothing is reported.
 * Versions from Docker's Dockerfile release notes.
 */
import type { Directive, Instruction } from '../model.ts';
import type { Linter } from './linter.ts';
import { RULES } from './rules.ts';

interface Need {
  readonly what: string;
  readonly version: readonly [number, number];
  /** Available earlier in the `-labs` channel. */
  readonly labs?: readonly [number, number];
}

function needs(ins: Instruction): Need[] {
  const out: Need[] = [];
  const K = ins.original.toUpperCase();
  const has = (n: string): boolean => ins.flags.some((f) => f.name === n);
  if (ins.keyword === 'run') {
    if (has('mount')) out.push({ what: 'RUN --mount', version: [1, 2] });
    if (has('network')) out.push({ what: 'RUN --network', version: [1, 3] });
    if (has('security')) out.push({ what: 'RUN --security', version: [1, 20], labs: [1, 1] });
  }
  if (ins.keyword === 'copy' || ins.keyword === 'add') {
    if (has('link')) out.push({ what: `${K} --link`, version: [1, 4] });
    if (has('chmod')) out.push({ what: `${K} --chmod`, version: [1, 3] });
    if (has('exclude')) out.push({ what: `${K} --exclude`, version: [1, 19], labs: [1, 7] });
  }
  if (ins.keyword === 'copy' && has('parents')) out.push({ what: 'COPY --parents', version: [1, 20], labs: [1, 7] });
  if (ins.keyword === 'add' && has('checksum')) out.push({ what: 'ADD --checksum', version: [1, 6] });
  if (ins.keyword === 'add' && has('keep-git-dir')) out.push({ what: 'ADD --keep-git-dir', version: [1, 5] });
  if (ins.heredocs.length > 0) out.push({ what: `a heredoc in ${K}`, version: [1, 4] });
  const t = ins.trigger;
  if (ins.keyword === 'onbuild' && t && (t.keyword === 'copy' || t.keyword === 'add') && t.flags.some((f) => f.name === 'from')) {
    out.push({ what: 'ONBUILD COPY --from', version: [1, 11] });
  }
  if (ins.keyword === 'onbuild' && t && t.keyword === 'run' && t.flags.some((f) => f.name === 'mount' && /(^|,)\s*from=/.test(f.value ?? ''))) {
    out.push({ what: 'ONBUILD RUN --mount from=', version: [1, 11] });
  }
  return out;
}

/** The pinned version, or null when the file does not pin a docker/dockerfile minor version. */
export function pinnedSyntax(directives: readonly Directive[]): { major: number; minor: number; labs: boolean; text: string } | null {
  const d = directives.find((x) => x.name === 'syntax');
  if (!d) return null;
  const m = /^(?:(?:docker\.io\/)?docker\/dockerfile(?:-upstream)?):(\d+)\.(\d+)(?:\.\d+)?(-labs)?(?:@.*)?$/.exec(d.value.trim());
  if (m === null) return null;
  return { major: Number(m[1]), minor: Number(m[2]), labs: m[3] !== undefined, text: d.value.trim() };
}

function older(pin: { major: number; minor: number }, v: readonly [number, number]): boolean {
  return pin.major < v[0] || (pin.major === v[0] && pin.minor < v[1]);
}

export function checkSyntaxVersion(directives: readonly Directive[], instructions: readonly Instruction[], linter: Linter, stageOf: (ins: Instruction) => number | undefined): void {
  const pin = pinnedSyntax(directives);
  if (pin === null) return;
  for (const ins of instructions) {
    for (const need of needs(ins)) {
      const ok = !older(pin, need.version) || (pin.labs && need.labs !== undefined && !older(pin, need.labs));
      if (ok) continue;
      const labs = need.labs ? ` (or ${need.labs.join('.')}-labs)` : '';
      const detail = `${need.what} needs docker/dockerfile:${need.version.join('.')} or later${labs}; this file pins ${pin.text}`;
      linter.run(linter.forComments(ins.comments), RULES.SyntaxVersion, ins.range, detail, stageOf(ins));
    }
  }
}
