/**
 * The text and options survive a reload (localStorage). What is read back is validated
 * field by field: a bad or foreign value falls back to the default, never throws.
 */
import { currentLanguage, isLanguage } from '../i18n/index.ts';
import type { Options, ThemeChoice } from './types.ts';

const TEXT_KEY = 'stagecraft.text';
const OPTIONS_KEY = 'stagecraft.options';

export const DEFAULT_OPTIONS: Omit<Options, 'language'> = {
  target: null,
  buildArgs: {},
  direction: 'DOWN',
  theme: 'system',
  classic: false,
  minimap: true,
};

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // storage disabled (privacy mode): nothing persists, nothing breaks
  }
}

export function loadText(): string {
  return storage()?.getItem(TEXT_KEY) ?? '';
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function stringRecord(v: unknown): Record<string, string> {
  if (!isRecord(v)) return {};
  return Object.fromEntries(Object.entries(v).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

export function loadOptions(): Options {
  let raw: unknown = null;
  try {
    raw = JSON.parse(storage()?.getItem(OPTIONS_KEY) ?? 'null');
  } catch {
    raw = null;
  }
  const o = isRecord(raw) ? raw : {};
  const theme: ThemeChoice = o.theme === 'light' || o.theme === 'dark' ? o.theme : 'system';
  return {
    target: typeof o.target === 'string' ? o.target : null,
    buildArgs: stringRecord(o.buildArgs),
    direction: o.direction === 'RIGHT' ? 'RIGHT' : 'DOWN',
    theme,
    language: isLanguage(o.language) ? o.language : currentLanguage(),
    classic: o.classic === true,
    minimap: o.minimap !== false,
  };
}

/** Saves; a text too large for the quota is simply not saved (the session keeps working). */
export function save(text: string, options: Options): void {
  const s = storage();
  if (!s) return;
  try {
    s.setItem(OPTIONS_KEY, JSON.stringify(options));
    s.setItem(TEXT_KEY, text);
  } catch {
    s.removeItem(TEXT_KEY);
  }
}
