/**
 * The global ARG scope that FROM lines see: BuildKit's builtin platform args
 * (platform.go defaultArgs) plus the meta ARGs before the first FROM, evaluated
 * in order (convert.go buildMetaArgs). A `--build-arg` value wins and is used
 * as given, unexpanded; otherwise the default is expanded against what came before.
 */
import { diagnostic } from '../diagnostics.ts';
import type { Diagnostic, Instruction, MetaArg } from '../model.ts';
import { processWord, type ShellOptions } from '../shell/index.ts';
import { docComment } from './docComment.ts';

/** The builtin args for a linux/amd64 build on a linux/amd64 machine, without TARGETSTAGE. */
export const PLATFORM_DEFAULTS: Readonly<Record<string, string>> = {
  BUILDPLATFORM: 'linux/amd64',
  BUILDOS: 'linux',
  BUILDOSVERSION: '',
  BUILDARCH: 'amd64',
  BUILDVARIANT: '',
  TARGETPLATFORM: 'linux/amd64',
  TARGETOS: 'linux',
  TARGETOSVERSION: '',
  TARGETARCH: 'amd64',
  TARGETVARIANT: '',
};

/** Builtins with TARGETSTAGE and the user's overrides of any builtin applied. */
export function builtinArgs(targetStage: string, overrides: Readonly<Record<string, string>>): Map<string, string> {
  const env = new Map<string, string>(Object.entries(PLATFORM_DEFAULTS));
  env.set('TARGETSTAGE', targetStage);
  for (const key of env.keys()) {
    const v = overrides[key];
    if (v !== undefined) env.set(key, v);
  }
  return env;
}

export interface MetaScope {
  /** Everything FROM lines can see: builtins + meta ARGs that have a value. */
  readonly env: Map<string, string>;
  /** Every declared meta ARG name (with or without a value). */
  readonly declared: ReadonlySet<string>;
  readonly metaArgs: readonly MetaArg[];
  readonly diagnostics: readonly Diagnostic[];
}

/** Splits an ARG word `k=v` / `k` (BuildKit parseArg: the first '=' separates). */
export function splitArgWord(word: string): { name: string; value: string | null } {
  const eq = word.indexOf('=');
  return eq < 0 ? { name: word, value: null } : { name: word.slice(0, eq), value: word.slice(eq + 1) };
}

/**
 * Evaluates the meta ARGs. With `useOverrides` false this is the "defaults only"
 * evaluation that the InvalidDefaultArgInFrom check uses.
 */
export function evaluateMetaArgs(
  instructions: readonly Instruction[],
  builtins: Map<string, string>,
  overrides: Readonly<Record<string, string>>,
  shell: ShellOptions,
  useOverrides = true,
): MetaScope {
  const env = new Map(builtins);
  const declared = new Set<string>();
  const metaArgs: MetaArg[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const ins of instructions) {
    for (const word of ins.args) {
      const { name, value: defaultValue } = splitArgWord(word);
      if (name === '') continue;
      declared.add(name);
      const override = useOverrides && Object.prototype.hasOwnProperty.call(overrides, name) ? overrides[name] : undefined;
      let value: string | undefined;
      if (override !== undefined) {
        value = override;
      } else if (defaultValue !== null) {
        const r = processWord(defaultValue, env, shell);
        if (r.ok) value = r.result;
        else diagnostics.push(diagnostic('error', 'ShellExpansionError', ins.range, { text: word, reason: r.error }));
      }
      if (value !== undefined) env.set(name, value);
      const description = docComment(ins.comments, name);
      metaArgs.push({ name, defaultValue, value, overridden: override !== undefined, line: ins.range.start.line, ...(description ? { description } : {}) });
    }
  }
  return { env, declared, metaArgs, diagnostics };
}
