/**
 * The collector every rule reports through: BuildKit's Linter.Run (skip / experimental gate,
 * the rules that fired for `error=true`) with a per-instruction config.
 */
import type { Range } from '../model.ts';
import { configFromComments, ruleEnabled, type LintConfig } from './config.ts';
import type { RuleInfo } from './rules.ts';
import type { Finding } from './types.ts';

export class Linter {
  /** Rule names that fired, in first-fired order (BuildKit's CalledRules). */
  readonly called: string[];
  readonly findings: Finding[];
  constructor(readonly config: LintConfig, findings: readonly Finding[] = [], called: readonly string[] = []) {
    this.findings = [...findings];
    this.called = [...called];
  }

  /** A copy that goes on from here (one per mode, after the phases they share). */
  fork(): Linter {
    return new Linter(this.config, this.findings, this.called);
  }

  /** The config for an instruction with these comments above it. */
  forComments(comments: readonly string[]): LintConfig {
    return comments.length === 0 ? this.config : configFromComments(this.config, comments);
  }

  run(config: LintConfig, rule: RuleInfo, range: Range, detail: string, stage?: number, onbuildLine?: number): void {
    if (!ruleEnabled(config, rule)) return;
    if (!rule.own && !this.called.includes(rule.name)) this.called.push(rule.name);
    const f: { -readonly [K in keyof Finding]: Finding[K] } = { ruleName: rule.name, description: rule.description, url: rule.url, detail, range };
    if (stage !== undefined) f.stage = stage;
    if (rule.own) f.own = true;
    if (onbuildLine !== undefined) f.onbuildLine = onbuildLine;
    this.findings.push(f);
  }
}
