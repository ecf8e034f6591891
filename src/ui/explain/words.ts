/**
 * Words for the core's explanations (core/explain): each sentence key is looked up under
 * `explain.` in the catalogue of the current language; list parameters are joined with
 * Intl.ListFormat in that language. `escape` lets a caller protect parameter values (Markdown).
 */
import i18next from 'i18next';
import type { ParamValue, Sentence } from '../../core/explain/types.ts';
import { currentLanguage } from '../i18n/index.ts';

type Escape = (s: string) => string;
const same: Escape = (s) => s;

export function listOf(items: readonly string[], lang = currentLanguage()): string {
  return new Intl.ListFormat(lang === 'zh' ? 'zh-CN' : 'en', { style: 'long', type: 'conjunction' }).format(items);
}

function param(v: ParamValue, escape: Escape): string | number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return escape(v);
  return listOf(v.map(escape));
}

/** One sentence in the current language. */
export function sentenceText(s: Sentence, escape: Escape = same): string {
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(s.params ?? {})) params[k] = param(v, escape);
  return i18next.t(`explain.${s.key}`, params);
}

/** Sentences joined as one paragraph (no space between Chinese sentences). */
export function paragraph(list: readonly Sentence[], escape: Escape = same): string {
  return list.map((s) => sentenceText(s, escape)).join(currentLanguage() === 'zh' ? '' : ' ');
}
