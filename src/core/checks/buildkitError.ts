/**
 * A build error in BuildKit's words only, as `docker build --check` and buildx's JSON give it:
 * the engine's diagnostics start with BuildKit's message and then explain; here the message is
 * rebuilt from the diagnostic's code and params with BuildKit's template alone, the explanation
 * kept apart (ours, never in buildx's `buildError.message`).
 * - Errors of instructions.Parse carry its prefix `dockerfile parse error on line N: `
 *   (instructions/parse.go parseError), except the ones it returns with a location only.
 * - Errors BuildKit returns without a location (the target lookup, no stages) have none.
 * - Suggestions are util/suggest's ` (did you mean X?)`, already in the params.
 */
import { formatMessage } from '../diagnostics.ts';
import type { Diagnostic, DiagnosticCode, Range } from '../model.ts';

const TEMPLATES: Partial<Record<DiagnosticCode, string>> = {
  EmptyDockerfile: 'file with no instructions',
  NoStages: 'dockerfile contains no stages to build',
  InstructionBeforeFrom: 'no build stage in current context',
  FromArgumentCount: 'FROM requires either one or three arguments',
  InvalidStageName: 'invalid name for build stage: "{name}", name can\'t start with a number or contain symbols',
  BlankBaseName: 'base name ({text}) should not be blank',
  InvalidImageReference: 'failed to parse stage name "{ref}": {reason}',
  TargetNotFound: 'target stage "{target}" could not be found{suggestion}',
  FromFlagVariable: '{detail}',
  InvalidStageIndex: 'invalid stage index {index}',
  CircularDependency: 'circular dependency detected on stage: {stage}',
  StageUsedBeforeDefined: '{buildkit}',
  SecretMountFrom: 'secret mount should not have a from',
  UnknownInstruction: 'unknown instruction: {instruction}{suggestion}',
  UnterminatedHeredoc: 'unterminated heredoc',
  UnknownFlag: 'unknown flag: {flag}{suggestion}',
  FlagMissingValue: 'missing a value on flag: {flag}',
  DuplicateFlag: 'duplicate flag specified: {flag}',
  InvalidEscapeDirective: "invalid escape token '{value}' does not match ` or \\",
  DuplicateDirective: 'only one {name} parser directive can be used',
  LineTooLong: 'dockerfile line greater than max allowed size of 65535',
  JsonNotStrings: 'when using JSON array syntax, arrays must be comprised of strings only',
  MissingArguments: '{detail}',
  InvalidPlatform: '{reason}',
  OnbuildInvalidTrigger: '{detail}',
};

/** Errors of instructions.Parse that it wraps in its parseError (with the line prefix). */
const PARSE_PREFIXED = new Set<DiagnosticCode>([
  'FromArgumentCount', 'InvalidStageName', 'UnknownInstruction', 'UnknownFlag', 'FlagMissingValue', 'DuplicateFlag',
  'JsonNotStrings', 'MissingArguments', 'OnbuildInvalidTrigger',
]);

/** Returned by BuildKit without a location (no LocationError): buildx's JSON has an empty location. */
const NO_LOCATION = new Set<DiagnosticCode>(['TargetNotFound', 'NoStages']);

export interface BuildKitError {
  readonly message: string;
  readonly range: Range | null;
  /** Our explanation (the engine's whole message), when it says more than BuildKit's words. */
  readonly explanation?: string;
}

export function buildKitError(d: Diagnostic): BuildKitError {
  const template = TEMPLATES[d.code];
  let message = template === undefined ? d.message : formatMessage(template, d.params);
  if (PARSE_PREFIXED.has(d.code)) message = `dockerfile parse error on line ${d.range.start.line}: ${message}`;
  const range = NO_LOCATION.has(d.code) ? null : d.range;
  // The engine's message says more than BuildKit's words only when more than punctuation follows them.
  const bare = message.replace(/^dockerfile parse error on line \d+: /, '');
  // (Ignoring a period before ` (did you mean`: the engine's wording of it may differ.)
  const engine = d.message.replace(/\.(?= \(did you mean )/, '');
  const more = engine.startsWith(bare) ? engine.slice(bare.length).replace(/^[\s.:;,]+/, '') : d.message;
  return more === '' ? { message, range } : { message, range, explanation: d.message };
}
