/**
 * BuildKit's own build-check suite (../shared/data/buildkit/lint-cases-full.json: 87 files from
 * dockerfile_check_test.go), one row per file and mode: every expected warning with its rule,
 * line and message, nothing more, and the build error where the build fails before solving.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze/analyze.ts';
import { runChecks, type CheckMode } from '../../src/core/checks/index.ts';
import { readShared, sharedPath } from '../support/shared.ts';
import { existsSync } from 'node:fs';

interface Warning { rule: string; line: number; message: string; description: string; url: string }
interface Case {
  file: string;
  dockerignore: string | null;
  frontend_attrs: Record<string, string>;
  expected_build_warnings: Warning[];
  expected_check_warnings: Warning[];
  build_error: string | null;
  build_error_regexp: string | null;
  build_error_line: number | null;
}

const data = JSON.parse(readShared('buildkit', 'lint-cases-full.json')) as { cases: Case[] };
const tally = { warnings: 0, rows: 0, errors: 0 };

function run(c: Case, mode: CheckMode) {
  const text = readShared('buildkit', 'lint-cases', c.file);
  const buildArgs: Record<string, string> = {};
  for (const [k, v] of Object.entries(c.frontend_attrs)) if (k.startsWith('build-arg:')) buildArgs[k.slice('build-arg:'.length)] = v;
  const ignoreName = c.dockerignore ?? c.file.replace(/\.Dockerfile$/, '.dockerignore');
  const dockerignore = existsSync(sharedPath('buildkit', 'lint-cases', ignoreName)) ? readShared('buildkit', 'lint-cases', ignoreName) : null;
  const analysis = analyze(text, { buildArgs });
  return runChecks(text, analysis, { mode, buildArgs, dockerignore });
}

const key = (w: { rule: string; line: number; message: string }) => `${w.rule}@${w.line}: ${w.message}`;

describe('BuildKit lint cases', () => {
  afterAll(() => {
    console.log(`lint cases: ${tally.rows}/${data.cases.length * 2} file×mode rows pass; ${tally.warnings} expected warnings matched; ${tally.errors} build errors matched word for word (or by BuildKit's regexp)`);
  });
  for (const c of data.cases) {
    for (const mode of ['build', 'check'] as const) {
      it(`${c.file} (${mode} mode)`, () => {
        const expected = mode === 'build' ? c.expected_build_warnings : c.expected_check_warnings;
        const result = run(c, mode);
        const got = result.findings.filter((f) => !f.own).map((f) => key({ rule: f.ruleName, line: f.range.start.line, message: f.detail }));
        expect([...got].sort()).toEqual(expected.map(key).sort());
        for (const w of expected.filter((x) => x.description !== null)) {
          const f = result.findings.find((x) => x.ruleName === w.rule && x.range.start.line === w.line);
          expect(f?.description).toBe(w.description);
          expect(f?.url).toBe(w.url);
        }
        tally.warnings += expected.length;
        if (c.build_error !== null) {
          // BuildKit's whole message, word for word (util/suggest's ` (did you mean X?)` included),
          // on BuildKit's line; our explanation is kept apart from it.
          expect(result.buildError?.message).toBe(c.build_error);
          expect(result.buildError?.range?.start.line).toBe(c.build_error_line);
          if (mode === 'build') tally.errors++;
        } else if (c.build_error_regexp !== null) {
          // Errors of the solve (a file the .dockerignore keeps out of the context): only a build
          // gets there, `--check` does not solve.
          if (mode === 'build') {
            expect(result.buildError?.message).toMatch(new RegExp(c.build_error_regexp));
            // BuildKit's test asserts no line for these (the data's build_error_line is not
            // BuildKit's): the error is at the first COPY/ADD of the excluded file.
            const line = result.buildError?.range?.start.line ?? 0;
            expect(readShared('buildkit', 'lint-cases', c.file).split('\n')[line - 1]).toMatch(/^(COPY|ADD) Dockerfile /);
            tally.errors++;
          } else {
            expect(result.buildError).toBeNull();
          }
        } else {
          expect(result.buildError).toBeNull();
        }
        tally.rows++;
      });
    }
  }
});
