/**
 * The cache what-if and build args a stage inherits from its parent stage. BuildKit's child starts
 * from the parent's state (convert.go dispatchState.init: ds.state = ds.base.state, ds.buildArgs =
 * append(ds.buildArgs, ds.base.buildArgs...)), so the parent's ARG is in the child's env and every
 * RUN of the child has a new cache key when its value changes. Rows are named after their input.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze/analyze.ts';
import { cacheWhatIf, schedule, type BuilderKind } from '../../src/core/schedule/index.ts';

function reruns(text: string, changedArgs: string[], builder: BuilderKind = 'buildkit'): string[] {
  const a = analyze(text);
  const s = schedule(a, builder);
  const c = cacheWhatIf(a, s, { changedArgs });
  return c.steps.filter((x) => !x.cached).map((x) => `${s.steps[x.step]!.line}:${x.reason.code}${x.reason.code === 'argInherited' ? `(${x.reason.params.stage})` : ''}`);
}

const rows: Record<string, { text: string; args: string[]; builder?: BuilderKind; want: string[] }> = {
  'FROM alpine AS a / ARG V / FROM a AS b / RUN echo x (--changed-arg V)': {
    text: 'FROM alpine AS a\nARG V\nFROM a AS b\nRUN echo x\n', args: ['V'], want: ['4:argInherited(a)'],
  },
  'FROM alpine AS a / ARG V / FROM a AS b / RUN echo x (--changed-arg W)': {
    text: 'FROM alpine AS a\nARG V\nFROM a AS b\nRUN echo x\n', args: ['W'], want: [],
  },
  'FROM alpine AS a / ARG V / FROM a AS b / ARG V / RUN echo x (--changed-arg V)': {
    text: 'FROM alpine AS a\nARG V\nFROM a AS b\nARG V\nRUN echo x\n', args: ['V'], want: ['5:argChanged'],
  },
  'FROM alpine AS a / ARG V / FROM a AS b / FROM b AS c / RUN x (--changed-arg V)': {
    text: 'FROM alpine AS a\nARG V\nFROM a AS b\nFROM b AS c\nRUN x\n', args: ['V'], want: ['5:argInherited(a)'],
  },
  'FROM alpine AS a / ARG V / FROM alpine AS b / RUN echo x (--changed-arg V)': {
    text: 'FROM alpine AS a\nARG V\nFROM alpine AS b\nRUN echo x\n', args: ['V'], want: [],
  },
  'FROM alpine AS a / ARG V / FROM a AS b / WORKDIR /$V (--changed-arg V)': {
    text: 'FROM alpine AS a\nARG V\nFROM a AS b\nWORKDIR /$V\n', args: ['V'], want: ['4:argInWords'],
  },
  'FROM alpine AS a / ARG V / FROM a AS b / RUN echo x (--changed-arg V, classic: moby dispatchFrom resets the allowed build args)': {
    text: 'FROM alpine AS a\nARG V\nFROM a AS b\nRUN echo x\n', args: ['V'], builder: 'classic', want: [],
  },
};

describe('cache what-if: build args inherited from a parent stage', () => {
  for (const [name, row] of Object.entries(rows)) {
    it(name, () => expect(reruns(row.text, row.args, row.builder)).toEqual(row.want));
  }
});
