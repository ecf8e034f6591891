/**
 * The command as users get it: src/cli bundled by scripts/build-cli.mjs (built afresh for each
 * test file into a temporary folder, so a test never runs a stale bundle) and run in a child process.
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCli } from '../../scripts/build-cli.mjs';

export const CLI = await buildCli(mkdtempSync(join(tmpdir(), 'stagecraft-built-')));

export interface Run { code: number | null; out: string; err: string; ms: number }

export function runCli(args: readonly string[], options: { cwd: string; input?: string | Buffer; stdin?: number | 'pipe'; env?: NodeJS.ProcessEnv }): Run {
  const env = { ...process.env, NO_COLOR: '', ...options.env };
  const spawnOptions: SpawnSyncOptions = { cwd: options.cwd, env, encoding: 'utf8', timeout: 20_000 };
  if (options.stdin !== undefined) spawnOptions.stdio = [options.stdin, 'pipe', 'pipe'];
  else spawnOptions.input = options.input ?? '';
  const t = performance.now();
  const r = spawnSync(process.execPath, [CLI, ...args], spawnOptions);
  return { code: r.status, out: String(r.stdout ?? ''), err: String(r.stderr ?? ''), ms: performance.now() - t };
}

/** A fresh empty folder, and a helper that writes files into it. */
export function scratch(prefix = 'stagecraft-cli-') {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const file = (name: string, text: string | Buffer) => {
    const p = join(dir, name);
    writeFileSync(p, text);
    return p;
  };
  return { dir, file };
}
