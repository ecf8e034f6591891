/**
 * Which `--build-arg` values a Dockerfile declares. Docker passes some build args without any ARG
 * (the proxy settings: HTTP_PROXY, HTTPS_PROXY, NO_PROXY, FTP_PROXY, ALL_PROXY, in either case), so a
 * value the person never saw next to an ARG must not reach a generated docker build command.
 */
import type { Analysis } from '../model.ts';

/** Every name an ARG instruction declares, anywhere in the file (`ARG A B=1` declares A and B). */
export function declaredArgNames(a: Analysis): Set<string> {
  return argNamesOf(a.parse.instructions);
}

/** The names the ARG instructions among `instructions` declare. */
export function argNamesOf(instructions: Analysis['parse']['instructions']): Set<string> {
  const names = new Set<string>();
  for (const ins of instructions) {
    if (ins.keyword !== 'arg') continue;
    for (const word of ins.args) {
      const name = /^[^=]+/.exec(word)?.[0];
      if (name) names.add(name);
    }
  }
  return names;
}

/** The build args split into those an ARG declares (kept, in order) and the names of the others. */
export function splitBuildArgs(
  a: Analysis, buildArgs: Readonly<Record<string, string>>,
): { readonly declared: Record<string, string>; readonly undeclared: string[] } {
  const names = declaredArgNames(a);
  const declared: Record<string, string> = {};
  const undeclared: string[] = [];
  for (const [k, v] of Object.entries(buildArgs)) {
    if (names.has(k)) declared[k] = v;
    else undeclared.push(k);
  }
  return { declared, undeclared };
}
