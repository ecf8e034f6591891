/**
 * Lists in the reader's language through Intl.ListFormat, never joined by hand: English
 * "a, b, and c", Chinese "a、b、c" (the enumeration comma the tutorials use).
 */
import type { TFunction } from 'i18next';

const cache = new Map<string, Intl.ListFormat>();

export function formatList(items: readonly string[], language: string): string {
  const zh = language.startsWith('zh');
  const key = zh ? 'zh' : 'en';
  let f = cache.get(key);
  if (!f) {
    f = zh ? new Intl.ListFormat('zh-CN', { type: 'conjunction', style: 'narrow' }) : new Intl.ListFormat('en', { type: 'conjunction', style: 'long' });
    cache.set(key, f);
  }
  return f.format(items);
}

/** A stage as a reader should write it: its name, or for an unnamed stage the index `--from` takes. */
export function stageLabel(t: TFunction, stage: { readonly stage: number; readonly name?: string | null; readonly label: string }): string {
  return stage.name === null ? t('node.unnamed', { index: stage.stage }) : stage.label;
}
