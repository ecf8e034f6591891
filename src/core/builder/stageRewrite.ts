/**
 * Builder pattern → multi-stage, step 2: one builder-pattern Dockerfile's
 * instructions, rewritten as a stage of the multi-stage file. A COPY of a file
 * the script extracted becomes `COPY --from=<stage> <path inside that image>`;
 * FROM / COPY --from / RUN --mount from= of an image the script built becomes
 * the stage's name. Everything else is carried over line for line.
 */
import type { Instruction } from '../model.ts';
import { note } from './notes.ts';
import { joinPath, pathBelow } from './paths.ts';
import { builtBefore, type BuildRecord, type Extracted, type ScriptRun } from './scriptRun.ts';
import type { Note } from './types.ts';

/** One output line and where it came from. */
export interface RewrittenLine {
  readonly text: string;
  /** Source Dockerfile line it carries or replaces. */
  readonly from: number;
  /** Set on COPY --from lines made from extracted files. */
  readonly extracted?: readonly Extracted[];
  readonly kind: 'from' | 'copyFrom' | 'line';
  /** On the FROM line: true when its base became a stage of the script. */
  readonly rebased?: boolean;
}

export interface StageContext {
  readonly run: ScriptRun;
  readonly build: BuildRecord;
  /** Stage name of each build index (null for an unnamed final stage). */
  readonly names: readonly (string | null)[];
  /** This stage's own name (null when unnamed). */
  readonly name: string | null;
  /** Prefix for context COPY sources when this build's context is a subfolder of the final one. */
  readonly contextPrefix: string;
  readonly used: Set<Extracted>;
  readonly notes: Note[];
}

const ARCHIVE = /\.(tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|tar\.zst)$/i;

/** The stage's instructions, rewritten. */
export function rewriteStage(ctx: StageContext, instructions: readonly Instruction[], lines: readonly string[]): RewrittenLine[] {
  const out: RewrittenLine[] = [];
  const b = ctx.build;
  const stageFor = (ref: string): string | null => {
    const i = builtBefore(ctx.run, ref, b.index);
    return i === null ? null : (ctx.names[i] ?? null);
  };
  for (const ins of instructions) {
    const at = ins.range.start.line;
    const verbatim = () => { for (let l = at; l <= ins.range.end.line; l++) out.push({ text: lines[l - 1] ?? '', from: l, kind: 'line' }); };
    if (ins.keyword === 'from') {
      const image = ins.args[0] ?? '';
      const stage = stageFor(b.source?.stage.image ?? image);
      const words = [ins.original, ...ins.flags.map((f) => f.text), stage ?? image, ...(ctx.name ? ['AS', ctx.name] : [])];
      out.push({ text: words.join(' '), from: at, kind: 'from', rebased: stage !== null });
      continue;
    }
    const fromFlag = ins.flags.find((f) => f.name === 'from');
    if (ins.keyword === 'copy' && fromFlag?.value) {
      const stage = stageFor(fromFlag.value);
      if (stage === null) verbatim();
      else out.push({ text: instructionText(ins, ins.args.slice(0, -1), `--from=${stage}`), from: at, kind: 'line' });
      continue;
    }
    if (ins.keyword === 'run' && ins.flags.some((f) => f.name === 'mount')) {
      for (let l = at; l <= ins.range.end.line; l++) {
        const text = (lines[l - 1] ?? '').replace(/(^|[\s,=])from=([^,\s"']+)/g, (whole, pre: string, ref: string) => {
          const stage = stageFor(ref);
          return stage === null ? whole : `${pre}from=${stage}`;
        });
        out.push({ text, from: l, kind: 'line' });
      }
      continue;
    }
    if ((ins.keyword !== 'copy' && ins.keyword !== 'add') || ins.args.length < 2 || ins.heredocs.length > 0) { verbatim(); continue; }
    out.push(...contextCopy(ctx, ins, verbatim));
  }
  return out;
}

/** A COPY / ADD from the build context: split by where each source really comes from. */
function contextCopy(ctx: StageContext, ins: Instruction, verbatim: () => void): RewrittenLine[] {
  const b = ctx.build;
  const at = ins.range.start.line;
  const before = ctx.run.extracted.slice(0, b.extractedBefore);
  const groups = new Map<string, { sources: string[]; extracted: Extracted[] }>();
  for (const src of ins.args.slice(0, -1)) {
    const host = joinPath(b.context, src);
    const x = [...before].reverse().find((e) => pathBelow(e.host, host) !== null);
    const inside = before.find((e) => x === undefined && pathBelow(host, e.host) !== null);
    if (inside) ctx.notes.push(note('warning', 'CopyPartlyExtracted', b.dockerfile, at, { text: ins.text, source: src, path: inside.host, stage: originName(ctx, inside) }));
    if (x !== undefined && ins.keyword === 'add' && ARCHIVE.test(src)) ctx.notes.push(note('warning', 'AddArchive', b.dockerfile, at, { path: src }));
    const usable = x !== undefined && !(ins.keyword === 'add' && ARCHIVE.test(src));
    const key = usable ? originName(ctx, x) : '';
    const g = groups.get(key) ?? { sources: [], extracted: [] };
    if (usable) {
      const rest = pathBelow(x.host, host) ?? '';
      g.sources.push(rest === '' ? x.containerPath : joinPath(x.containerPath, rest));
      g.extracted.push(x);
      ctx.used.add(x);
    } else g.sources.push(ctx.contextPrefix ? joinPath(ctx.contextPrefix, src) : src);
    groups.set(key, g);
  }
  if (groups.size === 1 && groups.has('') && ctx.contextPrefix === '') {
    verbatim();
    return [];
  }
  return [...groups.entries()].map(([origin, g]) =>
    origin === ''
      ? { text: instructionText(ins, g.sources, null), from: at, kind: 'line' as const }
      : { text: instructionText({ ...ins, original: 'COPY' }, g.sources, `--from=${origin}`), from: at, kind: 'copyFrom' as const, extracted: g.extracted },
  );
}

/** What `--from=` names for an extracted file: the stage of the build, or the external image. */
function originName(ctx: StageContext, x: Extracted): string {
  return x.source.kind === 'build' ? (ctx.names[x.source.build] ?? `stage-${x.source.build}`) : x.source.ref;
}

/** COPY/ADD text with other sources and an optional --from in place of the old one. */
function instructionText(ins: Instruction, sources: readonly string[], from: string | null): string {
  const flags = ins.flags.filter((f) => f.name !== 'from').map((f) => f.text);
  const words = [...sources, ins.args[ins.args.length - 1] ?? '.'];
  const json = ins.json || words.some((w) => /\s/.test(w));
  const argText = json ? `[${words.map((w) => JSON.stringify(w)).join(', ')}]` : words.join(' ');
  return [ins.original, ...(from ? [from] : []), ...flags, argText].join(' ');
}
