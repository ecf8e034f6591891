/**
 * Which rules run: BuildKit's `# check=` directive, the BUILDKIT_DOCKERFILE_CHECK build arg
 * (which replaces the directive), and `# check=` comments directly above one instruction
 * (merged for that instruction only). Ports linter.ParseLintOptions / WithMergedConfig /
 * WithMergedConfigFromComments (frontend/dockerfile/linter/linter.go).
 */
import type { RuleInfo } from './rules.ts';

export interface LintConfig {
  readonly skipAll: boolean;
  readonly skip: ReadonlySet<string>;
  readonly experimentalAll: boolean;
  readonly experimental: ReadonlySet<string>;
  readonly error: boolean;
}

export const EMPTY_CONFIG: LintConfig = { skipAll: false, skip: new Set(), experimentalAll: false, experimental: new Set(), error: false };

export type ParsedConfig = { ok: true; config: LintConfig } | { ok: false; error: string };

const GO_TRUE = new Set(['1', 't', 'T', 'TRUE', 'true', 'True']);
const GO_FALSE = new Set(['0', 'f', 'F', 'FALSE', 'false', 'False']);

function list(v: string): string[] {
  return v.split(',').map((r) => r.trim());
}

/** Go's strings.SplitN(s, ";", 3), as ParseLintOptions splits: the third part keeps any further ';'. */
export function splitOptionParts(s: string): string[] {
  const parts: string[] = [];
  let rest = s;
  while (parts.length < 2 && rest.includes(';')) {
    const i = rest.indexOf(';');
    parts.push(rest.slice(0, i));
    rest = rest.slice(i + 1);
  }
  parts.push(rest);
  return parts;
}

/** linter.ParseLintOptions: `skip=a,b|all;error=true;experimental=c|all` (at most 3 parts). */
export function parseLintOptions(text: string): ParsedConfig {
  const str = text.trim();
  if (str === '') return { ok: true, config: EMPTY_CONFIG };
  const parts = splitOptionParts(str);
  let skipAll = false;
  let experimentalAll = false;
  let error = false;
  let skip: string[] = [];
  let experimental: string[] = [];
  for (const p of parts) {
    const eq = p.indexOf('=');
    if (eq < 0) return { ok: false, error: `invalid check option "${p}"` };
    const k = p.slice(0, eq).trim();
    const v = p.slice(eq + 1).trim();
    if (k === 'skip') {
      if (v === 'all') skipAll = true;
      else skip = list(v);
    } else if (k === 'experimental') {
      if (v === 'all') experimentalAll = true;
      else experimental = list(v);
    } else if (k === 'error') {
      if (GO_TRUE.has(v)) error = true;
      else if (GO_FALSE.has(v)) error = false;
      else return { ok: false, error: `failed to parse check option "${p}": strconv.ParseBool: parsing "${v}": invalid syntax` };
    } else {
      return { ok: false, error: `invalid check option "${k}"` };
    }
  }
  return { ok: true, config: { skipAll, skip: new Set(skip), experimentalAll, experimental: new Set(experimental), error } };
}

/** Linter.WithMergedConfig: skips and experimental rules add up; `error` stays the base's. */
export function mergeConfig(base: LintConfig, other: LintConfig): LintConfig {
  return {
    skipAll: base.skipAll || other.skipAll,
    skip: other.skip.size > 0 ? new Set([...base.skip, ...other.skip]) : base.skip,
    experimentalAll: base.experimentalAll || other.experimentalAll,
    experimental: other.experimental.size > 0 ? new Set([...base.experimental, ...other.experimental]) : base.experimental,
    error: base.error,
  };
}

const DIRECTIVE = /^([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/;

/**
 * Linter.WithMergedConfigFromComments: the first comment above the instruction that reads as a
 * `check=` directive is merged (only its first space-separated word, so `# check=skip=X // why`
 * works); an invalid one leaves the config as it was.
 */
export function configFromComments(base: LintConfig, comments: readonly string[]): LintConfig {
  for (const comment of comments) {
    if (!/check/i.test(comment)) continue;
    const m = DIRECTIVE.exec(comment.replace(/^\s+/, ''));
    if (m === null || (m[1] ?? '').toLowerCase() !== 'check') continue;
    const value = (m[2] ?? '').split(' ')[0] ?? '';
    const parsed = parseLintOptions(value);
    return parsed.ok ? mergeConfig(base, parsed.config) : base;
  }
  return base;
}

/** Linter.Run's gate: experimental rules need enabling; `skip=all` does not silence them. */
export function ruleEnabled(config: LintConfig, rule: RuleInfo): boolean {
  if (rule.experimental) return config.experimentalAll || config.experimental.has(rule.name);
  return !(config.skipAll || config.skip.has(rule.name));
}
