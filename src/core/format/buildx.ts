/**
 * What `docker buildx build --call=outline,format=json` and `--call=targets,format=json`
 * print, without a daemon. The shapes are BuildKit's frontend/subrequests/outline and
 * targets (Go structs marshalled with json.MarshalIndent: `omitempty` fields left out,
 * `sources` as base64, `<`, `>` and `&` escaped); the contents follow dockerfile2llb:
 * ListTargets (every stage, raw base and platform, the doc comment, the last stage as
 * default) and dispatchState.Outline (the target's name and doc comment; the ARGs, secrets
 * and ssh ids of the target, its base stages and every stage it copies or mounts from,
 * each key once, sorted by line). dockerfile2llb never fills the outline's `cache`, so
 * neither do we.
 */
import { builtinArgs, splitArgWord } from '../analyze/args.ts';
import { docComment } from '../analyze/docComment.ts';
import { applyEnv } from '../analyze/layers.ts';
import { parseMount, splitCsv } from '../analyze/mount.ts';
import type { Analysis, Instruction, Stage } from '../model.ts';
import { processWordWithMatches, type ShellOptions } from '../shell/index.ts';
import { goLocation, goMarshalIndent, base64Utf8, type GoLocation } from './goJson.ts';

export interface OutlineArg { name: string; description?: string; value?: string; location?: GoLocation }
export interface OutlineSecret { name: string; required?: boolean; location?: GoLocation }
export interface Outline {
  name?: string; description?: string; args?: OutlineArg[]; secrets?: OutlineSecret[]; ssh?: OutlineSecret[]; sources?: string[];
}
export interface Target { name?: string; default?: boolean; description?: string; base?: string; platform?: string; location?: GoLocation }
export interface TargetList { targets: Target[]; sources: string[] }

/** ListTargets: every stage in file order. */
export function targetsOf(a: Analysis, text: string): TargetList {
  const targets = a.stages.map((s, i): Target => {
    const platform = s.instructions[0]?.flags.find((f) => f.name === 'platform')?.value ?? '';
    return {
      ...(s.name ? { name: s.name } : {}),
      ...(i === a.stages.length - 1 ? { default: true } : {}),
      ...(s.description ? { description: s.description } : {}),
      ...(s.fromText ? { base: s.fromText } : {}),
      ...(platform ? { platform } : {}),
      location: goLocation(s.fromRange.start.line, s.fromRange.end.line),
    };
  });
  return { targets, sources: [base64Utf8(text)] };
}

interface ArgInfo { name: string; value: string; description: string; line: number; endLine: number; deps: Set<string> }

/** buildMetaArgs' allArgs: each meta ARG with its value and the meta ARGs its default uses. */
function metaArgInfos(a: Analysis, buildArgs: Readonly<Record<string, string>>, shell: ShellOptions): Map<string, ArgInfo> {
  const target = a.target === null ? 'default' : (a.stages[a.target]?.name ?? 'default');
  const env = builtinArgs(target, buildArgs);
  const all = new Map<string, ArgInfo>();
  const metaIns = a.parse.instructions.filter((i) => i.keyword === 'arg' && i.range.start.line < (a.stages[0]?.startLine ?? Infinity));
  for (const ins of metaIns) {
    for (const word of ins.args) {
      const { name, value } = splitArgWord(word);
      if (name === '') continue;
      const info: ArgInfo = { name, value: '', description: docComment(ins.comments, name), line: ins.range.start.line, endLine: ins.range.end.line, deps: new Set() };
      if (Object.prototype.hasOwnProperty.call(buildArgs, name)) info.value = buildArgs[name] ?? '';
      else if (value !== null) {
        const r = processWordWithMatches(value, env, shell);
        if (r.ok) {
          info.value = r.result;
          for (const m of r.matched) if (m !== name) info.deps.add(m);
          if (r.matched.includes(name)) for (const d of all.get(name)?.deps ?? []) info.deps.add(d);
        }
      }
      if (Object.prototype.hasOwnProperty.call(buildArgs, name) || value !== null) env.set(name, info.value);
      all.set(name, info);
    }
  }
  return all;
}

interface StageOutline { used: Set<string>; args: Map<string, ArgInfo>; secrets: Map<string, OutlineSecret>; ssh: Map<string, OutlineSecret> }

/** What dispatching one stage records in its outlineCapture. */
function stageOutline(
  s: Stage, a: Analysis, meta: Map<string, ArgInfo>, globals: Map<string, string>, buildArgs: Readonly<Record<string, string>>, shell: ShellOptions,
): StageOutline {
  const out: StageOutline = { used: new Set(), args: new Map(meta), secrets: new Map(), ssh: new Map() };
  if (s.replacedBy) return out; // a named context: nothing of the stage is dispatched
  for (const word of [s.fromText, s.instructions[0]?.flags.find((f) => f.name === 'platform')?.value ?? '']) {
    const r = processWordWithMatches(word, globals, shell);
    if (r.ok) for (const m of r.matched) out.used.add(m);
  }
  const parent = s.base.kind === 'stage' && s.reachable ? a.stages[s.base.stage] : undefined;
  const triggers = (parent?.instructions ?? []).flatMap((i) => (i.keyword === 'onbuild' && i.trigger ? [i.trigger] : []));
  const env = new Map<string, string>();
  const scope = { env, buildArgs, globals, shell };
  for (const ins of [...triggers, ...s.instructions.slice(1)]) {
    if (ins.keyword === 'arg') stageArgs(ins, env, globals, buildArgs, shell, out);
    applyEnv(ins, env, scope);
    if (ins.keyword === 'run') mounts(ins, out, env, shell);
  }
  return out;
}

/** dispatchArg: a stage ARG is used; its own entry unless it only pulls the global value. */
function stageArgs(
  ins: Instruction, env: Map<string, string>, globals: Map<string, string>, buildArgs: Readonly<Record<string, string>>, shell: ShellOptions, out: StageOutline,
): void {
  for (const word of ins.args) {
    const { name, value } = splitArgWord(word);
    if (name === '') continue;
    const given = Object.prototype.hasOwnProperty.call(buildArgs, name);
    out.used.add(name);
    if (!given && value === null && globals.has(name)) continue; // skipArgInfo: the global entry stays
    let v = '';
    if (given) v = buildArgs[name] ?? '';
    else if (value !== null) {
      const r = processWordWithMatches(value, env, shell);
      v = r.ok ? r.result : value;
    }
    out.args.set(name, { name, value: v, description: docComment(ins.comments, name), line: ins.range.start.line, endLine: ins.range.end.line, deps: new Set() });
  }
}

/**
 * dispatchSecret / dispatchSSH: the id (secret: id, source or the target's base name; ssh: id or
 * "default"), the mount's values expanded with the stage's env as dispatch does.
 */
function mounts(ins: Instruction, out: StageOutline, env: ReadonlyMap<string, string>, shell: ShellOptions): void {
  const expand = (v: string | null | undefined): string => {
    if (v === null || v === undefined || v === '') return '';
    const r = processWordWithMatches(v, env, shell);
    return r.ok ? r.result : v;
  };
  for (const f of ins.flags) {
    if (f.name !== 'mount' || f.value === null) continue;
    const m = parseMount(f.value);
    if (m.type !== 'secret' && m.type !== 'ssh') continue;
    const fields = new Map(splitCsv(f.value).map((x) => {
      const eq = x.indexOf('=');
      return [(eq < 0 ? x : x.slice(0, eq)).trim().toLowerCase(), eq < 0 ? null : x.slice(eq + 1)] as const;
    }));
    const req = fields.get('required');
    const required = fields.has('required') && (req === null || req === undefined || /^(1|t|true)$/i.test(req));
    const location = goLocation(ins.range.start.line, ins.range.end.line);
    if (m.type === 'secret') {
      const target = expand(m.target);
      const id = expand(fields.get('id')) || expand(m.source) || (target ? target.replace(/\/+$/, '').split('/').pop() || '/' : '');
      if (id && !out.secrets.has(id)) out.secrets.set(id, { name: id, ...(required ? { required } : {}), location });
    } else {
      const id = expand(fields.get('id')) || 'default';
      if (!out.ssh.has(id)) out.ssh.set(id, { name: id, ...(required ? { required } : {}), location });
    }
  }
}

/** Dockerfile2Outline for the analysis's target (null when there is none). */
export function outlineOf(a: Analysis, text: string, buildArgs: Readonly<Record<string, string>> = {}): Outline | null {
  if (a.target === null) return null;
  const shell: ShellOptions = { escapeToken: a.parse.escapeToken };
  const meta = metaArgInfos(a, buildArgs, shell);
  const target = a.stages[a.target]?.name ?? 'default';
  const globals = builtinArgs(target, buildArgs);
  for (const m of a.metaArgs) if (m.value !== undefined) globals.set(m.name, m.value);
  const captures = new Map<number, StageOutline>();
  const capture = (i: number): StageOutline => {
    let c = captures.get(i);
    if (!c) {
      c = stageOutline(a.stages[i]!, a, meta, globals, buildArgs, shell);
      captures.set(i, c);
    }
    return c;
  };
  const args: OutlineArg[] = [];
  const secrets: OutlineSecret[] = [];
  const ssh: OutlineSecret[] = [];
  const seen = { args: new Set<string>(), secrets: new Set<string>(), ssh: new Set<string>(), stages: new Set<number>() };
  const visit = (i: number): void => {
    if (seen.stages.has(i)) return; // BuildKit recurses without this guard; a cycle has failed before
    seen.stages.add(i);
    const c = capture(i);
    markAllUsed(c);
    for (const k of c.used) {
      const info = c.args.get(k);
      if (!info || seen.args.has(k)) continue;
      seen.args.add(k);
      args.push({
        name: info.name, ...(info.description ? { description: info.description } : {}), ...(info.value ? { value: info.value } : {}),
        location: goLocation(info.line, info.endLine),
      });
    }
    for (const x of c.secrets.values()) if (!seen.secrets.has(x.name)) (seen.secrets.add(x.name), secrets.push(x));
    for (const x of c.ssh.values()) if (!seen.ssh.has(x.name)) (seen.ssh.add(x.name), ssh.push(x));
    const s = a.stages[i]!;
    if (!s.replacedBy && s.base.kind === 'stage') visit(s.base.stage);
    for (const e of a.edges) if (e.stage === i && e.kind !== 'base' && e.source.kind === 'stage') visit(e.source.stage);
  };
  visit(a.target);
  const byLine = (x: { location?: GoLocation }, y: { location?: GoLocation }) => (x.location?.ranges[0]?.start.line ?? 0) - (y.location?.ranges[0]?.start.line ?? 0);
  const s = a.stages[a.target]!;
  return {
    ...(s.name ? { name: s.name } : {}),
    ...(s.description ? { description: s.description } : {}),
    ...(args.length ? { args: args.sort(byLine) } : {}),
    ...(secrets.length ? { secrets: secrets.sort(byLine) } : {}),
    ...(ssh.length ? { ssh: ssh.sort(byLine) } : {}),
    sources: [base64Utf8(text)],
  };
}

/** outlineCapture.markAllUsed: a used meta ARG makes the meta ARGs its default reads used too. */
function markAllUsed(c: StageOutline): void {
  const todo = [...c.used];
  while (todo.length > 0) {
    const k = todo.pop()!;
    for (const d of c.args.get(k)?.deps ?? []) if (!c.used.has(d)) (c.used.add(d), todo.push(d));
  }
}

export const formatOutline = (a: Analysis, text: string, buildArgs: Readonly<Record<string, string>> = {}): string =>
  `${goMarshalIndent(outlineOf(a, text, buildArgs) ?? {})}\n`;
export const formatTargets = (a: Analysis, text: string): string => `${goMarshalIndent(targetsOf(a, text))}\n`;
