/**
 * The comparison view's model: pure functions over plain data, no React, no DOM (the view is a thin
 * shell over it; the worker runs it for large inputs). One concern per file under model/:
 *   directions  which way to convert, from what the workspace holds
 *   convert     the two sides, links and notes of one conversion
 *   links       what lights up when a line is hovered or focused
 *   measure     the metrics table (ready to print) and the two simulated build logs
 *   sizes       the sizes a person types, parsed and validated
 *   budget      how many lines each file renders at first (large comparisons)
 */
export { chooseDirections, findScript, resolveWay, type Directions, type Way } from './model/directions.ts';
export { convert, defaultProject, fileKey, splitLines, type Conversion, type ConvertInput, type PaneFile, type SideKind } from './model/convert.ts';
export { counterparts, indexLinks, lightUp, lineKey, type LineMark, type LineRef, type LinkIndex, type Lit } from './model/links.ts';
export { measure, printRow, type Cell, type Measured, type PrintedRow } from './model/measure.ts';
export {
  artifactText, decodeDraft, EMPTY_DRAFT, MAX_MEGABYTES, megabytes, parseMegabytes, sizeInputs,
  type ParsedSize, type SizeDraft, type SizeInputs,
} from './model/sizes.ts';
export { KNOWN_ARTIFACT_BYTES } from './model/knownSizes.ts';
export { LINE_BUDGET, lineLimits } from './model/budget.ts';
