/**
 * Dockerfile highlighting: Monaco's built-in Monarch grammar, extended with
 * - case-insensitive keywords (`from`, `Run`), as BuildKit accepts them;
 * - flags (`--from=builder`, `--mount=type=cache,…`) at the start of an instruction;
 * - heredoc bodies (`RUN <<EOF` … `EOF`) for RUN, COPY and ADD: every heredoc of a line, in order
 *   (`COPY <<a.txt <<b.txt /dst/` has two bodies, one after the other), each a string until its
 *   own terminator line, so a `FROM` inside one is no keyword; `<<-` lets tabs precede the
 *   terminator; quoted delimiters (`<<'EOF'`) and a file descriptor (`3<<EOF`) are understood;
 * - parser directives (`# syntax=…`, `# escape=…`, `# check=…`).
 *
 * How heredocs are tracked: Monarch's only memory is its state name, so the queue of pending
 * heredocs is spelled into it. Each heredoc adds three or more dot-separated parts: `t`/`n`
 * (tab-stripping or not), the number of dot-separated pieces of its delimiter, and the pieces
 * (`<<a.txt` → `n.2.a.txt`). The state `hq.<queue>` serves the rest of the instruction line
 * (more markers append to the queue) and, from the next line on, the bodies: rules anchored at a
 * line start only see body lines. Monarch's prefix lookup finds the first heredoc's rules
 * (`hq.n.2`, whose terminator is `$S4\.$S5`); a terminator drops that heredoc by shifting the
 * parts left, and the last one returns to `root`.
 * NOTE: with `ignoreCase` Monarch lower-cases state names, so `eof` also ends `<<EOF`; delimiters
 * of more than MAX_PIECES pieces, or partly quoted, are not heredocs here; an instruction that
 * continues (`\`) after a heredoc marker is not followed: its next line is read as a body line.
 */
import type { languages } from 'monaco-editor/editor';
import { conf, language as builtin } from 'monaco-editor/languages/definitions/dockerfile/dockerfile.js';

export const KEYWORDS =
  'FROM|MAINTAINER|RUN|EXPOSE|ENV|ADD|ARG|VOLUME|LABEL|USER|WORKDIR|COPY|CMD|STOPSIGNAL|SHELL|HEALTHCHECK|ENTRYPOINT';
/** The instructions BuildKit reads heredocs for (also when ONBUILD wraps them). */
const HEREDOC_KEYWORDS = 'RUN|COPY|ADD';
const OTHER_KEYWORDS = KEYWORDS.split('|').filter((k) => !HEREDOC_KEYWORDS.split('|').includes(k)).join('|');

type Rule = languages.IMonarchLanguageRule;
type Rules = Rule[];
const builtinTokenizer = builtin.tokenizer as Record<string, Rules>;

/** Delimiters have at most this many dot-separated pieces (`a.b.c.d`). */
const MAX_PIECES = 4;
/** State parts copied when the queue moves on: room for four heredocs of MAX_PIECES pieces. */
const QUEUE_PARTS = 4 * (2 + MAX_PIECES);
/** One piece of a delimiter: no dots (they separate state parts), quotes, blanks, angle brackets, backslashes. */
const PIECE = `[^\\s.'"<>\\\\]+`;
const DELIMITER = 'string.heredoc.delimiter';

/** `$Sfrom.$Sfrom+1…`: state parts, for a state name template (missing parts become empty). */
const parts = (from: number, count: number): string => Array.from({ length: count }, (_, i) => `$S${from + i}`).join('.');

/**
 * A heredoc marker whose delimiter has `pieces` pieces (`3<<-'a.txt'`); `chomp` selects `<<-`.
 * The first of a line starts the queue; the next ones (in an `hq` state) append to it:
 * `$S0` is the whole current state name.
 */
function marker(pieces: number, chomp: boolean, first: boolean): Rule {
  const groups = Array.from({ length: pieces }, () => `(${PIECE})`).join('\\.');
  const re = new RegExp(`\\d*<<${chomp ? '-' : ''}(["']?)${groups}\\1(?=\\s|$)`);
  const entry = `${chomp ? 't' : 'n'}.${pieces}.${Array.from({ length: pieces }, (_, i) => `$${i + 2}`).join('.')}`;
  return [re, { token: DELIMITER, switchTo: first ? `@hq.${entry}` : `@$S0.${entry}` }];
}

/** Marker rules, longest delimiters first (a rule never matches a longer delimiter: `\1(?=\s|$)`). */
function markers(first: boolean): Rules {
  const out: Rules = [];
  for (let p = MAX_PIECES; p >= 1; p--) out.push(marker(p, true, first), marker(p, false, first));
  return out;
}

/**
 * Rules while the first pending heredoc has `chomp` and `pieces`: at a line start its terminator
 * (moving on to the next heredoc, or back to `root`) or a body line; elsewhere the rest of the
 * instruction line, where further markers join the queue.
 */
function queue(chomp: boolean, pieces: number): Rules {
  const delimiter = Array.from({ length: pieces }, (_, i) => `$S${4 + i}`).join('\\.');
  const next = 4 + pieces;
  return [
    [
      new RegExp(`^${chomp ? '\\t*' : ''}${delimiter}$`),
      {
        cases: {
          [`$S${next}`]: { token: DELIMITER, switchTo: `@hq.${parts(next, QUEUE_PARTS)}` },
          '@default': { token: DELIMITER, next: '@popall' },
        },
      },
    ],
    [/^.*$/, 'string.heredoc'],
    ...markers(false),
    [/[^<]+|</, ''],
  ];
}

const queues: Record<string, Rules> = {};
for (let p = 1; p <= MAX_PIECES; p++) {
  queues[`hq.t.${p}`] = queue(true, p);
  queues[`hq.n.${p}`] = queue(false, p);
}

/** Leading `--name[=value]` words; the first other word starts the arguments. */
function flags(heredocs: boolean, args: string): Rules {
  return [
    [/\s+$/, '', '@popall'],
    [/\s+/, ''],
    [/(--[A-Za-z][\w-]*)(=?)([^\s\\]*)/, ['attribute.name', 'delimiter', { cases: { '@eos': { token: 'attribute.value', next: '@popall' }, '@default': 'attribute.value' } }]],
    ...(heredocs ? markers(true) : []),
    [/(?=\S)/, '', args],
  ];
}

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
      [new RegExp(`(${HEREDOC_KEYWORDS})(?=\\s|$)`), { cases: { '@eos': 'keyword', '@default': { token: 'keyword', next: '@hdflags' } } }],
      [new RegExp(`(${OTHER_KEYWORDS})(?=\\s|$)`), { cases: { '@eos': 'keyword', '@default': { token: 'keyword', next: '@flags' } } }],
    ],
    flags: flags(false, '@arguments'),
    // State names are lower-case: Monarch lower-cases the state parts it substitutes (ignoreCase).
    hdflags: flags(true, '@hdargs'),
    hdargs: [...markers(true), ...(builtinTokenizer.arguments ?? [])],
    // Only reached through the more specific `hq.t.N` / `hq.n.N` states.
    hq: [[/.*$/, 'string.heredoc']],
    ...queues,
  },
};

export const dockerfileConfiguration: languages.LanguageConfiguration = conf;
