/**
 * The builder-pattern core: multi-stage ⇄ builder pattern, the comparison
 * table and the simulated classic build logs. Pure: no DOM, no file system.
 */
export type { FileLine, Link, LinkKind, Note, NoteCode, NoteSeverity, WorkspaceFile } from './types.ts';
export { NOTE_MESSAGES } from './notes.ts';
export { toBuilderPattern, type BuilderPatternOptions, type BuilderPatternResult } from './toBuilderPattern.ts';
export { toMultistage, type ConvertedStage, type MultistageOptions, type MultistageResult } from './toMultistage.ts';
export { compareWays, fatImageSize, sizeImage, type Comparison, type ImageSize, type MetricKey, type MetricRow, type SizeInputs } from './metrics.ts';
export { builderPatternLog, classicBuildLog, humanSize, multistageLog, type LogLine, type LogOptions } from './buildLog.ts';
export { referencedDockerfiles } from './referenced.ts';
export { ownValue } from './records.ts';
export { argNamesOf, declaredArgNames, splitBuildArgs } from './declaredArgs.ts';
export { hasControlCharacter, showControlCharacters } from './controlChars.ts';
export { EXTRACT_FOLDER } from './builderPlan.ts';
export { ENGLISH_COMMENTS, fillComment, type GeneratedComments } from './comments.ts';
export { builderPipeline, type Pipeline, type PipelineCleanup, type PipelineEdge, type PipelineEdgeKind, type PipelineNode } from './pipeline.ts';
