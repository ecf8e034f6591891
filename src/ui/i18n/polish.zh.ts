/** 细节打磨（第 3 轮）的界面文本，键与 polish.en.ts 相同。 */
import type { POLISH_EN } from './polish.en.ts';

type Strings<T> = { readonly [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

export const POLISH_ZH: Strings<typeof POLISH_EN> = {
  history: {
    putBack: '{time} 的版本已放回“历史”。',
  },
};
