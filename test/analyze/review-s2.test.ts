/**
 * BuildKit fidelity, the reviewer's round: "did you mean" word for word and ONBUILD trigger errors
 * on the child's FROM line. One row per input (named after it), each naming the Go code it follows.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze/analyze.ts';
import type { Analysis, AnalyzeOptions } from '../../src/core/model.ts';

const at = (a: Analysis, code: string) => a.diagnostics.filter((d) => d.code === code).map((d) => `${d.severity}@${d.range.start.line}: ${d.message}`);

interface Row { buildkit: string; text: string; opts?: AnalyzeOptions; check: (a: Analysis) => void }

const rows: Record<string, Row> = {
  'FROM alpine AS b (--target bb)': {
    buildkit: 'convert.go toDispatchState: suggest.WrapError(errors.Errorf("target stage %q could not be found"), …); error.go: err + " (did you mean " + match + "?)"',
    text: 'FROM alpine AS b\n',
    opts: { target: 'bb' },
    check: (a) => expect(a.firstError?.message).toBe('target stage "bb" could not be found (did you mean b?).'),
  },
  'FROM alpine AS b (--target zzzz)': {
    buildkit: 'suggest.WrapError returns the error unchanged when nothing is close',
    text: 'FROM alpine AS b\n',
    opts: { target: 'zzzz' },
    check: (a) => expect(a.firstError?.message).toBe('target stage "zzzz" could not be found.'),
  },
  'FROM alpine / RUNN x': {
    buildkit: 'instructions/parse.go ParseInstruction: suggest.WrapError(&UnknownInstructionError{…}, node.Value, allInstructionNames(), false)',
    text: 'FROM alpine\nRUNN x\n',
    check: (a) => expect(at(a, 'UnknownInstruction')).toEqual(['error@2: unknown instruction: RUNN (did you mean RUN?).']),
  },
  'FROM alpine / FOOBAR x': {
    buildkit: 'parse.go: no suggestion for a word far from every instruction',
    text: 'FROM alpine\nFOOBAR x\n',
    check: (a) => expect(at(a, 'UnknownInstruction')).toEqual(['error@2: unknown instruction: FOOBAR.']),
  },
  'FROM alpine / COPY --form=a x y': {
    buildkit: 'bflag.go Parse: suggest.WrapError(errors.Errorf("unknown flag: %s", flagName), arg, allFlags, true)',
    text: 'FROM alpine\nCOPY --form=a x y\n',
    check: (a) => expect(at(a, 'UnknownFlag')).toEqual(['error@2: unknown flag: --form (did you mean from?).']),
  },
  'FROM alpine AS base / ONBUILD FOO bar / RUN true / FROM base AS child': {
    buildkit: 'convert.go initOnBuildTriggers: node.StartLine, node.EndLine = rangeStartEnd(d.stage.Location); resolveStages: parser.SetLocation(err, d.stage.Location)',
    text: 'FROM alpine AS base\nONBUILD FOO bar\nRUN true\nFROM base AS child\n',
    check: (a) => {
      expect(at(a, 'UnknownInstruction')).toEqual(['error@4: unknown instruction: FOO (did you mean FROM?).']);
      expect(a.firstError?.range.start.line).toBe(4);
      expect(a.firstError?.params.triggerLine).toBe(2);
      expect(at(a, 'OnbuildTriggerFailsInChild')).toEqual([
        'info@2: This ONBUILD trigger runs when stage "child" (line 4) is built from this stage: BuildKit parses it there, and reports its error on that FROM line.',
      ]);
    },
  },
  'FROM alpine AS base / ONBUILD COPY --from=$X /a /b / RUN true / FROM base AS child': {
    buildkit: 'initOnBuildTriggers → toCommand (--from expansion), error located on the child stage',
    text: 'FROM alpine AS base\nONBUILD COPY --from=$X /a /b\nRUN true\nFROM base AS child\n',
    check: (a) => {
      expect(at(a, 'FromFlagVariable').map((s) => s.slice(0, 8))).toEqual(['error@4:']);
      expect(at(a, 'OnbuildTriggerFailsInChild').map((s) => s.slice(0, 7))).toEqual(['info@2:']);
    },
  },
  'FROM alpine AS base / ONBUILD FOO bar / FROM base AS c1 / FROM base AS c2 / COPY --from=c1 / /': {
    buildkit: 'each built child parses the trigger again: one error per child, on its own FROM line',
    text: 'FROM alpine AS base\nONBUILD FOO bar\nFROM base AS c1\nFROM base AS c2\nCOPY --from=c1 / /\n',
    check: (a) => {
      expect(at(a, 'UnknownInstruction').map((s) => s.slice(0, 8))).toEqual(['error@3:', 'error@4:']);
      expect(a.firstError?.range.start.line).toBe(3);
    },
  },
  'FROM alpine AS base / ONBUILD FOO bar / FROM base AS child / COPY --from=9 x y': {
    buildkit: 'buildStageDependencyGraph (stage index) runs before resolveStages (triggers): BuildKit stops at the index',
    text: 'FROM alpine AS base\nONBUILD FOO bar\nFROM base AS child\nCOPY --from=9 x y\n',
    check: (a) => expect(a.firstError?.code).toBe('InvalidStageIndex'),
  },
};

describe('BuildKit fidelity: the reviewer\'s inputs', () => {
  for (const [name, row] of Object.entries(rows)) {
    it(`${name} (${row.buildkit.split(':')[0]})`, () => row.check(analyze(row.text, row.opts)));
  }
});
