/** Which language the page starts in: the saved choice, else the browser's first language we ship, else English. */
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/ui/i18n/index.ts';

describe('detectLanguage', () => {
  const cases: [string, string | null, string[], 'en' | 'zh'][] = [
    ['saved zh wins over an English browser', 'zh', ['en-US', 'en'], 'zh'],
    ['saved en wins over a Chinese browser', 'en', ['zh-CN'], 'en'],
    ['nothing saved, zh-CN browser', null, ['zh-CN', 'en'], 'zh'],
    ['nothing saved, zh-TW browser', null, ['zh-TW'], 'zh'],
    ['nothing saved, upper-case ZH-hans', null, ['ZH-Hans'], 'zh'],
    ['nothing saved, en-GB browser', null, ['en-GB', 'zh-CN'], 'en'],
    ['the first shipped language in the list counts', null, ['fr-FR', 'de', 'zh-CN', 'en'], 'zh'],
    ['no shipped language: English', null, ['fr-FR', 'ja'], 'en'],
    ['no browser languages: English', null, [], 'en'],
    ['a saved value we do not ship is ignored', 'fr', ['zh-CN'], 'zh'],
    ['an empty saved value is ignored', '', ['en'], 'en'],
  ];
  it.each(cases)('%s', (_name, saved, preferred, expected) => {
    expect(detectLanguage(saved, preferred)).toBe(expected);
  });
});
