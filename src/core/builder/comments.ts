/**
 * The comments Stagecraft writes into generated files, as templates with {placeholders}, so a page
 * in another language can write them in that language. English is the default (the CLI's output).
 */
export interface GeneratedComments {
  /** build.sh's header: {input} is the multi-stage Dockerfile it was written for. */
  readonly scriptHeader: string;
  /** The multi-stage Dockerfile's header: {script} is the build script it replaces. */
  readonly multistageHeader: string;
  /** Above each stage: {dockerfile} was built by {script} at {line}. */
  readonly builtBy: string;
  /** build.sh, when it copies files out: {folder} is the temporary folder it creates and removes. */
  readonly extractFolder: string;
  /** build.sh: what happens when {folder} is already there. */
  readonly extractExists: string;
}

export const ENGLISH_COMMENTS: GeneratedComments = {
  scriptHeader: 'Builder pattern for {input}, written by Stagecraft: one image per stage, files copied out with docker cp.',
  multistageHeader: 'Multi-stage version of {script}, written by Stagecraft. Build it with one command:',
  builtBy: '{dockerfile}, built by {script} line {line}',
  extractFolder: 'The files are copied out into {folder}, a new folder this script creates and removes at the end.',
  extractExists: 'If {folder} already exists (an earlier run stopped half-way), the script stops: remove it first.',
};

/** Fills {name} placeholders; a line break in a value would end the comment, so it becomes a space. */
export function fillComment(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]).replace(/[\r\n]+/g, ' ') : m));
}
