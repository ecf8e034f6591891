/**
 * Dockerfile highlighting: Monaco's built-in Monarch grammar, extended with
 * - case-insensitive keywords (`from`, `Run`), as BuildKit accepts them;
 * - flags (`--from=builder`, `--mount=type=cache,…`) at the start of an instruction;
 * - heredoc bodies (`RUN <<EOF` … `EOF`): the body is a string, so a `FROM` inside it is no keyword;
 * - parser directives (`# syntax=…`, `# escape=…`, `# check=…`).
 * NOTE: only the first heredoc of a line is tracked, and its delimiter must be a plain word.
 */
import type { languages } from 'monaco-editor/editor';
import { conf, language as builtin } from 'monaco-editor/languages/definitions/dockerfile/dockerfile.js';

export const KEYWORDS =
  'FROM|MAINTAINER|RUN|EXPOSE|ENV|ADD|ARG|VOLUME|LABEL|USER|WORKDIR|COPY|CMD|STOPSIGNAL|SHELL|HEALTHCHECK|ENTRYPOINT';

type Rules = languages.IMonarchLanguageRule[];
const builtinTokenizer = builtin.tokenizer as Record<string, Rules>;

// `<<EOF`, `<<-EOF`, `<<'EOF'`: the body starts on the next line; anything after the marker
// on this line is plain text (`heredocRest`).
const heredocStart: languages.IMonarchLanguageRule = [
  /<<-?(["']?)([A-Za-z_]\w*)\1/,
  {
    cases: {
      '@eos': { token: 'string.heredoc.delimiter', next: '@heredoc.$2' },
      '@default': { token: 'string.heredoc.delimiter', next: '@heredocRest.$2' },
    },
  },
];

export const dockerfileLanguage: languages.IMonarchLanguage = {
  ...builtin,
  ignoreCase: true,
  tokenizer: {
    ...builtinTokenizer,
    root: [
      [/^\s*#\s*(syntax|escape|check)\s*=.*$/, 'metatag'],
      { include: '@whitespace' },
      { include: '@comment' },
      [/(ONBUILD)(\s+)/, ['keyword', '']],
      [/(ENV)(\s+)([\w]+)/, ['keyword', '', { token: 'variable', next: '@arguments' }]],
      [new RegExp(`(${KEYWORDS})(?=\\s|$)`), { cases: { '@eos': 'keyword', '@default': { token: 'keyword', next: '@flags' } } }],
    ],
    // Leading `--name[=value]` words; the first other word starts the arguments.
    flags: [
      [/\s+$/, '', '@popall'],
      [/\s+/, ''],
      [/(--[A-Za-z][\w-]*)(=?)([^\s\\]*)/, ['attribute.name', 'delimiter', { cases: { '@eos': { token: 'attribute.value', next: '@popall' }, '@default': 'attribute.value' } }]],
      heredocStart,
      [/(?=\S)/, '', '@arguments'],
    ],
    arguments: [heredocStart, ...(builtinTokenizer.arguments ?? [])],
    heredocRest: [[/.*$/, { token: '', switchTo: '@heredoc.$S2' }]],
    // Body lines until a line that is exactly the delimiter ($S2 is the delimiter word).
    heredoc: [
      // `~` (a regex test) rather than `==`: with ignoreCase Monarch lower-cases the state name,
      // so `==` would never match an upper-case delimiter. NOTE: hence `eof` also ends `<<EOF`.
      [/^\s*(\w+)\s*$/, { cases: { '$1~$S2': { token: 'string.heredoc.delimiter', next: '@popall' }, '@default': 'string.heredoc' } }],
      [/.*$/, 'string.heredoc'],
    ],
  },
};

export const dockerfileConfiguration: languages.LanguageConfiguration = conf;
