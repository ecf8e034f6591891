/** planBuild: a schedule, "the build fails" (BuildKit's first error) or "cannot build" (classic). Rows named after their input. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze/analyze.ts';
import { planBuild, type BuildOutcome, type BuilderKind } from '../../src/core/schedule/index.ts';
import type { AnalyzeOptions } from '../../src/core/model.ts';

const show = (o: BuildOutcome): string =>
  o.kind === 'schedule' ? `schedule ${o.schedule.ticks}` : o.kind === 'fails' ? `fails @${o.line} ${o.error.code}` : `cannotBuild @${o.line} ${o.feature}`;

const rows: Record<string, { text: string; builder: BuilderKind; opts?: AnalyzeOptions; want: string }> = {
  'FROM alpine AS a / COPY --from=b x y / FROM alpine AS b / COPY --from=a x y (buildkit)': {
    text: 'FROM alpine AS a\nCOPY --from=b x y\nFROM alpine AS b\nCOPY --from=a x y\n', builder: 'buildkit', want: 'fails @4 CircularDependency',
  },
  'FROM alpine AS a / COPY --from=b x y / FROM alpine AS b / COPY --from=a x y (classic)': {
    text: 'FROM alpine AS a\nCOPY --from=b x y\nFROM alpine AS b\nCOPY --from=a x y\n', builder: 'classic', want: 'fails @4 CircularDependency',
  },
  'FROM alpine AS builder / RUN x / FROM Builder (buildkit)': {
    text: 'FROM alpine AS builder\nRUN x\nFROM Builder\n', builder: 'buildkit', want: 'fails @3 InvalidImageReference',
  },
  'FROM alpine / RUN --mount=type=cache,target=/c x / COPY --link a b (classic)': {
    text: 'FROM alpine\nRUN --mount=type=cache,target=/c x\nCOPY --link a b\n', builder: 'classic', want: 'cannotBuild @2 RUN --mount',
  },
  'FROM alpine / RUN --mount=type=cache,target=/c x / COPY --link a b (buildkit)': {
    text: 'FROM alpine\nRUN --mount=type=cache,target=/c x\nCOPY --link a b\n', builder: 'buildkit', want: 'schedule 3',
  },
  'FROM alpine AS a / FROM alpine AS b / COPY --link x y / FROM alpine AS c (classic, --target a)': {
    text: 'FROM alpine AS a\nFROM alpine AS b\nCOPY --link x y\nFROM alpine AS c\n', builder: 'classic', opts: { target: 'a' }, want: 'schedule 1',
  },
  'FROM alpine / RUN <<EOF / echo hi / EOF (classic)': {
    text: 'FROM alpine\nRUN <<EOF\necho hi\nEOF\n', builder: 'classic', want: 'cannotBuild @2 RUN <<EOF (heredoc)',
  },
  'FROM alpine / RUNN x (buildkit)': { text: 'FROM alpine\nRUNN x\n', builder: 'buildkit', want: 'fails @2 UnknownInstruction' },
  'FROM alpine / RUN x (classic)': { text: 'FROM alpine\nRUN x\n', builder: 'classic', want: 'schedule 2' },
};

describe('planBuild', () => {
  for (const [name, row] of Object.entries(rows)) {
    it(name, () => expect(show(planBuild(analyze(row.text, row.opts), row.builder))).toBe(row.want));
  }
});
