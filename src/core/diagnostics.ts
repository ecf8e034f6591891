/**
 * Diagnostic catalogue: one English template per stable code.
 *
 * Templates use `{name}` placeholders filled from `params`; the UI's i18n layer
 * holds a translation of each template under the same code and the same
 * placeholders, so a message can be re-rendered in any language from data.
 */
import type { Diagnostic, DiagnosticCode, Range, Severity } from './model.ts';

export const MESSAGES: Readonly<Record<DiagnosticCode, string>> = {
  EmptyDockerfile: 'The Dockerfile is empty: paste or type one to see its build stages.',
  NoStages: 'The Dockerfile has no FROM, so there are no stages to build.',
  InstructionBeforeFrom:
    '{instruction} comes before the first FROM. Only ARG may come before FROM ("no build stage in current context").',
  FromArgumentCount: 'FROM takes one argument, or three with AS: FROM <image> [AS <name>] (found {count}).',
  InvalidStageName:
    'Invalid stage name "{name}": a name must start with a letter and contain only letters, digits, "-", "_" and ".".',
  BlankBaseName: 'The base image name ({text}) is blank after ARG expansion.',
  InvalidImageReference:
    '"{ref}" is not a valid image reference ({reason}); BuildKit fails the build here.',
  TargetNotFound: 'Target stage "{target}" could not be found.{suggestion}',
  FromFlagVariable:
    '{flag} does not support variable expansion. Define a stage with FROM using a global ARG instead.',
  InvalidStageIndex: 'Invalid stage index {index}: the Dockerfile has stages 0 to {max}.',
  CircularDependency: 'Circular dependency detected on stage {stage}.',
  StageUsedBeforeDefined:
    'Stage "{source}" is used by stage "{stage}" before it is defined; a stage can only copy or mount from stages above it.',
  SecretMountFrom: 'A secret mount cannot have from=.',
  UnknownInstruction: 'Unknown instruction: {instruction}.{suggestion}',
  UnterminatedHeredoc: 'The heredoc <<{name} is never terminated: no line reads exactly "{name}".',
  UnknownFlag: 'Unknown flag {flag} for {instruction}.',
  FlagMissingValue: 'The flag {flag} needs a value (--{name}=<value>).',
  DuplicateFlag: 'The flag --{name} is given more than once.',
  InvalidEscapeDirective: 'Invalid escape token "{value}": it must be \\ or `.',
  DuplicateDirective: 'Only one "{name}" parser directive can be used.',
  LineTooLong: 'A Dockerfile line may be at most 65535 characters long (this one has {length}).',
  JsonNotStrings: 'In JSON (exec) form the array must contain strings only.',
  MissingArguments: '{instruction} {detail}',
  ShellExpansionError: 'Cannot expand "{text}": {reason}.',
  InvalidPlatform: 'Invalid platform "{platform}": {reason}.',
  OnbuildInvalidTrigger: '{detail}',
  StageNameCasing: "Stage name '{name}' should be lowercase",
  FromAsCasing: "'{as}' and '{from}' keywords' casing do not match",
  DuplicateStageName: 'Duplicate stage name "{name}", stage names should be unique',
  ReservedStageName: 'Stage name should not use the same name as reserved stage "{name}"',
  UndefinedArgInFrom: "FROM argument '{arg}' is not declared{suggestion}",
  InvalidDefaultArgInFrom: 'Default value for ARG {text} results in empty or invalid base image name',
  FromLikelyStageTypo:
    '"{ref}" is not a stage, so BuildKit pulls it as an image; did you mean the stage "{stage}"?',
  FromStageCaseMismatch:
    'FROM {ref} does not match stage "{stage}": FROM compares names case-sensitively, so BuildKit treats {ref} as an image (the classic builder would use the stage).',
  NumericMountFrom:
    'RUN --mount from={ref} names an image called "{ref}", not stage {ref}: mounts do not accept stage indexes.',
  ClassicBuilderDiffers: '{detail}',
  IndexBeyondStages:
    '--from={index} is beyond the last stage; BuildKit may resolve it to an image referenced by an earlier COPY --from.',
};

/** Fills `{placeholders}` in a template; unknown placeholders stay as written. */
export function formatMessage(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(params, key) ? String(params[key]) : whole,
  );
}

/** Builds a diagnostic with its English message. */
export function diagnostic(
  severity: Severity,
  code: DiagnosticCode,
  range: Range,
  params: Readonly<Record<string, string | number>> = {},
  stage?: number,
): Diagnostic {
  const d: Diagnostic = { severity, code, message: formatMessage(MESSAGES[code], params), params, range };
  return stage === undefined ? d : { ...d, stage };
}
