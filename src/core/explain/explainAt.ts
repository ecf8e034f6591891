/**
 * What is under a position of the analysed Dockerfile, explained: a parser directive, a `$V`,
 * an instruction keyword, a flag (a mount's type and keys one by one), `AS name`, a heredoc, or
 * the exec / shell form of the arguments. Pure; null where there is nothing to explain.
 */
import { stageAtLine, variableAt } from '../analyze/scope.ts';
import type { AnalyzeOptions, Analysis, Instruction, Range } from '../model.ts';
import { instructionFacts, layerSentence } from './instruction.ts';
import {
  ARG_SCOPE_DOCS, DIRECTIVES, FORM_DOCS, HEREDOC_DOCS, INSTRUCTION_FLAGS, MOUNT_KEYS, MOUNT_TYPES, STAGE_NAME_DOCS, VARIABLE_DOCS,
  directiveDocs, flagDocs, instructionDocs, mountTypeDocs,
} from './tables.ts';
import type { Explanation, Sentence } from './types.ts';
import { variableSentences } from './variable.ts';

const on = (line: number, start: number, end: number): Range => ({ start: { line, column: start }, end: { line, column: end } });
const within = (r: Range, line: number, column: number): boolean =>
  r.start.line === line && r.end.line === line && r.start.column <= column && column < r.end.column;

function instructionAt(a: Analysis, line: number): Instruction | null {
  for (const ins of a.parse.instructions) {
    if (ins.range.start.line <= line && line <= ins.range.end.line) return ins;
    if (ins.range.start.line > line) break;
  }
  return null;
}

/** The instruction's explanation (an ONBUILD trigger's own keyword explains the trigger). */
export function explainInstruction(a: Analysis, ins: Instruction, range: Range, trigger = false): Explanation {
  const k = ins.keyword;
  const sentences: Sentence[] = [{ key: `ins.${k}` }, ...(trigger ? [] : instructionFacts(a, ins))];
  if ((k === 'run' || k === 'cmd' || k === 'entrypoint') && ins.args.length > 0) sentences.push({ key: ins.json ? 'execForm' : 'shellForm' });
  const upper = k.toUpperCase();
  return {
    subject: { kind: 'instruction', keyword: k },
    title: trigger ? { key: 'title.trigger', params: { name: upper } } : { key: 'title.instruction', params: { name: upper } },
    sentences,
    layer: trigger ? { key: 'layer.none' } : layerSentence(a, ins, stageAtLine(a, ins.range.start.line)),
    docs: { url: instructionDocs(k), name: upper },
    range,
  };
}

function explainFlag(a: Analysis, ins: Instruction, flag: string, range: Range, trigger: boolean): Explanation {
  const upper = ins.keyword.toUpperCase();
  // --from on COPY and --mount on RUN: say what this one copies or mounts from where.
  const facts = !trigger && (flag === 'from' || flag === 'mount') ? instructionFacts(a, ins) : [];
  return {
    subject: { kind: 'flag', keyword: ins.keyword, flag },
    title: { key: 'title.flag', params: { flag: `--${flag}`, name: upper } },
    sentences: [{ key: `flag.${ins.keyword}.${flag}` }, ...facts],
    layer: null,
    docs: { url: flagDocs(ins.keyword, flag), name: `${upper} --${flag}` },
    range,
  };
}

/** Inside `--mount=type=cache,target=/x`: the field under the column (raw text of the flag on its line). */
function explainMountField(raw: string, startColumn: number, line: number, column: number): Explanation | null {
  const eq = raw.indexOf('=');
  if (eq < 0 || column < startColumn + eq + 1) return null;
  let offset = eq + 1;
  for (const field of raw.slice(eq + 1).split(',')) {
    const from = startColumn + offset;
    const to = from + field.length;
    if (column >= from && column < to) {
      const feq = field.indexOf('=');
      const key = MOUNT_KEYS[(feq < 0 ? field : field.slice(0, feq)).trim().toLowerCase()];
      const value = feq < 0 ? '' : field.slice(feq + 1).replace(/^"|"$/g, '').toLowerCase();
      const range = on(line, from, to);
      if (key === 'type' && (MOUNT_TYPES as readonly string[]).includes(value) && column > from + feq) {
        return {
          subject: { kind: 'mountType', type: value }, title: { key: 'title.mountType', params: { type: value } },
          sentences: [{ key: `mountType.${value}` }], layer: null, docs: { url: mountTypeDocs(value), name: `RUN --mount=type=${value}` }, range,
        };
      }
      if (!key) return null;
      return {
        subject: { kind: 'mountKey', key }, title: { key: 'title.mountKey', params: { key } },
        sentences: [{ key: `mountKey.${key}` }], layer: null, docs: { url: flagDocs('run', 'mount'), name: 'RUN --mount' }, range,
      };
    }
    offset += field.length + 1;
  }
  return null;
}

function explainDirective(a: Analysis, line: number, lineText: string): Explanation | null {
  const d = a.parse.directives.find((x) => x.line === line);
  if (!d || !(DIRECTIVES as readonly string[]).includes(d.name)) return null;
  return {
    subject: { kind: 'directive', name: d.name }, title: { key: 'title.directive', params: { name: d.name } },
    sentences: [{ key: `directive.${d.name}` }], layer: null, docs: { url: directiveDocs(d.name), name: `# ${d.name}=` },
    range: on(line, 1, lineText.length + 1),
  };
}

const HEREDOC_MARK = /\d*<<-?\s*(["']?)([^\s"'<]+)\1/g;

function explainHeredoc(ins: Instruction, line: number, column: number, lineText: string): Explanation | null {
  if (ins.heredocs.length === 0) return null;
  let hit: { name: string; range: Range } | null = null;
  for (const m of lineText.matchAll(HEREDOC_MARK)) {
    const r = on(line, (m.index ?? 0) + 1, (m.index ?? 0) + 1 + m[0].length);
    if (within(r, line, column)) hit = { name: m[2] ?? '', range: r };
  }
  const body = ins.heredocs.find((h) => h.range.start.line <= line && line <= h.range.end.line);
  if (!hit && body) hit = { name: body.name, range: on(line, 1, lineText.length + 1) };
  if (!hit) return null;
  const name = hit.name;
  const h = ins.heredocs.find((x) => x.name === name) ?? body;
  return {
    subject: { kind: 'heredoc', name }, title: { key: 'title.heredoc', params: { name } },
    sentences: [{ key: 'heredoc', params: { name } }, { key: h && !h.expand ? 'heredocLiteral' : 'heredocExpand' }],
    layer: null, docs: { url: HEREDOC_DOCS, name: 'Here-documents' }, range: hit.range,
  };
}

function explainStageName(a: Analysis, ins: Instruction, line: number, column: number, lineText: string): Explanation | null {
  const st = stageAtLine(a, line);
  if (!st || st.originalName === null || ins !== st.instructions[0]) return null;
  const m = new RegExp(`\\s(as)\\s+(${st.originalName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})\\s*$`, 'i').exec(lineText);
  if (!m) return null;
  const range = on(line, m.index + 2, m.index + m[0].trimEnd().length + 1);
  if (!within(range, line, column)) return null;
  return {
    subject: { kind: 'stageName', name: st.originalName }, title: { key: 'title.stageName', params: { name: st.originalName } },
    sentences: [{ key: 'stageName', params: { name: st.originalName } }], layer: null,
    docs: { url: STAGE_NAME_DOCS, name: 'Name your build stages' }, range,
  };
}

function explainForm(ins: Instruction, line: number, column: number, lineText: string): Explanation | null {
  const k = ins.keyword;
  if (!(k === 'run' || k === 'cmd' || k === 'entrypoint' || k === 'shell' || k === 'healthcheck') || ins.args.length === 0) return null;
  const after = Math.max(ins.keywordRange.end.column, ...ins.flags.filter((f) => f.range.end.line === line).map((f) => f.range.end.column));
  if (line === ins.keywordRange.start.line && column <= after) return null;
  const form = ins.json ? 'exec' : 'shell';
  return {
    subject: { kind: 'form', form }, title: { key: form === 'exec' ? 'title.execForm' : 'title.shellForm' },
    sentences: [{ key: form === 'exec' ? 'execForm' : 'shellForm' }], layer: null,
    docs: { url: FORM_DOCS, name: 'Shell and exec form' }, range: on(line, 1, lineText.length + 1),
  };
}

/**
 * The explanation for 1-based (line, column) of the analysed text; `lineText` is that line's text,
 * `options` the ones the analysis was made with.
 */
export function explainAt(a: Analysis, line: number, column: number, lineText: string, options: AnalyzeOptions = {}): Explanation | null {
  const ins = instructionAt(a, line);
  if (!ins) return explainDirective(a, line, lineText);
  const v = variableAt(a, line, column, lineText, options);
  if (v) {
    return {
      subject: { kind: 'variable', name: v.name }, title: { key: 'title.variable', params: { name: v.name } },
      sentences: variableSentences(a, v), layer: null,
      docs: v.binding?.origin.kind === 'env' ? { url: instructionDocs('env'), name: 'ENV' } : { url: v.unbound?.kind === 'meta-not-redeclared' ? ARG_SCOPE_DOCS : VARIABLE_DOCS, name: 'ARG / ENV' },
      range: on(line, v.startColumn, v.endColumn),
    };
  }
  if (within(ins.keywordRange, line, column)) return explainInstruction(a, ins, ins.keywordRange);
  const t = ins.trigger;
  if (t && within(t.keywordRange, line, column)) return explainInstruction(a, t, t.keywordRange, true);
  for (const host of t ? [ins, t] : [ins]) {
    for (const f of host.flags) {
      if (!within(f.range, line, column)) continue;
      if (INSTRUCTION_FLAGS[host.keyword]?.[f.name] === undefined) return null;
      const raw = lineText.slice(f.range.start.column - 1, f.range.end.column - 1);
      if (host.keyword === 'run' && f.name === 'mount') {
        const field = explainMountField(raw, f.range.start.column, line, column);
        if (field) return field;
      }
      return explainFlag(a, host, f.name, f.range, host !== ins);
    }
  }
  return explainHeredoc(t ?? ins, line, column, lineText)
    ?? explainStageName(a, ins, line, column, lineText)
    ?? explainForm(t ?? ins, line, column, lineText);
}
