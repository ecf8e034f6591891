/** The sentences about a `$V` reference: its value here, where the value comes from, who expands it. */
import type { Binding, VariableInfo } from '../analyze/scope.ts';
import type { Analysis } from '../model.ts';
import { stageLabel } from './instruction.ts';
import type { Sentence } from './types.ts';

function originSentence(b: Binding): Sentence {
  const line = b.origin.line ?? 0;
  switch (b.origin.kind) {
    case 'builtin': return { key: 'var.builtin' };
    case 'build-arg': return { key: 'var.buildArg' };
    case 'meta-arg': return { key: 'var.metaArg', params: { line } };
    case 'stage-arg': return { key: 'var.stageArg', params: { line } };
    case 'env': return { key: 'var.env', params: { line } };
  }
}

export function variableSentences(a: Analysis, v: VariableInfo): Sentence[] {
  const name = v.name;
  const out: Sentence[] = [];
  const b = v.binding;
  if (b) {
    if (b.value === undefined) out.push({ key: 'var.unset', params: { name } });
    else if (b.value === '') out.push({ key: 'var.empty', params: { name } });
    else out.push({ key: 'var.value', params: { name, value: b.value } });
    if (b.value !== undefined) out.push(originSentence(b));
    const inStage = b.declaredAt?.stage !== undefined;
    if (inStage && b.origin.kind !== 'stage-arg' && b.declaredAt) out.push({ key: 'var.declared', params: { name, line: b.declaredAt.line } });
    const parent = b.inheritedFrom === undefined ? undefined : a.stages[b.inheritedFrom];
    if (parent) out.push({ key: 'var.inherited', params: { stage: stageLabel(parent) } });
  } else if (v.unbound) {
    const u = v.unbound;
    if (u.kind === 'meta-not-redeclared') out.push({ key: 'var.metaNotRedeclared', params: { name, line: u.line } });
    else if (u.kind === 'builtin-not-declared') out.push({ key: 'var.builtinNotDeclared', params: { name } });
    else if (u.kind === 'arg-not-in-image') out.push({ key: 'var.argNotInImage', params: { name } });
    else out.push({ key: 'var.undefined', params: { name } });
  }
  if (v.modifier !== null && v.expanded !== undefined) out.push({ key: 'var.expanded', params: { text: v.text, value: v.expanded } });
  if (v.expander === 'run-shell') out.push({ key: 'var.runShell' });
  else if (v.expander === 'container-shell') out.push({ key: 'var.containerShell' });
  else if (v.expander === 'none') out.push({ key: 'var.none' });
  return out;
}
