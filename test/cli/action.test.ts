/**
 * The GitHub Action's script part (action/run.sh) with a faked job summary and outputs file,
 * running the freshly built command instead of the published package.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SEED_002_MULTI_STAGE as SEED_002 } from '../share/fixtures.ts';
import { REPO_ROOT } from '../support/shared.ts';
import { CLI, scratch } from './built.ts';

const SCRIPT = resolve(REPO_ROOT, 'action/run.sh');

function action(inputs: Record<string, string>) {
  const { dir, file } = scratch('stagecraft-action-');
  file('Dockerfile', SEED_002);
  file('bad.Dockerfile', 'FROM a AS x\nCOPY --from=x / /\n');
  file('args.Dockerfile', 'ARG A\nARG B\nFROM alpine:${A}\nLABEL b="${B}"\n');
  const summary = file('summary.md', '# earlier step\n');
  const output = file('output.txt', '');
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, STAGECRAFT_BIN: CLI, GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: output, RUNNER_TEMP: dir };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase().replace(/-/g, '_')}`] = v;
  const r = spawnSync('bash', [SCRIPT], { cwd: dir, env, encoding: 'utf8' });
  return { code: r.status, err: r.stderr, summary: readFileSync(summary, 'utf8'), output: readFileSync(output, 'utf8') };
}

describe('action/run.sh', () => {
  it('defaults: Dockerfile, markdown appended to the job summary, the file named in the outputs', () => {
    const r = action({});
    expect(r.code).toBe(0);
    expect(r.summary).toMatch(/^# earlier step\n## Stagecraft: Dockerfile\n\n```mermaid\nflowchart TB\n/);
    expect(r.summary).toContain('| stage-1 | `alpine:latest` | yes (target) |');
    const file = r.output.match(/^markdown-file=(.+)$/m)?.[1];
    expect(readFileSync(file!, 'utf8')).toMatch(/^```mermaid/);
  });

  it('target, build-args (one per line, blank lines skipped) and a quoted glob', () => {
    const r = action({ files: '*.Dockerfile Dockerfile', target: 'x', 'build-args': 'A=1\n\n  B=two words  \n' });
    expect(r.code).toBe(0);
    expect(r.summary).toContain('## args.Dockerfile');
    expect(r.summary).toContain('`alpine:1`');
    expect(r.summary).toContain('## bad.Dockerfile');
    expect(r.summary).toContain('| x | `a` | yes (target) |');
    expect(r.summary).toContain('## Dockerfile');
    expect(r.summary).toContain('target stage "x" could not be found');
  });

  it('strict with an error diagnostic: the summary is written, then the step fails with 1', () => {
    const r = action({ files: 'bad.Dockerfile', strict: 'true' });
    expect(r.code).toBe(1);
    expect(r.summary).toContain('Diagnostics (');
  });

  it('summary: false writes no summary; a missing file fails with 2 and its message', () => {
    expect(action({ summary: 'false' }).summary).toBe('# earlier step\n');
    const r = action({ files: 'missing.Dockerfile' });
    expect(r).toMatchObject({ code: 2, err: 'stagecraft: missing.Dockerfile: no such file\n', summary: '# earlier step\n' });
  });

  it('action.yml documents every input the script reads and runs the script', () => {
    const yml = parse(readFileSync(resolve(REPO_ROOT, 'action.yml'), 'utf8'));
    expect(yml.runs.using).toBe('composite');
    const script = readFileSync(SCRIPT, 'utf8');
    const read = [...script.matchAll(/INPUT_([A-Z_]+)/g)].map((m) => m[1]!.toLowerCase().replace(/_/g, '-'));
    for (const name of new Set(read)) {
      expect(yml.inputs[name]?.description, name).toBeTruthy();
      expect(yml.runs.steps[1].env[`INPUT_${name.toUpperCase().replace(/-/g, '_')}`]).toBe(`\${{ inputs.${name} }}`);
    }
  });
});

describe('.pre-commit-hooks.yaml', () => {
  it('a hook for stagecraft check and one for readme-sync, both node hooks', () => {
    const hooks = parse(readFileSync(resolve(REPO_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string; language: string }[];
    expect(hooks.map((h) => [h.id, h.entry, h.language])).toEqual([
      ['stagecraft-check', 'stagecraft check', 'node'],
      ['stagecraft-readme-sync', 'stagecraft readme-sync', 'node'],
    ]);
  });
});
