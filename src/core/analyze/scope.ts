/**
 * Which variables a line of the Dockerfile sees, with the value BuildKit would use and where it
 * comes from. A port of the scoping in BuildKit's dockerfile2llb (convert.go):
 * - lines before the first FROM and FROM lines see the global scope: the builtin platform args
 *   (`defaultArgs`) and the meta ARGs (`buildMetaArgs`), a `--build-arg` winning unexpanded;
 * - inside a stage only what the stage declares is visible (`dispatchArg`): `ARG X` pulls the
 *   build arg, else the global value (meta ARG or builtin); `ARG X=d` uses the build arg, else `d`
 *   expanded with the stage's variables so far; ARG and ENV both go into the stage's environment
 *   (the later one wins);
 * - `FROM <stage>` starts from the parent's final environment (`dispatchState.init`), then the
 *   parent's ENV values (its image config) are applied again, then the parent's ONBUILD ARG/ENV
 *   triggers run. ENV set by an external base image is not known here.
 *
 * Pure and total: nothing here throws. The API is shared with the editor's completion and
 * go-to-definition (keep it stable): `scopeAt`, `outOfScopeAt`, `variableAt`, `stageScopes`.
 */
import type { AnalyzeOptions, Analysis, Instruction, Stage } from '../model.ts';
import { processWord, type ShellOptions } from '../shell/index.ts';
import { PLATFORM_DEFAULTS, splitArgWord } from './args.ts';

export type OriginKind = 'build-arg' | 'meta-arg' | 'stage-arg' | 'env' | 'builtin';

/** Where a value comes from: `line` is the instruction that set it, `stage` its stage (absent for global). */
export interface VarOrigin {
  readonly kind: OriginKind;
  readonly line?: number;
  readonly stage?: number;
}

export interface Binding {
  readonly name: string;
  /** The value BuildKit would use; undefined when declared without any value (then it is unset). */
  readonly value: string | undefined;
  readonly origin: VarOrigin;
  /** For ARG: the `ARG` line (and its stage) that brings the name into scope. Absent for ENV and builtins. */
  readonly declaredAt?: { readonly line: number; readonly stage?: number };
  /** Set when the binding came in through `FROM <stage>`: that parent stage's index. */
  readonly inheritedFrom?: number;
}

type State = Map<string, Binding>;

interface Ctx {
  readonly analysis: Analysis;
  readonly buildArgs: Readonly<Record<string, string>>;
  readonly global: State;
  readonly shell: ShellOptions;
}

const own = (o: Readonly<Record<string, string>>, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/** TARGETSTAGE as BuildKit sets it: the --target value, else the last stage's name, else "default". */
function targetStage(analysis: Analysis, options: AnalyzeOptions): string {
  if (options.target) return options.target;
  return analysis.stages[analysis.stages.length - 1]?.name ?? 'default';
}

/** Builtins plus the meta ARGs declared on lines before `beforeLine` (all of them when omitted). */
function globalScope(analysis: Analysis, options: AnalyzeOptions, beforeLine = Infinity): State {
  const buildArgs = options.buildArgs ?? {};
  const s: State = new Map();
  const builtins: Record<string, string> = { ...PLATFORM_DEFAULTS, TARGETSTAGE: targetStage(analysis, options) };
  for (const [name, v] of Object.entries(builtins)) {
    const over = own(buildArgs, name);
    s.set(name, { name, value: over ? buildArgs[name] : v, origin: { kind: over ? 'build-arg' : 'builtin' } });
  }
  for (const m of analysis.metaArgs) {
    if (m.line >= beforeLine) break;
    // A valueless re-declaration keeps the earlier value (buildMetaArgs only adds what has a value).
    if (m.value === undefined && s.get(m.name)?.value !== undefined) continue;
    s.set(m.name, {
      name: m.name, value: m.value,
      origin: { kind: m.overridden ? 'build-arg' : 'meta-arg', line: m.line },
      declaredAt: { line: m.line },
    });
  }
  return s;
}

/** The environment the shell lexer sees: bindings that have a value. */
export function envOf(bindings: Iterable<Binding>): Map<string, string> {
  const env = new Map<string, string>();
  for (const b of bindings) if (b.value !== undefined) env.set(b.name, b.value);
  return env;
}

function expand(word: string, state: State, ctx: Ctx): string {
  const r = processWord(word, envOf(state.values()), ctx.shell);
  return r.ok ? r.result : word;
}

/** Applies one instruction of stage `stage` (an ARG or ENV; anything else leaves the scope alone). */
function apply(ins: Instruction, stage: number, state: State, imageEnv: State, ctx: Ctx): void {
  const line = ins.range.start.line;
  if (ins.keyword === 'env') {
    const before = new Map(state); // every pair of one ENV expands against the scope before it
    for (let i = 0; i + 1 < ins.args.length; i += 3) {
      const name = expand(ins.args[i]!, before, ctx);
      const b: Binding = { name, value: expand(ins.args[i + 1]!, before, ctx), origin: { kind: 'env', line, stage } };
      state.set(name, b);
      imageEnv.set(name, b);
    }
  } else if (ins.keyword === 'arg') {
    for (const word of ins.args) {
      const { name, value: dflt } = splitArgWord(word);
      if (name === '') continue;
      const declaredAt = { line, stage };
      let b: Binding;
      if (own(ctx.buildArgs, name)) {
        b = { name, value: ctx.buildArgs[name], origin: { kind: 'build-arg' }, declaredAt };
      } else if (dflt !== null) {
        b = { name, value: expand(dflt, state, ctx), origin: { kind: 'stage-arg', line, stage }, declaredAt };
      } else {
        const g = ctx.global.get(name);
        if (g?.value !== undefined) b = { name, value: g.value, origin: g.origin, declaredAt };
        else if (state.has(name)) continue; // declared, unset: the earlier value stays in the environment
        else b = { name, value: undefined, origin: { kind: 'stage-arg', line, stage }, declaredAt };
      }
      state.set(name, b);
    }
  }
}

const triggersOf = (st: Stage): Instruction[] =>
  st.instructions.flatMap((i) => (i.keyword === 'onbuild' && i.trigger ? [i.trigger] : []));

/** The scope of stage `index` after its instructions that end before `beforeLine`. */
function stageState(index: number, beforeLine: number, ctx: Ctx, depth = 0): { state: State; imageEnv: State } {
  const st = ctx.analysis.stages[index];
  if (!st) return { state: new Map(), imageEnv: new Map() };
  let state: State = new Map();
  let imageEnv: State = new Map();
  if (st.base.kind === 'stage' && st.base.stage < index && depth < ctx.analysis.stages.length) {
    const p = st.base.stage;
    const parent = stageState(p, Infinity, ctx, depth + 1);
    const mark = (b: Binding): Binding => ({ ...b, inheritedFrom: b.inheritedFrom ?? p });
    state = new Map([...parent.state].map(([k, b]) => [k, mark(b)]));
    imageEnv = new Map([...parent.imageEnv].map(([k, b]) => [k, mark(b)]));
    for (const [k, b] of imageEnv) state.set(k, b); // the parent's image config ENV is applied again
    for (const t of triggersOf(ctx.analysis.stages[p]!)) apply(t, p, state, imageEnv, ctx);
    for (const m of [state, imageEnv]) for (const [k, b] of m) if (b.inheritedFrom === undefined) m.set(k, mark(b));
  }
  for (const ins of st.instructions.slice(1)) {
    if (ins.range.end.line >= beforeLine) break;
    apply(ins, index, state, imageEnv, ctx);
  }
  return { state, imageEnv };
}

/** The stage whose lines include `line` (from its FROM to the next FROM), or null before the first FROM. */
export function stageAtLine(analysis: Analysis, line: number): Stage | null {
  let found: Stage | null = null;
  for (const st of analysis.stages) {
    if (st.startLine > line) break;
    found = st;
  }
  return found;
}

function context(analysis: Analysis, options: AnalyzeOptions): Ctx {
  return {
    analysis, buildArgs: options.buildArgs ?? {},
    global: globalScope(analysis, options), shell: { escapeToken: analysis.parse.escapeToken },
  };
}

function stateAt(analysis: Analysis, line: number, options: AnalyzeOptions): { stage: Stage | null; state: State } {
  const st = stageAtLine(analysis, line);
  if (st === null) return { stage: null, state: globalScope(analysis, options, line) };
  // The FROM line (all its continuation lines) is expanded in the global scope.
  if (line <= st.fromRange.end.line) return { stage: null, state: globalScope(analysis, options) };
  return { stage: st, state: stageState(st.index, line, context(analysis, options)).state };
}

/**
 * The variables visible to the instruction on 1-based `line` (before it runs), with their values.
 * `options` must be the ones the analysis was made with (build args, target).
 */
export function scopeAt(analysis: Analysis, line: number, options: AnalyzeOptions = {}): Binding[] {
  return [...stateAt(analysis, line, options).state.values()];
}

/** Meta ARGs that exist but that `line` cannot see: inside a stage that has not re-declared them. */
export function outOfScopeAt(analysis: Analysis, line: number, options: AnalyzeOptions = {}): Binding[] {
  const { stage, state } = stateAt(analysis, line, options);
  if (stage === null) return [];
  const global = globalScope(analysis, options);
  return [...global.values()].filter((b) => b.origin.kind !== 'builtin' && b.declaredAt && !state.has(b.name));
}

/** Each stage's scope at its end (what a child `FROM <stage>` starts from), in stage order. */
export function stageScopes(analysis: Analysis, options: AnalyzeOptions = {}): { stage: number; bindings: Binding[] }[] {
  const ctx = context(analysis, options);
  return analysis.stages.map((st) => ({ stage: st.index, bindings: [...stageState(st.index, Infinity, ctx).state.values()] }));
}

// ---------------------------------------------------------------------------
// The variable under a position
// ---------------------------------------------------------------------------

/**
 * Who expands a `$V` in this instruction: BuildKit while building (ENV, ARG, COPY, WORKDIR…),
 * the shell of a RUN while building, the container's shell at start (CMD / ENTRYPOINT /
 * HEALTHCHECK shell form: only ENV values are in the image), or nobody (exec form, COPY --from…).
 */
export type Expander = 'buildkit' | 'run-shell' | 'container-shell' | 'none';

const BUILDKIT_EXPANDS = new Set(['from', 'arg', 'env', 'label', 'add', 'copy', 'workdir', 'user', 'volume', 'stopsignal', 'expose']);

export function expanderOf(ins: Instruction): Expander {
  const k = ins.keyword;
  if (BUILDKIT_EXPANDS.has(k)) return 'buildkit';
  if (k === 'run') return ins.json ? 'none' : 'run-shell';
  if (k === 'cmd' || k === 'entrypoint' || k === 'healthcheck') return ins.json ? 'none' : 'container-shell';
  return 'none';
}

export type Unbound =
  | { readonly kind: 'meta-not-redeclared'; readonly line: number }
  | { readonly kind: 'builtin-not-declared' }
  | { readonly kind: 'arg-not-in-image'; readonly line?: number }
  | { readonly kind: 'undefined' };

export interface VariableInfo {
  readonly name: string;
  /** The whole reference as written: `$V`, `${V}`, `${V:-slim}`. */
  readonly text: string;
  /** `:-`, `-`, `:+`, `+`, `:?`, `?`, `#`, `##`, `%`, `%%`, `/`, `//`, or null. */
  readonly modifier: string | null;
  /** 1-based columns of the reference on its line, end exclusive. */
  readonly startColumn: number;
  readonly endColumn: number;
  readonly line: number;
  readonly expander: Expander;
  /** What the whole reference expands to here (undefined when it cannot be said: nobody expands it, or an error). */
  readonly expanded: string | undefined;
  readonly binding: Binding | null;
  /** Why there is no binding (null when there is one). */
  readonly unbound: Unbound | null;
}

interface Token { name: string; text: string; modifier: string | null; start: number; end: number }

const NAME = /^([A-Za-z_][A-Za-z0-9_]*|[0-9@#*?$!-])/;
const MODIFIER = /^(:-|:\+|:\?|##|%%|\/\/|-|\+|\?|#|%|\/)/;

/** `$V` / `${V…}` references in one line of text; single-quoted text and escaped `$` are skipped. */
export function variableTokens(lineText: string, escapeToken: '\\' | '`' = '\\'): Token[] {
  const out: Token[] = [];
  let quote = false;
  for (let i = 0; i < lineText.length; i++) {
    const c = lineText[i];
    if (c === escapeToken) { i++; continue; }
    if (c === "'") { quote = !quote; continue; }
    if (quote || c !== '$') continue;
    if (lineText[i + 1] === '{') {
      let depth = 1;
      let j = i + 2;
      for (; j < lineText.length && depth > 0; j++) {
        if (lineText[j] === '{') depth++;
        else if (lineText[j] === '}') depth--;
      }
      const inner = lineText.slice(i + 2, depth === 0 ? j - 1 : j);
      const m = NAME.exec(inner);
      if (m) {
        const mod = MODIFIER.exec(inner.slice(m[0].length));
        out.push({ name: m[0], text: lineText.slice(i, j), modifier: mod ? mod[0] : null, start: i, end: j });
      }
      i = j - 1;
    } else {
      const m = NAME.exec(lineText.slice(i + 1));
      if (m) {
        out.push({ name: m[0], text: '$' + m[0], modifier: null, start: i, end: i + 1 + m[0].length });
        i += m[0].length;
      }
    }
  }
  return out;
}

function instructionAt(analysis: Analysis, line: number): Instruction | null {
  for (const ins of analysis.parse.instructions) {
    if (ins.range.start.line <= line && line <= ins.range.end.line) return ins;
    if (ins.range.start.line > line) break;
  }
  return null;
}

/**
 * The variable reference under (line, column) of `lineText` (that line's text), or null.
 * Its value and binding are the ones the instruction covering the line would see.
 */
export function variableAt(
  analysis: Analysis, line: number, column: number, lineText: string, options: AnalyzeOptions = {},
): VariableInfo | null {
  const escape = analysis.parse.escapeToken;
  const tok = variableTokens(lineText, escape).find((t) => t.start + 1 <= column && column <= t.end);
  if (!tok) return null;
  const ins = instructionAt(analysis, line);
  const expander: Expander = ins ? expanderOf(ins) : 'none';
  const { stage, state } = stateAt(analysis, line, options);
  let binding = state.get(tok.name) ?? null;
  let unbound: Unbound | null = null;
  if (expander === 'container-shell' && binding && binding.origin.kind !== 'env') {
    // ARG values are not written into the image: the container's shell does not see them.
    unbound = { kind: 'arg-not-in-image', line: binding.declaredAt?.line };
    binding = null;
  }
  if (!binding && !unbound) {
    const g = stage !== null ? globalScope(analysis, options).get(tok.name) : undefined;
    if (g?.origin.kind === 'builtin' || (g && g.origin.kind === 'build-arg' && !g.declaredAt)) unbound = { kind: 'builtin-not-declared' };
    else if (g?.declaredAt) unbound = { kind: 'meta-not-redeclared', line: g.declaredAt.line };
    else unbound = { kind: 'undefined' };
  }
  let expanded: string | undefined;
  if (expander !== 'none') {
    const env = envOf([...state.values()].filter((b) => expander !== 'container-shell' || b.origin.kind === 'env'));
    const r = processWord(tok.text, env, { escapeToken: escape });
    expanded = r.ok ? r.result : undefined;
  }
  return {
    name: tok.name, text: tok.text, modifier: tok.modifier,
    startColumn: tok.start + 1, endColumn: tok.end + 1, line,
    expander, expanded, binding, unbound,
  };
}
