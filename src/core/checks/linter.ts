/**
 * The collector every rule reports through: BuildKit's Linter.Run (skip / experimental gate,
 * the rules that fired for `error=true`) with a per-instruction config.
 */
import type { Range } from '../model.ts';
import { configFromComments, ruleEnabled, type LintConfig } from './config.ts';
import type { RuleInfo } from './rules.ts';
import type { Finding } from './types.ts';

export class Linter {
  readonly findings: Finding[] = [];
  /** Rule names that fired, in first-fired order (BuildKit's CalledRules). */
  readonly called: string[] = [];
  constructor(readonly config: LintConfig) {}

  /** The config for an instruction with these comments above it. */
  forComments(comments: readonly string[]): LintConfig {
    return comments.length === 0 ? this.config : configFromComments(this.config, comments);
  }

  run(config: LintConfig, rule: RuleInfo, range: Range, detail: string, stage?: number): void {
    if (!ruleEnabled(config, rule)) return;
    if (!rule.own && !this.called.includes(rule.name)) this.called.push(rule.name);
    const f: Finding = { ruleName: rule.name, description: rule.description, url: rule.url, detail, range };
    this.findings.push({ ...f, ...(stage === undefined ? {} : { stage }), ...(rule.own ? { own: true } : {}) });
  }
}
