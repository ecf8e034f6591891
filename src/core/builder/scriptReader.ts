/**
 * build.sh → the sequence of docker commands it runs, top to bottom, plus a
 * note for every line that is not one (echo, set -e, loops, pipes, other
 * tools…). Literal variable assignments are followed; nothing is executed.
 */
import { recognizeDocker, type DockerCommand } from './dockerCommands.ts';
import { hasControlCharacter, showControlCharacters } from './controlChars.ts';
import { note } from './notes.ts';
import { parseScript, type ScriptCommand, type ScriptList, type ShellWord } from './shellScript.ts';
import type { Note } from './types.ts';

export type ScriptEvent =
  | { readonly kind: 'docker'; readonly command: DockerCommand; readonly line: number; readonly text: string }
  | { readonly kind: 'rm'; readonly paths: readonly string[]; readonly line: number; readonly text: string }
  /** What echo / printf prints (for the simulated log). */
  | { readonly kind: 'echo'; readonly message: string; readonly line: number; readonly text: string };

export interface ReadScript {
  readonly events: readonly ScriptEvent[];
  readonly comments: readonly { readonly line: number; readonly text: string }[];
  readonly notes: readonly Note[];
}

const OPENERS: Readonly<Record<string, { close: string; construct: string }>> = {
  for: { close: 'done', construct: 'loop' }, while: { close: 'done', construct: 'loop' }, until: { close: 'done', construct: 'loop' },
  select: { close: 'done', construct: 'loop' }, if: { close: 'fi', construct: 'condition' }, case: { close: 'esac', construct: 'case' },
  '{': { close: '}', construct: 'command group' }, function: { close: '}', construct: 'function' },
};
const openerOf = (w: string) => (Object.prototype.hasOwnProperty.call(OPENERS, w) ? OPENERS[w] : undefined);
const CLOSERS = new Set(['done', 'fi', 'esac', '}']);
const HARMLESS_FALLBACK = /^(true|:|exit\b.*|echo\b.*|printf\b.*)$/;
const ASSIGN = /^([A-Za-z_][A-Za-z0-9_]*)=/;

/** Reads a build script; `file` names it in notes. */
export function readScript(src: string, file = 'build.sh'): ReadScript {
  const parsed = parseScript(src, file);
  const notes: Note[] = [...parsed.notes];
  const events: ScriptEvent[] = [];
  const vars = new Map<string, string | null>();
  const open: { close: string; construct: string }[] = [];
  for (const list of parsed.lists) {
    const first = list.commands[0]?.words[0]?.raw ?? '';
    const isFunction = /^[A-Za-z_][\w-]*\s*\(\s*\)/.test(list.text);
    if (open.length > 0 || openerOf(first) || isFunction) {
      const opener = isFunction ? { close: '}', construct: 'function' } : openerOf(first);
      const construct = opener?.construct ?? open[open.length - 1]?.construct ?? 'block';
      notes.push(note('warning', 'ControlFlow', file, list.line, { text: list.text, construct }));
      if (isFunction) open.push({ close: '}', construct: 'function' });
      for (const c of list.commands) {
        const w = c.words[0]?.raw ?? '';
        const opens = openerOf(w);
        if (opens) open.push(opens);
        else if (CLOSERS.has(w) && w === open[open.length - 1]?.close) open.pop();
      }
      continue;
    }
    const reason = listProblem(list);
    if (reason !== null) { notes.push(note('warning', reason, file, list.line, { text: list.text })); continue; }
    const commands = list.commands.filter((c, k) => !(c.joinedBy === '||' && k > 0));
    if (list.commands.some((c) => c.joinedBy === '&&')) notes.push(note('info', 'AndChainSplit', file, list.line, { text: list.text }));
    for (const c of list.commands) {
      if (c.joinedBy === '||') notes.push(note('info', 'OrFallbackIgnored', file, list.line, { fallback: c.words.map((w) => w.raw).join(' ') }));
    }
    for (const c of commands) readCommand(c, list, vars, file, notes, events);
  }
  return { events, comments: parsed.comments, notes };
}

/** Why a whole list is not translated, or null. */
function listProblem(list: ScriptList): 'ShellSyntax' | 'Pipeline' | 'Subshell' | 'Background' | 'Heredoc' | 'OrList' | null {
  if (list.incomplete) return 'ShellSyntax';
  if (list.commands.some((c) => c.joinedBy === '|')) return 'Pipeline';
  if (list.subshell) return 'Subshell';
  if (list.background) return 'Background';
  if (list.heredoc) return 'Heredoc';
  const fallbacks = list.commands.filter((c) => c.joinedBy === '||');
  if (fallbacks.some((c) => !HARMLESS_FALLBACK.test(c.words.map((w) => w.text).join(' ')))) return 'OrList';
  return null;
}

function readCommand(c: ScriptCommand, list: ScriptList, vars: Map<string, string | null>, file: string, notes: Note[], events: ScriptEvent[]): void {
  let words = [...c.words];
  const say = (severity: 'warning' | 'info', code: Parameters<typeof note>[1], params: Record<string, string> = {}) =>
    notes.push(note(severity, code, file, list.line, { text: list.text, ...params }));
  if (words[0]?.raw === 'export' || words[0]?.raw === 'readonly' || words[0]?.raw === 'local') words = words.slice(1);
  const assigns: ShellWord[] = [];
  while (words[0] && ASSIGN.test(words[0].raw)) assigns.push(words.shift()!);
  if (words.length === 0 && assigns.length === 0) { say('info', 'Redirection'); return; }
  if (words.length === 0) {
    for (const a of assigns) {
      const name = ASSIGN.exec(a.raw)![1]!;
      const value = expand(a.text.slice(name.length + 1), vars);
      const known = !a.substitution && value !== null;
      vars.set(name, known ? value : null);
      say(known ? 'info' : 'warning', known ? 'VariableAssigned' : 'CommandSubstitution', { name, value: known ? value : a.raw });
    }
    return;
  }
  if (assigns.length > 0) say('info', 'EnvPrefix');
  if (c.redirects.length > 0) say('info', 'Redirection');
  if (words[0]?.text === 'sudo') {
    say('info', 'Sudo');
    words = words.slice(1);
    while (words[0]?.text.startsWith('-')) words = words.slice(1);
  }
  // Substitutions are only followed inside --build-arg values (the multi-stage command keeps them).
  const bad = words.find((w, k) => w.substitution && !(words[k - 1]?.text === '--build-arg' || w.text.startsWith('--build-arg=')));
  if (bad) { say('warning', 'CommandSubstitution'); return; }
  const texts: string[] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    const isArgValue = words[k - 1]?.text === '--build-arg' || w.text.startsWith('--build-arg=');
    const value = isArgValue ? w.text : expand(w.text, vars);
    if (value === null) {
      for (const name of w.vars.filter((n) => !vars.has(n) || vars.get(n) === null)) say('warning', 'UnknownVariable', { name, word: w.text });
      texts.push(w.text);
    } else texts.push(value);
  }
  // A word with a line break would become a line of its own in the Dockerfile or command written from it.
  const unsafe = texts.find((t) => hasControlCharacter(t));
  if (unsafe !== undefined) {
    notes.push(note('error', 'ControlCharacterInName', file, list.line, { name: showControlCharacters(unsafe) }));
    return;
  }
  const exe = texts[0] ?? '';
  const docker = recognizeDocker(texts);
  if (docker !== null) { events.push({ kind: 'docker', command: docker, line: list.line, text: list.text }); return; }
  if (exe === 'echo' || exe === 'printf') {
    say('info', 'Echo');
    events.push({ kind: 'echo', message: texts.slice(1).filter((t, k) => !(k === 0 && /^-[neE]+$/.test(t))).join(' '), line: list.line, text: list.text });
  }
  else if (exe === 'set') say('info', 'ShellOption');
  else if (exe === 'rm') events.push({ kind: 'rm', paths: texts.slice(1).filter((t) => !t.startsWith('-')), line: list.line, text: list.text });
  else if (exe === 'mkdir') say('info', 'FolderCreated', { path: texts.slice(1).filter((t) => !t.startsWith('-')).join(' ') });
  else if (exe === 'cd' || exe === 'pushd' || exe === 'popd') say('warning', 'ChangeDirectory');
  else say('warning', 'OtherTool', { tool: exe });
}

/** Expands `$NAME` / `${NAME}` from literal assignments; null when a variable is unknown. */
function expand(text: string, vars: ReadonlyMap<string, string | null>): string | null {
  let unknown = false;
  const out = text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (whole, a: string | undefined, b: string | undefined) => {
    const v = vars.get(a ?? b ?? '');
    if (v === undefined || v === null) { unknown = true; return whole; }
    return v;
  });
  return unknown ? null : out;
}
