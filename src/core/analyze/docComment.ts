/**
 * instructions/parse.go getDocComment: the description of a stage or an ARG is the
 * first comment line right above it that starts with its name and a space
 * (`# builder compiles the binary`), minus that prefix. Blank lines between the
 * comments and the instruction do not detach them (see the semantics doc §10.11).
 */
export function docComment(comments: readonly string[], name: string | null): string {
  if (name === null || name === '') return '';
  for (const line of comments) if (line.startsWith(`${name} `)) return line.slice(name.length + 1);
  return '';
}
