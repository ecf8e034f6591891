/**
 * Per-instruction argument parsing: a port of BuildKit's parser/line_parsers.go and
 * the `dispatch` table of parser/parser.go.
 *
 * Each parser receives the argument text left by `splitCommand` (trimmed, flags
 * removed) and returns the list BuildKit chains as `Node.Next`. Where BuildKit
 * returns an error, we return the error as data and no arguments.
 * ONBUILD (`parseSubCommand`) lives in node.ts, since it recurses into a whole line.
 */
import type { DiagnosticCode } from '../model.ts';
import type { EscapeToken } from './directives.ts';
import { goQuote, isAscii, isGoSpace, isGoSpaceByte, utf8Bytes, utf8Decode } from './goStrings.ts';
import { parseJSON } from './json.ts';
import { parseWords, splitWhitespace } from './words.ts';

export interface LineError {
  readonly code: DiagnosticCode;
  readonly params: Readonly<Record<string, string>>;
}

export interface ParsedArgs {
  readonly args: readonly string[];
  /** `Attributes["json"]`: the arguments were a JSON array. */
  readonly json: boolean;
  readonly error: LineError | null;
}

type LineParser = (rest: string, escape: EscapeToken) => ParsedArgs;

const ok = (args: readonly string[], json = false): ParsedArgs => ({ args, json, error: null });
const fail = (error: LineError, json = false): ParsedArgs => ({ args: [], json, error });

/** `parseNameVal` (ENV, LABEL): `key value ""` triples, or `key value "="` for `k=v`. */
function parseNameVal(key: string): LineParser {
  return (rest, escape) => {
    const words = parseWords(rest, escape);
    const first = words[0];
    if (first === undefined) return ok([]);
    if (!first.includes('=')) {
      // Old format (KEY name value): everything after the first whitespace is the value.
      const parts = splitWhitespace(rest, 2);
      const [name, value] = parts;
      if (name === undefined || value === undefined) {
        return fail({ code: 'MissingArguments', params: { instruction: key, detail: `${key} must have two arguments` } });
      }
      return ok([name, value, '']);
    }
    const args: string[] = [];
    for (const word of words) {
      const eq = word.indexOf('=');
      if (eq < 0) {
        const detail = `Syntax error - can't find = in ${goQuote(word)}. Must be of the form: name=value`;
        return fail({ code: 'MissingArguments', params: { instruction: key, detail } });
      }
      args.push(word.slice(0, eq), word.slice(eq + 1), '=');
    }
    return ok(args);
  };
}

/** `parseNameOrNameVal` (ARG): one argument per word, quotes kept. */
const parseNameOrNameVal: LineParser = (rest, escape) => ok(parseWords(rest, escape));

/** `parseStringsWhitespaceDelimited` (FROM, EXPOSE): split on `[\t\v\f\r ]+`, quotes kept. */
const parseStringsWhitespaceDelimited: LineParser = (rest) => ok(rest === '' ? [] : splitWhitespace(rest, -1));

/** `parseString` (MAINTAINER, USER, WORKDIR, STOPSIGNAL): the whole text. */
const parseString: LineParser = (rest) => ok(rest === '' ? [] : [rest]);

const NOT_STRINGS: LineError = { code: 'JsonNotStrings', params: {} };

/** `parseMaybeJSON` (RUN, CMD, ENTRYPOINT, SHELL): a JSON string array, else one string. */
export const parseMaybeJSON: LineParser = (rest) => {
  if (rest === '') return ok([]);
  const json = parseJSON(rest);
  if (json.kind === 'ok') return ok(json.values, true);
  if (json.kind === 'notStrings') return fail(NOT_STRINGS, true);
  return ok([rest]);
};

/** `parseMaybeJSONToList` (ADD, COPY, VOLUME): a JSON string array, else a whitespace list. */
const parseMaybeJSONToList: LineParser = (rest, escape) => {
  const json = parseJSON(rest);
  if (json.kind === 'ok') return ok(json.values, true);
  if (json.kind === 'notStrings') return fail(NOT_STRINGS, true);
  return parseStringsWhitespaceDelimited(rest, escape);
};

/**
 * `parseHealthConfig`: the first word (the type), then `parseMaybeJSON` of the rest.
 * Go scans bytes here (`unicode.IsSpace(rune(rest[i]))`), so the bytes 0x85 and 0xA0
 * inside a UTF-8 character also separate the type; we follow it on the UTF-8 bytes.
 */
const parseHealthConfig: LineParser = (rest, escape) => {
  let typ: string;
  let cmdText: string;
  if (isAscii(rest)) {
    let sep = 0;
    while (sep < rest.length && !isGoSpace(rest.charCodeAt(sep))) sep++;
    let next = sep;
    while (next < rest.length && isGoSpace(rest.charCodeAt(next))) next++;
    if (sep === 0) return ok([]);
    typ = rest.slice(0, sep);
    cmdText = rest.slice(next);
  } else {
    const bytes = utf8Bytes(rest);
    let sep = 0;
    while (sep < bytes.length && !isGoSpaceByte(bytes[sep] ?? 0)) sep++;
    let next = sep;
    while (next < bytes.length && isGoSpaceByte(bytes[next] ?? 0)) next++;
    if (sep === 0) return ok([]);
    typ = utf8Decode(bytes.subarray(0, sep));
    cmdText = utf8Decode(bytes.subarray(next));
  }
  const cmd = parseMaybeJSON(cmdText, escape);
  if (cmd.error !== null) return cmd;
  return ok([typ, ...cmd.args], cmd.json);
};

/** The dispatch table (parser.go `init`), minus ONBUILD which node.ts handles. */
export const DISPATCH: ReadonlyMap<string, LineParser> = new Map<string, LineParser>([
  ['add', parseMaybeJSONToList],
  ['arg', parseNameOrNameVal],
  ['cmd', parseMaybeJSON],
  ['copy', parseMaybeJSONToList],
  ['entrypoint', parseMaybeJSON],
  ['env', parseNameVal('ENV')],
  ['expose', parseStringsWhitespaceDelimited],
  ['from', parseStringsWhitespaceDelimited],
  ['healthcheck', parseHealthConfig],
  ['label', parseNameVal('LABEL')],
  ['maintainer', parseString],
  ['run', parseMaybeJSON],
  ['shell', parseMaybeJSON],
  ['stopsignal', parseString],
  ['user', parseString],
  ['volume', parseMaybeJSONToList],
  ['workdir', parseString],
]);

/** Keywords with a line parser (ONBUILD included): anything else goes to `parseIgnore`. */
export function isKnownKeyword(keyword: string): boolean {
  return keyword === 'onbuild' || DISPATCH.has(keyword);
}
