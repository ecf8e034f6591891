/**
 * Every quick fix offered, on every input we have (BuildKit's lint suite, the corpus, and the
 * inputs below), applied and checked again: the finding it was offered for is gone, and no
 * finding, engine error or build failure appears that was not there before. One row per input
 * file, named after it.
 */
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze/analyze.ts';
import { applyEdits, quickFixes } from '../../src/core/checks/fixes.ts';
import { runChecks, type CheckResult } from '../../src/core/checks/index.ts';
import { readShared, sharedPath } from '../support/shared.ts';

interface Input { readonly name: string; readonly text: string; readonly dockerignore: string | null; readonly buildArgs: Record<string, string> }

const lintData = JSON.parse(readShared('buildkit', 'lint-cases-full.json')) as { cases: { file: string; dockerignore: string | null; frontend_attrs: Record<string, string> }[] };
const lintInputs: Input[] = lintData.cases.map((c) => {
  const buildArgs: Record<string, string> = {};
  for (const [k, v] of Object.entries(c.frontend_attrs)) if (k.startsWith('build-arg:')) buildArgs[k.slice('build-arg:'.length)] = v;
  const ignoreName = c.dockerignore ?? c.file.replace(/\.Dockerfile$/, '.dockerignore');
  const ignorePath = sharedPath('buildkit', 'lint-cases', ignoreName);
  return { name: `lint-cases/${c.file}`, text: readShared('buildkit', 'lint-cases', c.file), dockerignore: existsSync(ignorePath) ? readShared('buildkit', 'lint-cases', ignoreName) : null, buildArgs };
});
const corpusInputs: Input[] = readdirSync(sharedPath('corpus')).filter((f) => f.endsWith('.Dockerfile'))
  .map((f) => ({ name: `corpus/${f}`, text: readShared('corpus', f), dockerignore: null, buildArgs: {} }));
const own = (name: string, text: string): Input => ({ name, text, dockerignore: null, buildArgs: {} });
const ownInputs: Input[] = [
  own('check comment, then a note, above ENV X 1', 'FROM alpine\n# check=skip=JSONArgsRecommended\n# note\nENV X 1\nCMD a\n'),
  own('check comment with error=false above ENV X 1', 'FROM alpine\n# check=skip=JSONArgsRecommended;error=false\nENV X 1\n'),
  own('check=error=true directive and a bad comment', '# check=error=true\nFROM alpine as a\n# check=nope\nENV X 1\nCMD a b\nCMD c\n'),
  own('ONBUILD triggers in a built child', 'FROM alpine AS base\nONBUILD ENV A 1\nONBUILD WORKDIR rel\nFROM base\nMAINTAINER me\n'),
  own('builtins, assignments and plain commands', 'FROM alpine\nCMD cd /x\nENTRYPOINT FOO=1 ./app\nFROM alpine AS Two\nCMD ./server --port 80\nEXPOSE 80/TCP\n'),
  own('directives then the first instruction', '# syntax=docker/dockerfile:1\n# check=skip=JSONArgsRecommended;error=false\nFROM alpine as build\nRUN echo a \\\n\n b\n'),
  own('UndefinedVar twice in one stage', 'FROM scratch\nCOPY $A /a\nCOPY $A /b\n'),
];

type Key = string;
const keyOf = (f: CheckResult['findings'][number]): Key => `${f.ruleName}: ${f.detail}`;
function counts(r: CheckResult): Map<Key, number> {
  const m = new Map<Key, number>();
  for (const f of r.findings) m.set(keyOf(f), (m.get(keyOf(f)) ?? 0) + 1);
  return m;
}
function checkText(input: Input, text: string) {
  const analysis = analyze(text, { buildArgs: input.buildArgs });
  const result = runChecks(text, analysis, { mode: 'check', buildArgs: input.buildArgs, dockerignore: input.dockerignore });
  return { analysis, result, errors: analysis.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code).sort() };
}

const tally = { inputs: 0, fixes: 0 };

describe('every offered fix removes its finding and adds nothing', () => {
  for (const input of [...ownInputs, ...lintInputs, ...corpusInputs]) {
    it(input.name, () => {
      const before = checkText(input, input.text);
      const was = counts(before.result);
      tally.inputs++;
      for (const finding of before.result.findings) {
        for (const fix of quickFixes(input.text, before.analysis, finding, { buildArgs: input.buildArgs })) {
          tally.fixes++;
          const fixed = applyEdits(input.text, fix.edits);
          const after = checkText(input, fixed);
          const now = counts(after.result);
          const label = `${fix.kind} for ${finding.ruleName}@${finding.range.start.line}`;
          expect(now.get(keyOf(finding)) ?? 0, `${label}: the finding stays`).toBeLessThan(was.get(keyOf(finding)) ?? 0);
          for (const [k, n] of now) expect(n, `${label}: new finding ${k}`).toBeLessThanOrEqual(was.get(k) ?? 0);
          for (const code of after.errors) expect(before.errors, `${label}: new engine error ${code}`).toContain(code);
          if (before.result.buildError === null) expect(after.result.buildError, `${label}: the build now fails`).toBeNull();
        }
      }
    });
  }
  it('tally', () => {
    console.log(`quick fixes: ${tally.fixes} applied on ${tally.inputs} inputs, each removing its finding and adding none`);
    expect(tally.fixes).toBeGreaterThan(100);
  });
});
