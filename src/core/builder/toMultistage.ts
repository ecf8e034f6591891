/**
 * Builder pattern → multi-stage: a workspace (build.sh, Dockerfile.build,
 * Dockerfile, *.Dockerfile) becomes one Dockerfile whose stages are named after
 * the image tags, plus the one docker build command that replaces the script.
 * Every script line that is not translated is a note; links tie both ways.
 */
import { analyze } from '../analyze/analyze.ts';
import type { Analysis } from '../model.ts';
import { showControlCharacters } from './controlChars.ts';
import { note, sortNotes } from './notes.ts';
import { buildCommands, contextPrefixFor } from './buildCommands.ts';
import { normalizePath } from './paths.ts';
import { readScript } from './scriptReader.ts';
import { runScript, type Extracted } from './scriptRun.ts';
import { stageNames } from './stageNames.ts';
import { rewriteStage } from './stageRewrite.ts';
import type { FileLine, Link, Note, WorkspaceFile } from './types.ts';
import { ENGLISH_COMMENTS, fillComment, type GeneratedComments } from './comments.ts';

export interface MultistageOptions {
  /** The script's workspace path; default `build.sh`. */
  readonly script?: string;
  /** The comments written into the Dockerfile (English by default). */
  readonly comments?: GeneratedComments;
}

export interface ConvertedStage {
  readonly name: string | null;
  readonly tags: readonly string[];
  readonly dockerfile: string;
  /** The script line of its docker build. */
  readonly buildLine: number;
  /** Its FROM line in the multi-stage Dockerfile. */
  readonly fromLine: number;
}

export interface MultistageResult {
  readonly dockerfile: string;
  /** The docker build command(s) that replace the script: the first builds the final image. */
  readonly commands: readonly string[];
  readonly stages: readonly ConvertedStage[];
  readonly notes: readonly Note[];
  readonly links: readonly Link[];
  /** The engine's analysis of the written Dockerfile. */
  readonly analysis: Analysis;
}

const OUT = 'Dockerfile';

/** Converts a builder-pattern workspace to one multi-stage Dockerfile. */
export function toMultistage(files: readonly WorkspaceFile[], options: MultistageOptions = {}): MultistageResult {
  const script = normalizePath(options.script ?? 'build.sh');
  const scriptText = files.find((f) => normalizePath(f.name) === script)?.text ?? '';
  const read = readScript(scriptText, script);
  const run = runScript(read.events, files, script);
  const notes: Note[] = [...read.notes, ...run.notes];
  const links: Link[] = [];
  const last = run.builds.length - 1;
  const names = stageNames(run, script, notes);
  const final = run.builds[last];
  const out: string[] = [];
  const emit = (s: string): number => out.push(s);
  const stageLinesUsed = new Set<number>();

  // Directives and ARGs before FROM, gathered from every Dockerfile (first value wins).
  const directives = new Map<string, string>();
  const globals = new Map<string, { text: string; value: string }>();
  for (const b of run.builds) {
    for (const d of b.source?.analysis.parse.directives ?? []) {
      const had = directives.get(d.name);
      if (had === undefined) directives.set(d.name, d.value);
      else if (had !== d.value) notes.push(note('warning', 'DirectiveConflict', b.dockerfile, d.line, { name: d.name, first: had, second: d.value }));
    }
    const firstFrom = b.source?.analysis.stages[0]?.startLine ?? 0;
    for (const ins of b.source?.analysis.parse.instructions ?? []) {
      if (ins.keyword !== 'arg' || ins.range.start.line >= firstFrom) continue;
      const [name = '', value = ''] = (ins.args[0] ?? '').split(/=(.*)/s);
      const had = globals.get(name);
      if (had === undefined) globals.set(name, { text: ins.text, value });
      else if (had.value !== value) notes.push(note('warning', 'GlobalArgConflict', b.dockerfile, ins.range.start.line, { name, first: had.value, second: value }));
    }
  }
  const commands = buildCommands(run, names, script, notes);
  for (const [name, value] of directives) emit(`# ${name}=${value}`);
  const scriptShown = showControlCharacters(script);
  const words = options.comments ?? ENGLISH_COMMENTS;
  emit(`# ${fillComment(words.multistageHeader, { script: scriptShown })}`);
  emit(`#   ${commands[0] ?? 'docker build .'}`);
  for (const g of globals.values()) emit(g.text);

  const used = new Set<Extracted>();
  const stages: ConvertedStage[] = [];
  const copyFromLines = new Map<string, number[]>();
  for (const b of run.builds) {
    const src = b.source;
    const name = names[b.index] ?? null;
    emit('');
    const carried: { line: number; text: string }[] = [];
    for (let l = b.line - 1; ; l--) {
      const c = read.comments.find((x) => x.line === l && !x.text.startsWith('#!'));
      if (c === undefined) break;
      carried.unshift(c);
    }
    for (const c of carried) { emit(c.text); stageLinesUsed.add(c.line); links.push({ kind: 'line', multistage: [{ file: OUT, line: out.length }], builderPattern: [{ file: script, line: c.line }] }); }
    emit(`# ${fillComment(words.builtBy, { dockerfile: showControlCharacters(b.dockerfile), script: scriptShown, line: b.line })}`);
    if (src === null) {
      const fromLine = emit(`FROM scratch${name ? ` AS ${name}` : ''}`);
      stages.push({ name, tags: b.tags, dockerfile: b.dockerfile, buildLine: b.line, fromLine });
      continue;
    }
    const lines = src.text.split('\n');
    let top = src.stage.startLine;
    while (top > 1 && /^\s*#/.test(lines[top - 2] ?? '') && !src.analysis.parse.directives.some((d) => d.line === top - 1)) top--;
    for (let l = top; l < src.stage.startLine; l++) {
      emit(lines[l - 1] ?? '');
      links.push({ kind: 'line', multistage: [{ file: OUT, line: out.length }], builderPattern: [{ file: b.dockerfile, line: l }] });
    }
    const contextPrefix = contextPrefixFor(b, final, script, notes);
    const rewritten = rewriteStage({ run, build: b, names, name, contextPrefix, used, notes }, src.stage.instructions, lines);
    let fromLine = 0;
    for (const r of rewritten) {
      const at = emit(r.text);
      const there: FileLine = { file: b.dockerfile, line: r.from };
      if (r.kind === 'from') {
        fromLine = at;
        links.push({ kind: 'build', multistage: [{ file: OUT, line: at }], builderPattern: [{ file: script, line: b.line }, there] });
        if (r.rebased) {
          links.push({ kind: 'base', multistage: [{ file: OUT, line: at }], builderPattern: [there] });
        }
      } else if (r.kind === 'copyFrom' && r.extracted) {
        links.push({ kind: 'extract', multistage: [{ file: OUT, line: at }], builderPattern: [...new Set(r.extracted.map((x) => x.line))].map((line) => ({ file: script, line })).concat([there]) });
        for (const x of r.extracted) copyFromLines.set(x.container, [...(copyFromLines.get(x.container) ?? []), at]);
      } else links.push({ kind: 'line', multistage: [{ file: OUT, line: at }], builderPattern: [there] });
    }
    stages.push({ name, tags: b.tags, dockerfile: b.dockerfile, buildLine: b.line, fromLine });
  }
  for (const c of run.creates) {
    const removed = run.removals.get(c.name);
    const users = [...new Set(copyFromLines.get(c.name) ?? [])];
    links.push({ kind: 'container', multistage: users.map((line) => ({ file: OUT, line })), builderPattern: [{ file: script, line: c.line }, ...(removed ? [{ file: script, line: removed }] : [])] });
  }
  for (const x of run.extracted) {
    if (used.has(x)) continue;
    const stage = x.source.kind === 'build' ? (names[x.source.build] ?? 'the final stage') : x.source.ref;
    notes.push(note('warning', 'ExtractedNotUsed', script, x.line, { path: x.host, source: x.container, stage }));
  }
  for (const c of read.comments) {
    if (stageLinesUsed.has(c.line)) continue;
    notes.push(c.line === 1 && c.text.startsWith('#!') ? note('info', 'Shebang', script, 1) : note('info', 'Comment', script, c.line, { text: c.text }));
  }
  const dockerfile = `${out.join('\n')}\n`;
  return { dockerfile, commands, stages, notes: sortNotes(notes), links, analysis: analyze(dockerfile) };
}
