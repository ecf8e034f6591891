/** BuildKit's build checks (and one teaching check of ours) over an engine analysis. */
export { runChecks, runChecksBoth } from './run.ts';
export { BUILDKIT_RULES, RULES, ruleByName, type RuleInfo } from './rules.ts';
export type { BuildError, CheckMode, CheckNote, CheckOptions, CheckResult, Finding } from './types.ts';
