/**
 * Diagnostic catalogue: one English template per stable code.
 *
 * Templates use `{name}` placeholders filled from `params`; the UI's i18n layer
 * holds a translation of each template under the same code and the same
 * placeholders, so a message can be re-rendered in any language from data.
 */
import type { Diagnostic, DiagnosticCode, Range, Severity } from './model.ts';

export const MESSAGES: Readonly<Record<DiagnosticCode, string>> = {
  // Where BuildKit fails, the message starts with BuildKit's own words, then explains.
  EmptyDockerfile: 'file with no instructions: the Dockerfile is empty or has only comments. Paste or type a Dockerfile to see its build stages.',
  NoStages: 'dockerfile contains no stages to build: there is no FROM, so nothing can be built.',
  InstructionBeforeFrom:
    'no build stage in current context: {instruction} comes before the first FROM, where only ARG is allowed.',
  FromArgumentCount: 'FROM requires either one or three arguments: FROM <image> [AS <name>] (found {count}).',
  InvalidStageName:
    'invalid name for build stage: "{name}", name can\'t start with a number or contain symbols. Use a letter first, then letters, digits, "-", "_" or ".".',
  BlankBaseName: 'base name ({text}) should not be blank: the image name is empty after ARG expansion.',
  InvalidImageReference:
    'failed to parse stage name "{ref}": {reason}. It names no stage above, so BuildKit reads it as an image reference, and that fails.',
  TargetNotFound: 'target stage "{target}" could not be found{suggestion}.',
  FromFlagVariable:
    '{detail}: a stage reference is never expanded. Define a stage with FROM using a global ARG, and copy from that stage.',
  InvalidStageIndex: 'invalid stage index {index}: this Dockerfile has stages 0 to {max}.',
  CircularDependency: 'circular dependency detected on stage: {stage}. Stages that copy from each other can never be built.',
  StageUsedBeforeDefined:
    '{buildkit}. BuildKit builds stages in file order, so a stage can only {verb} from stages defined above it.',
  SecretMountFrom: 'secret mount should not have a from: a secret comes from the build command, not from a stage.',
  UnknownInstruction: 'unknown instruction: {instruction}{suggestion}.',
  UnterminatedHeredoc: 'unterminated heredoc: no line after <<{name} reads exactly "{name}".',
  UnknownFlag: 'unknown flag: {flag}{suggestion}.',
  FlagMissingValue: 'missing a value on flag: {flag}.',
  DuplicateFlag: 'duplicate flag specified: {flag}.',
  InvalidEscapeDirective: "invalid escape token '{value}' does not match ` or \\.",
  DuplicateDirective: 'only one {name} parser directive can be used.',
  LineTooLong: 'dockerfile line greater than max allowed size of 65535 (this one has {length} characters).',
  JsonNotStrings: 'when using JSON array syntax, arrays must be comprised of strings only.',
  MissingArguments: '{detail}',
  ShellExpansionError: '{reason} (while expanding {text}).',
  InvalidPlatform: '{reason}',
  OnbuildInvalidTrigger: '{detail}',
  // BuildKit build checks: rule names and messages as BuildKit prints them.
  StageNameCasing: "Stage name '{name}' should be lowercase",
  FromAsCasing: "'{as}' and '{from}' keywords' casing do not match",
  DuplicateStageName: 'Duplicate stage name "{name}", stage names should be unique',
  ReservedStageName: 'Stage name should not use the same name as reserved stage "{name}"',
  UndefinedArgInFrom: "FROM argument '{arg}' is not declared{suggestion}",
  InvalidDefaultArgInFrom: 'Default value for ARG {text} results in empty or invalid base image name',
  // Stagecraft's teaching hints.
  FromLikelyStageTypo:
    '"{ref}" names no stage, so BuildKit pulls an image called "{ref}". Did you mean the stage "{stage}"?',
  FromStageCaseMismatch:
    'FROM {ref} does not use stage "{stage}": FROM matches stage names case-sensitively, so BuildKit reads {ref} as an image. The classic builder would use the stage.',
  NumericMountFrom:
    'from={ref} in RUN --mount names an image called "{ref}", not stage {ref}: mounts do not accept stage indexes.',
  ClassicBuilderDiffers: '{detail}',
  InvalidContextName:
    'invalid context name {name}: {reason}. In a real build BuildKit looks up a named build context for every stage name, so a stage name must also be a valid image name.',
  BuildContextUnused: 'The build context "{name}" replaces nothing: no stage, FROM image or COPY --from / mount source is called "{name}".',
  BuildContextReplacesStage:
    'The build context "{name}" ({value}) replaces stage "{stage}": BuildKit runs none of its instructions, and stages that build on it or copy from it get the context instead.',
  ImplicitStateIndex:
    '--from={index} names no stage (there are {stages}), yet BuildKit accepts it: its state list also holds the images that earlier COPY --from and mounts name, and index {index} is "{image}". Surprising and fragile: name the stage or the image instead.',
  ScratchStageMount:
    'This mount has no from=, so BuildKit looks up a stage named "{stage}" for it: the stage now depends on that stage, which is built first. Rename the stage (scratch is reserved).',
  OnbuildTriggerFailsInChild:
    'This ONBUILD trigger runs when stage "{stage}" (line {line}) is built from this stage: BuildKit parses it there, and reports its error on that FROM line.',
  ClassicBuilderCannotBuild:
    'The classic builder cannot build this file: {feature} needs BuildKit, so what the classic builder would build does not apply. Build it with BuildKit (docker buildx build, or DOCKER_BUILDKIT=1).',
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
