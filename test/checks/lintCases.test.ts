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
const tally = { warnings: 0, rows: 0, errors: 0, exact: 0 };

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
    console.log(`lint cases: ${tally.rows}/${data.cases.length * 2} file×mode rows pass; ${tally.warnings} expected warnings matched; ${tally.errors} build errors matched (${tally.exact} word for word)`);
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
        // Errors from solving (a file missing from the context) are beyond a static check.
        if (c.build_error !== null) {
          // The engine owns the wording of its own errors (its fidelity is tested with the
          // engine); here: the build fails, on that line, starting with BuildKit's words.
          const words = buildKitWords(c.build_error);
          const message = result.buildError?.message ?? '';
          expect(message.startsWith(words.split(' ').slice(0, 4).join(' '))).toBe(true);
          expect(result.buildError?.range?.start.line).toBe(c.build_error_line);
          if (mode === 'build') {
            tally.errors++;
            if (message.startsWith(words)) tally.exact++;
          }
        } else if (c.build_error_regexp === null) {
          expect(result.buildError).toBeNull();
        }
        tally.rows++;
      });
    }
  }
});

/** BuildKit's message without the prefix its parser adds around instruction errors. */
function buildKitWords(message: string): string {
  return message.replace(/^dockerfile parse error on line \d+: /, '').replace(/ \(did you mean \w+\?\)$/, '');
}
