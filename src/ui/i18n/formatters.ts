/**
 * Intl formatters, made once per language and kind. Constructing one costs far more than using it
 * (about a millisecond for a date format), and components that re-render on every keystroke
 * (the toolbar, the share bar) must not pay that each time.
 */
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) {
    f = make();
    cache.set(key, f);
  }
  return f;
}

/** The locale a language's formats use: Chinese as written in mainland China, else the tag itself. */
const locale = (language: string): string => (language.startsWith('zh') ? 'zh-CN' : language);

/** A version's time, as History lists it: short date, time with seconds. */
export const versionTimeFormat = (language: string): Intl.DateTimeFormat =>
  cached(`time:${locale(language)}`, () => new Intl.DateTimeFormat(locale(language), { dateStyle: 'short', timeStyle: 'medium' }));

export const percentFormat = (language: string): Intl.NumberFormat =>
  cached(`percent:${locale(language)}`, () => new Intl.NumberFormat(locale(language), { style: 'percent' }));

export const numberFormat = (language: string): Intl.NumberFormat =>
  cached(`number:${locale(language)}`, () => new Intl.NumberFormat(locale(language)));

/** "a, b, and c": the conjunction in the language's long style. */
export const conjunctionFormat = (language: string): Intl.ListFormat =>
  cached(`and:${locale(language)}`, () => new Intl.ListFormat(locale(language), { type: 'conjunction' }));
