/**
 * Multi-stage → builder pattern: one Dockerfile per stage the target needs
 * (`Dockerfile.<stage>`, `FROM <stage>` → `FROM <project>:<stage>`), the final
 * `Dockerfile` whose `COPY --from` copies a file extracted beforehand, and a
 * build.sh in the shape of the seeds' scripts. Links tie both ways together.
 */
import { analyze } from '../analyze/analyze.ts';
import type { Analysis, Instruction } from '../model.ts';
import { ENGLISH_COMMENTS, type GeneratedComments } from './comments.ts';
import { planBuilderPattern, sourceKey, type BuilderPlan, type ExtractSource, type PlannedStage } from './builderPlan.ts';
import { renderScript } from './builderScript.ts';
import { hasControlCharacter, showControlCharacters } from './controlChars.ts';
import { splitBuildArgs } from './declaredArgs.ts';
import { note, sortNotes } from './notes.ts';
import { isImageName } from './paths.ts';
import type { FileLine, Link, Note, WorkspaceFile } from './types.ts';

export interface BuilderPatternOptions {
  /** Image repository for the tags (`http-server` → `http-server:builder`); default `app`. */
  readonly project?: string;
  readonly target?: string | null;
  readonly buildArgs?: Readonly<Record<string, string>>;
  /** `--build-context NAME=VALUE`s, passed to the analysis. */
  readonly buildContexts?: Readonly<Record<string, string>>;
  /**
   * Pass build args that match no ARG too (the command line, where the person typed them). By
   * default they are left out of build.sh with a BuildArgUndeclared note: a page's build args may
   * come from a link, and Docker honours proxy args without an ARG.
   */
  readonly keepUndeclaredArgs?: boolean;
  /** The input's file name, used in notes and links; default `Dockerfile`. */
  readonly fileName?: string;
  /** The comments written into build.sh (English by default). */
  readonly comments?: GeneratedComments;
}

export interface BuilderPatternResult {
  readonly analysis: Analysis;
  readonly plan: BuilderPlan | null;
  /** Stage Dockerfiles in build order, then `Dockerfile`, then `build.sh`. Empty when there is no target. */
  readonly files: readonly WorkspaceFile[];
  readonly notes: readonly Note[];
  readonly links: readonly Link[];
}

/** Converts a multi-stage Dockerfile (for a target and build args) to the builder pattern. */
export function toBuilderPattern(text: string, options: BuilderPatternOptions = {}): BuilderPatternResult {
  const input = options.fileName ?? 'Dockerfile';
  const analysis = analyze(text, { target: options.target ?? null, buildArgs: options.buildArgs ?? {}, ...(options.buildContexts ? { buildContexts: options.buildContexts } : {}) });
  const notes: Note[] = [];
  let project = options.project ?? 'app';
  if (!isImageName(project)) {
    notes.push(note('warning', 'InvalidProject', input, 0, { project, used: 'app' }));
    project = 'app';
  }
  const unsafe = unsafeNames(analysis, input, options);
  if (unsafe.length > 0) {
    for (const u of unsafe) notes.push(note('error', 'ControlCharacterInName', input, u.line, { name: showControlCharacters(u.name) }));
    return { analysis, plan: null, files: [], notes: sortNotes(notes), links: [] };
  }
  const errors = analysis.diagnostics.filter((d) => d.severity === 'error');
  if (errors[0]) notes.push(note('warning', 'DockerfileErrors', input, errors[0].range.start.line, { count: errors.length, line: errors[0].range.start.line, code: errors[0].code }));
  if (analysis.target === null) {
    notes.push(note('error', 'TargetMissing', input, 0, { target: options.target ?? '(last stage)' }));
    return { analysis, plan: null, files: [], notes: sortNotes(notes), links: [] };
  }
  const split = splitBuildArgs(analysis, options.buildArgs ?? {});
  const passed = options.keepUndeclaredArgs ? { ...(options.buildArgs ?? {}) } : split.declared;
  if (!options.keepUndeclaredArgs) for (const name of split.undeclared) notes.push(note('warning', 'BuildArgUndeclared', input, 0, { name }));
  const plan = planBuilderPattern(analysis, project, input);
  notes.push(...plan.notes);
  const r = new Renderer(analysis, plan, text.split(/\r?\n/), input, notes);
  const files = [...plan.stages.values()].filter((p) => !p.isFinal).map((p) => r.stageFile(p));
  files.push(r.stageFile([...plan.stages.values()].find((p) => p.isFinal)!));
  const script = renderScript({ a: analysis, plan, input, fromOut: r.fromOut, copyOut: r.copyOut, comments: options.comments ?? ENGLISH_COMMENTS }, passed);
  files.push(script.file);
  return { analysis, plan, files, notes: sortNotes(notes), links: [...r.links, ...script.links] };
}

/**
 * Names and paths that would be written into build.sh, a Dockerfile or a comment and hold a control
 * character: the file's name, the target, build-arg names, stage names, image references and copied
 * paths. Each is refused (line 0 for the options).
 */
function unsafeNames(a: Analysis, input: string, options: BuilderPatternOptions): { name: string; line: number }[] {
  const found: { name: string; line: number }[] = [];
  const check = (name: string | null | undefined, line: number) => { if (name && hasControlCharacter(name)) found.push({ name, line }); };
  check(input, 0);
  check(options.target, 0);
  for (const k of Object.keys(options.buildArgs ?? {})) check(k, 0);
  for (const st of a.stages) check(st.name, st.startLine);
  for (const e of a.edges) {
    if (e.source.kind === 'image') check(e.source.ref, e.line);
    for (const p of e.paths?.sources ?? []) check(p, e.line);
    check(e.paths?.dest, e.line);
  }
  return found;
}

/** Renders files line by line, recording where each original line went. */
class Renderer {
  readonly links: Link[] = [];
  /** Original COPY --from line → the plain COPY lines written for it. */
  readonly copyOut = new Map<number, FileLine>();
  readonly fromOut = new Map<number, FileLine>();

  constructor(
    private readonly a: Analysis, private readonly plan: BuilderPlan, private readonly lines: readonly string[],
    private readonly input: string, private readonly notes: Note[],
  ) {}

  private at(line: number): FileLine {
    return { file: this.input, line };
  }

  /** One stage as a single-stage Dockerfile. */
  stageFile(p: PlannedStage): WorkspaceFile {
    const out: string[] = [];
    const emit = (s: string, from?: number): number => {
      out.push(s);
      if (from !== undefined) this.links.push({ kind: 'line', multistage: [this.at(from)], builderPattern: [{ file: p.file, line: out.length }] });
      return out.length;
    };
    for (const d of this.a.parse.directives) emit(this.lines[d.line - 1] ?? '', d.line);
    const st = p.stage;
    const firstFrom = this.a.stages[0]?.startLine ?? 1;
    // Global ARGs this file needs: used in FROM, or re-declared in the stage to take the global default.
    const redeclared = st.instructions.filter((i) => i.keyword === 'arg').map((i) => `\${${(i.args[0] ?? '').split('=')[0]}}`);
    const fromWords = `${st.fromText} ${st.instructions[0]?.flags.map((f) => f.text).join(' ') ?? ''} ${redeclared.join(' ')}`;
    for (const ins of this.a.parse.instructions) {
      const name = ins.keyword === 'arg' && ins.range.start.line < firstFrom ? /^[A-Za-z_][A-Za-z0-9_]*/.exec(ins.args[0] ?? '')?.[0] : undefined;
      if (name && new RegExp(`\\$\\{?${name}\\b`).test(fromWords)) this.copyLines(ins, emit);
    }
    let top = st.startLine;
    while (top > 1 && /^\s*#/.test(this.lines[top - 2] ?? '') && !this.a.parse.directives.some((d) => d.line === top - 1)) top--;
    for (let l = top; l < st.startLine; l++) emit(this.lines[l - 1] ?? '', l);
    for (const ins of st.instructions) this.instruction(p, ins, emit);
    return { name: p.file, text: `${out.join('\n')}\n` };
  }

  private copyLines(ins: Instruction, emit: (s: string, from?: number) => number): void {
    for (let l = ins.range.start.line; l <= ins.range.end.line; l++) emit(this.lines[l - 1] ?? '', l);
  }

  private instruction(p: PlannedStage, ins: Instruction, emit: (s: string, from?: number) => number): void {
    const line = ins.range.start.line;
    const tagOf = (stage: number) => this.plan.stages.get(stage)?.tag ?? `${this.plan.project}:stage-${stage}`;
    if (ins.keyword === 'from') {
      const base = p.stage.base.kind === 'stage' ? tagOf(p.stage.base.stage) : p.stage.fromText;
      const at = emit([ins.original, ...ins.flags.map((f) => f.text), base].join(' '));
      this.fromOut.set(line, { file: p.file, line: at });
      if (p.stage.base.kind === 'stage') this.links.push({ kind: 'base', multistage: [this.at(line)], builderPattern: [{ file: p.file, line: at }] });
      return;
    }
    const edges = this.a.edges.filter((e) => e.stage === p.stage.index && e.line === line);
    const copy = edges.find((e) => e.kind === 'copy');
    if (copy && ins.keyword === 'copy') {
      const source: ExtractSource = copy.source.kind === 'stage' ? { kind: 'stage', stage: copy.source.stage } : { kind: 'image', ref: copy.source.ref };
      const sources = (copy.paths?.sources ?? []).map((s) => this.plan.copySources.get(`${sourceKey(source)}|${s}`) ?? s);
      if (ins.flags.some((f) => f.name === 'link')) this.notes.push(note('info', 'CopyLinkNoEquivalent', this.input, line));
      const at = emit(copyText(ins, sources));
      this.copyOut.set(line, { file: p.file, line: at });
      return;
    }
    if (ins.keyword === 'copy' && ins.args.length > 1 && ins.args.slice(0, -1).some((s) => s === '.' || s === './') && this.extractedBefore(p.stage.index)) {
      this.notes.push(note('warning', 'ContextCopyIncludesExtracted', this.input, line, { text: ins.text }));
    }
    if (ins.keyword === 'onbuild' && ins.trigger?.flags.some((f) => f.name === 'from' || f.name === 'mount')) {
      const from = ins.trigger.flags.find((f) => f.name === 'from')?.value ?? 'a mount';
      this.notes.push(note('warning', 'OnbuildCopyFrom', this.input, line, { text: ins.trigger.text, source: from }));
    }
    const mounts = edges.filter((e) => e.kind === 'mount');
    let body = this.lines.slice(line - 1, ins.range.end.line);
    for (const m of mounts) {
      const ref = m.via.slice('from='.length);
      const image = m.source.kind === 'stage' ? tagOf(m.source.stage) : m.source.ref;
      this.notes.push(note('warning', 'MountFromNoEquivalent', this.input, line, { source: ref, image }));
      if (m.source.kind === 'stage') {
        const re = new RegExp(`(^|[\\s,=])from=${ref.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=[,\\s"']|$)`, 'g');
        body = body.map((s) => s.replace(re, `$1from=${image}`));
      }
    }
    body.forEach((s, k) => emit(s, line + k));
  }

  /** Whether any extraction happens before this stage is built. */
  private extractedBefore(stage: number): boolean {
    for (const s of this.plan.steps) {
      if (s.kind === 'build' && s.stage === stage) return false;
      if (s.kind === 'extract') return true;
    }
    return false;
  }
}

/** The COPY of extracted files: the same flags but --from, JSON form when a path has spaces. */
function copyText(ins: Instruction, sources: readonly string[]): string {
  const words = [...sources, ins.args[ins.args.length - 1] ?? '.'];
  const json = ins.json || words.some((w) => /\s/.test(w));
  const argText = json ? `[${words.map((w) => JSON.stringify(w)).join(', ')}]` : words.join(' ');
  return [ins.original, ...ins.flags.filter((f) => f.name !== 'from').map((f) => f.text), argText].join(' ');
}

