/**
 * The seeds' lessons, tied to the patterns in this file that they are about:
 * - a final image on a full SDK/toolchain base (seeds 000/004: copy the binary into a small base);
 * - `COPY --from=<number>` (seed 004: name the stage, a name survives reordering);
 * - several RUNs in a row (seed 003: each RUN is a layer; chain with &&);
 * - a stage nothing uses (BuildKit skips it; the classic builder still builds it);
 * - `COPY --from=<image>` (seed 000: handy, but verify what you copy, pin it by digest).
 * Each lesson has a stable id and a fingerprint (its instruction's text), so a reader can dismiss
 * one and it stays dismissed while lines move.
 */
import { splitImage } from '../catalog/lookup.ts';
import type { Analysis, Stage } from '../model.ts';
import { stageLabel } from './instruction.ts';
import { rootImageOf } from '../analyze/rootImage.ts';

export const LESSON_IDS = ['fullSdkFinal', 'copyFromIndex', 'consecutiveRuns', 'unusedStage', 'copyFromImage'] as const;
export type LessonId = (typeof LESSON_IDS)[number];

export interface Lesson {
  readonly id: LessonId;
  readonly line: number;
  readonly endLine: number;
  /** What it is about, stable while lines move: the instruction's text. */
  readonly fingerprint: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/** Toolchain images: what builds software, not what should run it. */
const SDK = /^(golang|rust|maven|gradle|gcc|buildpack-deps|mcr\.microsoft\.com\/dotnet\/sdk|openjdk|eclipse-temurin|amazoncorretto)$/;

function isSdk(ref: string): boolean {
  const { repo, tag } = splitImage(ref);
  if (!SDK.test(repo)) return false;
  // A JRE tag of a Java image is a runtime, not the toolchain.
  return !/jre/.test(tag);
}

export function findLessons(a: Analysis): Lesson[] {
  const out: Lesson[] = [];
  const target = a.target === null ? undefined : a.stages[a.target];
  if (target) {
    const root = rootImageOf(a, target);
    if (root !== null && isSdk(root)) {
      out.push({ id: 'fullSdkFinal', line: target.startLine, endLine: target.startLine, fingerprint: target.instructions[0]?.text ?? '', params: { image: root, stage: stageLabel(target) } });
    }
  }
  for (const st of a.stages) {
    const used = a.edges.some((e) => e.source.kind === 'stage' && e.source.stage === st.index);
    if (!used && !st.reachable && a.target !== null) {
      out.push({ id: 'unusedStage', line: st.startLine, endLine: st.startLine, fingerprint: st.instructions[0]?.text ?? '', params: { stage: stageLabel(st) } });
    }
    let run: { start: number; end: number; count: number; text: string } | null = null;
    const flush = (): void => {
      if (run && run.count > 1) out.push({ id: 'consecutiveRuns', line: run.start, endLine: run.end, fingerprint: run.text, params: { count: run.count } });
      run = null;
    };
    for (const ins of st.instructions) {
      if (ins.keyword === 'run' && !ins.json && ins.flags.length === 0 && ins.heredocs.length === 0) {
        if (run) {
          run.end = ins.range.end.line;
          run.count++;
        } else run = { start: ins.range.start.line, end: ins.range.end.line, count: 1, text: ins.text };
      } else flush();
    }
    flush();
  }
  for (const e of a.edges) {
    if (e.kind !== 'copy' || e.trigger) continue;
    const ins = a.stages[e.stage]?.instructions.find((i) => i.range.start.line === e.line);
    const fingerprint = ins?.text ?? e.via;
    const from = e.via.replace(/^--from=/, '');
    if (e.source.kind === 'stage' && /^\d+$/.test(from)) {
      const src = a.stages[e.source.stage];
      out.push({ id: 'copyFromIndex', line: e.line, endLine: e.line, fingerprint, params: { index: from, image: src?.fromText ?? '' } });
    } else if (e.source.kind === 'image') {
      out.push({ id: 'copyFromImage', line: e.line, endLine: e.line, fingerprint, params: { image: e.source.ref } });
    }
  }
  return out.sort((x, y) => x.line - y.line);
}

/** The key under which a reader's dismissal of this lesson is remembered. */
export const lessonKey = (l: Lesson): string => `${l.id}|${l.fingerprint}`;
