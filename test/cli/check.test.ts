/**
 * `stagecraft check` as a user runs it (bin/stagecraft.mjs in a child process): docker build
 * --check's text, buildx's JSON shape, SARIF 2.1.0 valid against the official schema, exit codes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/shared.ts';

const BIN = resolve(REPO_ROOT, 'bin/stagecraft.mjs');
const dir = mkdtempSync(join(tmpdir(), 'stagecraft-check-'));

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, 'check', ...args], { input, encoding: 'utf8', cwd: dir });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

/** The SARIF 2.1.0 schema as Microsoft's SARIF team ships it (draft-04: ajv reads it without meta-validation). */
function sarifValidator() {
  const path = resolve(REPO_ROOT, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  const schema = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  delete schema.$schema;
  delete schema.id;
  return new Ajv({ strict: false, validateSchema: false, allErrors: true, unicodeRegExp: false, validateFormats: false }).compile(schema);
}

const TWO_STAGES = 'FROM alpine AS build\nENV a b\n\nFROM scratch as out\nCOPY --from=build /a /a\nCMD run\n';
const UNUSED = 'FROM alpine AS unused\nENV a b\n\nFROM scratch\nCOPY x /x\n';

describe('stagecraft check', () => {
  it('check FILE (text like docker build --check; exit 1 with warnings, as BuildKit\'s lint status)', () => {
    const r = run([file('Dockerfile', TWO_STAGES)]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('Check complete, 3 warnings have been found!');
    expect(r.out).toContain('WARNING: FromAsCasing - https://docs.docker.com/go/dockerfile/rule/from-as-casing/\n');
    expect(r.out).toContain("'as' and 'FROM' keywords' casing do not match\nDockerfile:4\n--------------------\n");
    expect(r.out).toContain('   4 | >>> FROM scratch as out\n');
  });

  it('check - (clean input: "no warnings found")', () => {
    const r = run(['-'], 'FROM alpine\nCMD ["run"]\n');
    expect(r).toMatchObject({ code: 0, out: 'Check complete, no warnings found.\n' });
  });

  it('check FILE --format json (buildx --call=check,format=json shape)', () => {
    const r = run([file('Dockerfile', TWO_STAGES), '--format', 'json']);
    const j = JSON.parse(r.out);
    // BuildKit's order: what the parser finds (FromAsCasing) before what dispatch finds.
    expect(j.warnings.map((w: { ruleName: string }) => w.ruleName)).toEqual(['FromAsCasing', 'LegacyKeyValueFormat', 'JSONArgsRecommended']);
    expect(j.warnings[1]).toEqual({
      ruleName: 'LegacyKeyValueFormat',
      description: 'Legacy key/value format with whitespace separator should not be used',
      url: 'https://docs.docker.com/go/dockerfile/rule/legacy-key-value-format/',
      detail: '"ENV key=value" should be used instead of legacy "ENV key value" format',
      // Go's omitempty (solver/pb/ops.pb.go): source index 0 and column 0 are left out, as buildx prints them.
      location: { ranges: [{ start: { line: 2 }, end: { line: 2 } }] },
    });
    expect(j.sources).toEqual([{ filename: 'Dockerfile', data: Buffer.from(TWO_STAGES).toString('base64'), language: 'Dockerfile' }]);
    expect(j.buildError).toBeUndefined();
    expect(j.stagecraft).toBeUndefined();
  });

  it('check FILE --build-mode with warnings: exit 0, as a docker build that only warns', () => {
    const r = run([file('Dockerfile', TWO_STAGES), '--build-mode']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Check complete, 3 warnings have been found!');
  });

  it('check FILE FILE (pre-commit passes every staged file): a heading each, exit 1 if any has a finding', () => {
    const clean = file('clean.Dockerfile', 'FROM alpine\nCMD ["run"]\n');
    const warned = file('warned.Dockerfile', TWO_STAGES);
    const r = run([clean, warned]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`==> ${clean} <==\nCheck complete, no warnings found.\n`);
    expect(r.out).toContain(`==> ${warned} <==\nCheck complete, 3 warnings have been found!`);
    expect(r.out).toContain('warned.Dockerfile:4\n');
    expect(run([clean, clean]).code).toBe(0); // named twice: checked once, no finding
    const json = JSON.parse(run([clean, warned, '--format', 'json']).out);
    expect(json.map((d: { file: string; warnings: unknown[] }) => [d.file, d.warnings.length])).toEqual([[clean, 0], [warned, 3]]);
    const sarif = JSON.parse(run([clean, warned, '--format', 'sarif']).out);
    expect(sarifValidator()(sarif)).toBe(true);
    expect(new Set(sarif.runs[0].results.map((x: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => x.locations[0]!.physicalLocation.artifactLocation.uri))).toEqual(new Set([warned]));
  });

  it('check - with terminal escapes in the file: shown as \\x1b, never sent to the terminal', () => {
    const r = run(['-'], 'FROM alpine AS b\nENV a \u001b]0;pwned\u0007b\n');
    expect(r.out).not.toMatch(/[\u001b\u0007]/);
    expect(r.out).toContain('\\x1b]0;pwned\\x07b');
  });

  it('check FILE --build-mode (only what the target reaches) vs check mode (every stage)', () => {
    const f = file('Dockerfile.unused', UNUSED);
    const rules = (args: string[]) => JSON.parse(run([f, '--format', 'json', ...args]).out).warnings.map((w: { ruleName: string }) => w.ruleName);
    expect(rules([])).toEqual(['LegacyKeyValueFormat']);
    expect(rules(['--build-mode'])).toEqual([]);
    expect(rules(['--target', 'unused'])).toEqual(['LegacyKeyValueFormat']);
  });

  it('check FILE --format sarif (valid SARIF 2.1.0)', () => {
    const r = run([file('Dockerfile', `# check=error=true\n${TWO_STAGES}`), '--format', 'sarif']);
    expect(r.code).toBe(1);
    const log = JSON.parse(r.out);
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ version: '2.1.0', runs: [{ results: [] }] })).toBe(false);
    expect(log.runs[0].results.map((x: { ruleId: string; level: string }) => `${x.level}:${x.ruleId}`)).toEqual([
      'warning:FromAsCasing', 'warning:LegacyKeyValueFormat', 'warning:JSONArgsRecommended', 'error:BuildError',
    ]);
  });

  it('check FILE with check=error=true (exit 1, BuildKit\'s lint violation)', () => {
    const r = run([file('Dockerfile', `# check=error=true\n${TWO_STAGES}`)]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('ERROR: lint violation found for rules: FromAsCasing, LegacyKeyValueFormat, JSONArgsRecommended\n');
  });

  it('check FILE --build-arg BUILDKIT_DOCKERFILE_CHECK=skip=all (the build arg wins)', () => {
    const r = run([file('Dockerfile', `# check=error=true\n${TWO_STAGES}`), '--build-arg', 'BUILDKIT_DOCKERFILE_CHECK=skip=all']);
    expect(r).toMatchObject({ code: 0, out: 'Check complete, no warnings found.\n' });
  });

  it('check FILE with a BuildKit error (exit 1)', () => {
    const r = run([file('Dockerfile', 'FROM alpine\nBADCMD x\n')]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('ERROR: dockerfile parse error on line 2: unknown instruction: BADCMD\n');
  });

  it('check FILE: FILE.dockerignore beside it wins over .dockerignore', () => {
    const f = file('app.Dockerfile', 'FROM scratch\nCOPY secret.txt /\nCOPY readme.md /\n');
    file('.dockerignore', 'readme.md\n');
    file('app.Dockerfile.dockerignore', 'secret.txt\n');
    const details = (args: string[]) => JSON.parse(run([f, '--format', 'json', ...args]).out).warnings.map((w: { detail: string }) => w.detail);
    expect(details([])).toEqual(['Attempting to Copy file "secret.txt" that is excluded by .dockerignore']);
    expect(details(['--dockerignore', join(dir, '.dockerignore')])).toEqual(['Attempting to Copy file "readme.md" that is excluded by .dockerignore']);
  });

  it('check FILE whose base image is unknown (exit 0; "cannot tell" after BuildKit\'s lines, in JSON under our own key, in SARIF as a note)', () => {
    const f = file('Dockerfile.unknown', 'FROM foo/bar\nENV Q=$NOPE\n');
    const r = run([f]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Check complete, no warnings found\.\n\nStagecraft's own notes \(not BuildKit's\):\nnote: Dockerfile\.unknown:1: cannot tell: stage 0 starts from foo\/bar/);
    const j = JSON.parse(run([f, '--format', 'json']).out);
    expect(j.warnings).toEqual([]);
    expect(j.stagecraft.notes).toEqual([expect.objectContaining({ kind: 'envUnknown', line: 1 })]);
    const sarif = JSON.parse(run([f, '--format', 'sarif']).out);
    expect(sarifValidator()(sarif)).toBe(true);
    expect(sarif.runs[0].results.map((x: { ruleId: string; level: string }) => `${x.level}:${x.ruleId}`)).toEqual(['note:stagecraft/envUnknown']);
    const p = run([file('Dockerfile.arm', 'FROM --platform=linux/arm64 foo/bar AS arm64\n')]);
    expect(p.code).toBe(0);
    expect(p.out).toContain('note: Dockerfile.arm:1: cannot tell: stage 0 asks for linux/arm64 from foo/bar');
  });

  it('check FILE whose only finding is our syntax-version rule (exit 0, not in buildx\'s warnings)', () => {
    const f = file('Dockerfile.syntax', '# syntax=docker/dockerfile:1.3\nFROM alpine\nCOPY --link a /a\n');
    const r = run([f]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Check complete, no warnings found.\n');
    expect(r.out).toContain('note: Dockerfile.syntax:3: COPY --link needs docker/dockerfile:1.4 or later; this file pins docker/dockerfile:1.3 [stagecraft/syntax-version]\n');
    const j = JSON.parse(run([f, '--format', 'json']).out);
    expect(j.warnings).toEqual([]);
    expect(j.stagecraft.notes).toEqual([{ kind: 'ownRule', ruleName: 'stagecraft/syntax-version', line: 3, message: 'COPY --link needs docker/dockerfile:1.4 or later; this file pins docker/dockerfile:1.3' }]);
    const sarif = JSON.parse(run([f, '--format', 'sarif']).out);
    expect(sarif.runs[0].results.map((x: { level: string }) => x.level)).toEqual(['note']);
  });

  it('check FILE --target nope (BuildKit\'s message only, and no location: an empty one in JSON)', () => {
    const f = file('Dockerfile.target', 'FROM alpine AS build\n');
    const j = JSON.parse(run([f, '--target', 'nope', '--format', 'json']).out);
    expect(j.buildError).toEqual({ message: 'target stage "nope" could not be found', location: {} });
    const t = run([f, '--target', 'buidl']);
    expect(t.code).toBe(1);
    expect(t.out).toBe('ERROR: target stage "buidl" could not be found (did you mean build?)\n');
  });

  it('check FILE with an unknown instruction (BuildKit\'s parse-error words in buildError.message)', () => {
    const j = JSON.parse(run([file('Dockerfile.bad', 'FROM alpine\nBADCMD x\n'), '--format', 'json']).out);
    expect(j.buildError).toEqual({ message: 'dockerfile parse error on line 2: unknown instruction: BADCMD', location: { ranges: [{ start: { line: 2 }, end: { line: 2 } }] } });
  });

  it('check --format yaml / a glob that matches nothing / missing file (usage errors: exit 2)', () => {
    expect(run(['-', '--format', 'yaml'], 'FROM a\n').code).toBe(2);
    expect(run(['nothing/*.Dockerfile']).code).toBe(2);
    expect(run([join(dir, 'nope')]).err).toContain('no such file');
  });
});
