/**
 * The schedule on the tutorials' examples: which steps each builder runs, when, and what waits for what.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze/analyze.ts';
import { frameAt, schedule, type Schedule } from '../../src/core/schedule/index.ts';
import { readExample } from '../support/examples.ts';

/** `line@start-end` per step, stage by stage, for compact assertions. */
function spans(s: Schedule): string[] {
  return s.steps.map((x) => `${x.line}@${x.start}-${x.end}`);
}

describe('BuildKit schedule', () => {
  it('seed002-multistage: both stages start at tick 0, the COPY --from waits for the builder', () => {
    const s = schedule(analyze(readExample('seed002-multistage', 'Dockerfile')));
    expect(spans(s)).toEqual(['1@0-1', '2@1-2', '3@2-3', '4@3-4', '5@0-1', '6@1-2', '7@4-5']);
    const copy = s.steps.find((x) => x.line === 7)!;
    expect(copy.waitsFor.map((i) => s.steps[i]!.line)).toEqual([4, 6]);
    expect(copy.deps.map((d) => d.kind).sort()).toEqual(['copy', 'previous']);
    expect(s.ticks).toBe(5);
    // The critical path is the builder and the copy; the runtime stage's WORKDIR is not on it.
    expect(s.steps.filter((x) => x.critical).map((x) => x.line)).toEqual([1, 2, 3, 4, 7]);
    expect(s.stages.map((x) => [x.index, x.start, x.end, x.critical])).toEqual([[0, 0, 4, true], [1, 0, 5, true]]);
  });

  it('seed003-stage-chain: only the stages the target needs (build1 is not built)', () => {
    const s = schedule(analyze(readExample('seed003-stage-chain', 'Dockerfile')));
    expect(s.stages.map((x) => x.index)).toEqual([0, 2]);
    // FROM builder adds no step: build2 starts when builder ends.
    expect(spans(s)).toEqual(['2@0-1', '3@1-2', '10@2-3', '11@3-4']);
    expect(s.steps[2]!.deps).toEqual([{ kind: 'base', step: 1 }]);
  });

  it('seed003-stage-chain with --target build1 builds builder and build1', () => {
    const s = schedule(analyze(readExample('seed003-stage-chain', 'Dockerfile'), { target: 'build1' }));
    expect(s.stages.map((x) => x.index)).toEqual([0, 1]);
  });

  it('seed001-copy-from-nginx: the copied image is pulled in a step of its own at tick 0', () => {
    const s = schedule(analyze(readExample('seed001-copy-from-nginx', 'Dockerfile')));
    const pull = s.steps.find((x) => x.image === 'nginx:latest')!;
    expect(pull).toMatchObject({ kind: 'pull', start: 0, end: 1, ordinal: null, instruction: 'FROM nginx:latest' });
    const copy = s.steps.find((x) => x.kind === 'instruction' && x.line === pull.line)!;
    expect(copy.deps).toContainEqual({ kind: 'pull', step: pull.id });
  });

  it('seed000-go-scratch: FROM scratch adds no step, numbering is [name i/n] as BuildKit counts', () => {
    const s = schedule(analyze(readExample('seed000-go-scratch', 'Dockerfile')));
    for (const st of s.stages) {
      const own = st.steps.map((i) => s.steps[i]!).filter((x) => x.ordinal !== null);
      expect(own.map((x) => x.ordinal!.index)).toEqual(own.map((_, i) => i + 1));
      for (const x of own) expect(x.ordinal!.total).toBe(own.length);
    }
  });

  it('weights: a slow RUN moves the critical path onto it', () => {
    const text = 'FROM a AS x\nRUN slow\nFROM b AS y\nRUN q1\nRUN q2\nRUN q3\nFROM c\nCOPY --from=x / /\nCOPY --from=y / /\n';
    const plain = schedule(analyze(text));
    expect(plain.ticks).toBe(5);
    expect(plain.steps.filter((x) => x.critical).map((x) => x.line)).toEqual([3, 4, 5, 6, 9]);
    const slow = schedule(analyze(text), 'buildkit', { weights: { 2: 10 } });
    expect(slow.ticks).toBe(13);
    expect(slow.steps.filter((x) => x.critical).map((x) => x.line)).toEqual([1, 2, 8, 9]);
  });

  it('metadata instructions (ENV, CMD, ARG) are not BuildKit steps; WORKDIR / adds no layer', () => {
    const s = schedule(analyze('FROM a\nENV X=1\nWORKDIR /\nWORKDIR /app\nARG Y\nCMD ["x"]\n'));
    expect(s.steps.map((x) => [x.keyword, x.layer])).toEqual([['from', false], ['workdir', false], ['workdir', true]]);
  });

  it('an empty file schedules nothing', () => {
    expect(schedule(analyze(''))).toMatchObject({ ticks: 0, stages: [], steps: [] });
  });
});

describe('classic schedule', () => {
  it('seed003-stage-chain: every stage up to the target, every instruction, one at a time', () => {
    const s = schedule(analyze(readExample('seed003-stage-chain', 'Dockerfile')), 'classic');
    expect(s.stages.map((x) => x.index)).toEqual([0, 1, 2]);
    expect(s.steps.map((x) => x.line)).toEqual([2, 3, 5, 6, 7, 9, 10, 11]);
    expect(s.steps.map((x) => x.start)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(s.steps.map((x) => x.ordinal)).toEqual(s.steps.map((_, i) => ({ index: i + 1, total: 8 })));
  });

  it('seed002-multistage: 8 ticks against BuildKit\'s 5', () => {
    const a = analyze(readExample('seed002-multistage', 'Dockerfile'));
    expect(schedule(a, 'classic').ticks).toBe(8);
    expect(schedule(a, 'buildkit').ticks).toBe(5);
  });
});

describe('frames (what a player shows at a tick)', () => {
  const s = schedule(analyze(readExample('seed002-multistage', 'Dockerfile')));
  it('seed002-multistage at tick 0: both stages run their first step at the same time', () => {
    const f = frameAt(s, 0);
    expect(f.running.map((i) => s.steps[i]!.line)).toEqual([1, 5]);
    expect([f.stages.get(0)!.state, f.stages.get(1)!.state]).toEqual(['running', 'running']);
  });
  it('seed002-multistage at tick 3: stage-1 waits for the copy, layers add up', () => {
    const f = frameAt(s, 3);
    expect(f.running.map((i) => s.steps[i]!.line)).toEqual([4]);
    expect(f.stages.get(0)).toMatchObject({ doneSteps: 3, totalSteps: 4, doneLayers: 2, totalLayers: 3 });
    expect(f.stages.get(1)).toMatchObject({ state: 'running', doneSteps: 2, running: [] });
  });
  it('clamps: past the end everything is done; before 0 is 0', () => {
    expect(frameAt(s, 99)).toMatchObject({ tick: 5, doneCount: 7, running: [] });
    expect(frameAt(s, -3).tick).toBe(0);
  });
});
