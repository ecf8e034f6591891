/**
 * The one i18n layer: every UI string goes through i18next. Placeholders use single braces
 * (`{name}`), the core's diagnostic template syntax, so diagnostic templates and UI strings
 * share one format. English (the fallback) is in the first download; the Chinese catalogue is a
 * chunk of its own, loaded before the first paint when the page starts in Chinese, else on the
 * first switch (`switchLanguage`).
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en, type Catalogue } from './en.ts';

export const LANGUAGES = ['en', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', zh: '简体中文' };
export const LANGUAGE_STORAGE_KEY = 'stagecraft.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The catalogues not in the first download. */
const LOADERS: Readonly<Record<Exclude<Language, 'en'>, () => Promise<Catalogue>>> = {
  zh: () => import('./zh.ts').then((m) => m.zh),
};

/** Makes `language`'s catalogue available (a no-op once loaded). */
export async function loadLanguage(language: Language): Promise<void> {
  if (language === 'en' || i18next.hasResourceBundle(language, 'translation')) return;
  i18next.addResourceBundle(language, 'translation', await LOADERS[language]());
}

/**
 * The person's choice (saved under LANGUAGE_STORAGE_KEY), else the browser's first language we
 * ship (`zh-CN`, `zh-TW`… → zh), else English. (What i18next-browser-languagedetector did with
 * order localStorage → navigator, in a tenth of its size.)
 */
export function detectLanguage(saved: string | null, preferred: readonly string[]): Language {
  if (isLanguage(saved)) return saved;
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}

function savedLanguage(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null;
  }
}

let wanted: Language | null = null;

/** Loads the catalogue, then switches; of quick successive calls, the last one wins. */
export async function switchLanguage(language: Language): Promise<void> {
  wanted = language;
  await loadLanguage(language);
  // resolvedLanguage stays 'en' while a detected language has no catalogue yet: switch again once it has.
  if (wanted === language && i18next.resolvedLanguage !== language) await i18next.changeLanguage(language);
}

/**
 * Initialises i18next once (the language follows the browser unless the person chose one) and
 * resolves once that language's catalogue is loaded: render after it, so the first paint is in it.
 */
export async function initI18n(): Promise<void> {
  if (i18next.isInitialized) return;
  // The language in force is remembered (also when it was the browser's), as the detector did.
  i18next.on('languageChanged', (l) => {
    try {
      if (isLanguage(l)) localStorage.setItem(LANGUAGE_STORAGE_KEY, l);
    } catch {
      // storage unavailable: the choice lasts for this page only
    }
  });
  const language = detectLanguage(savedLanguage(), navigator.languages?.length ? navigator.languages : [navigator.language]);
  void i18next
    .use(initReactI18next)
    .init({
      lng: language,
      resources: { en: { translation: en } },
      fallbackLng: 'en',
      supportedLngs: [...LANGUAGES],
      nonExplicitSupportedLngs: true,
      load: 'languageOnly',
      initAsync: false,
      interpolation: { escapeValue: false, prefix: '{', suffix: '}' },
      returnNull: false,
    });
  await switchLanguage(language);
}

/** The current language, narrowed to the ones we ship. */
export function currentLanguage(): Language {
  const l = i18next.resolvedLanguage ?? i18next.language;
  return isLanguage(l) ? l : l?.startsWith('zh') ? 'zh' : 'en';
}
