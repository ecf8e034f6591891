/**
 * `stagecraft check [FILE|-]... [--format text|json|sarif] [--build-mode] [--target NAME]
 * [--build-arg K=V]... [--dockerignore FILE]`: BuildKit's build checks, for CI and pre-commit
 * (which passes every staged Dockerfile in one call).
 * Exit codes as docker build's: in check mode (`docker build --check`), 1 when any file has a
 * finding or would fail, as BuildKit's lint subrequest sets `result.statuscode`
 * (frontend/subrequests/lint/lint.go, ToResult); in build mode, 1 only when the build would fail
 * (a BuildKit error, or a finding under `error=true`). 0 otherwise; usage errors exit 2 (main.ts).
 * Stagecraft's own rule and its "cannot tell" notes are printed apart (text: `note:` lines after
 * BuildKit's; JSON: the `stagecraft` key; SARIF: level note) and never change the exit code.
 */
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { analyze } from '../core/analyze/analyze.ts';
import { checksSarifMany } from '../core/checks/report/sarif.ts';
import { formatChecksText } from '../core/checks/report/text.ts';
import { runChecks } from '../core/checks/index.ts';
import { checksJson } from '../core/checks/report/json.ts';
import { buildkitFindings } from '../core/checks/report/ours.ts';
import { jsonSafe, neutralizeControls } from '../core/format/controls.ts';
import { readDockerignore } from './dockerignoreFile.ts';
import { expandInputs, perFileJson, perFileText } from './inputs.ts';
import { readInput, UsageError, type CliIO } from './io.ts';
import { BUILD_OPTIONS, parseBuildArgs } from './options.ts';

const FORMATS = ['text', 'json', 'sarif'] as const;

export async function checkCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      ...BUILD_OPTIONS,
      format: { type: 'string', short: 'f', default: 'text' },
      'build-mode': { type: 'boolean', default: false },
      dockerignore: { type: 'string' },
    },
  });
  const format = values.format as string;
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
  const files = await expandInputs(positionals.length > 0 ? positionals : ['-']);
  const buildArgs = parseBuildArgs(values['build-arg'] ?? []);
  const target = values.target ?? null;
  const mode = values['build-mode'] ? 'build' : 'check';
  const checked = [];
  for (const file of files) {
    const text = await readInput(io, file);
    const dockerignore = await readDockerignore(io, file, values.dockerignore);
    const result = runChecks(text, analyze(text, { target, buildArgs }), { mode, target, buildArgs, dockerignore });
    checked.push({ file, text, result, name: file === '-' ? 'Dockerfile' : basename(file) });
  }
  if (format === 'json') {
    // One file: buildx's document as it is; several: an array of them, each with the file it describes.
    io.out(jsonSafe(perFileJson(checked, (c) => checksJson(c.result, c.name, c.text) as object)));
  } else if (format === 'sarif') {
    io.out(jsonSafe(`${JSON.stringify(checksSarifMany(checked.map((c) => ({ result: c.result, uri: c.file === '-' ? 'Dockerfile' : c.file }))), null, 2)}\n`));
  } else {
    io.out(neutralizeControls(perFileText(checked, (c) => formatChecksText(c.result, c.name, c.text))));
  }
  // Only BuildKit's findings count: our own rule and notes never change the exit code.
  return checked.some((c) => c.result.buildError !== null || (mode === 'check' && buildkitFindings(c.result).length > 0)) ? 1 : 0;
}
