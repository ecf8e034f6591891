/** 细节打磨（第 3 轮）的界面文本，键与 polish.en.ts 相同。 */
import type { POLISH_EN } from './polish.en.ts';

type Strings<T> = { readonly [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

export const POLISH_ZH: Strings<typeof POLISH_EN> = {
  history: {
    putBack: '{time} 的版本已放回“历史”。',
  },
  examples: {
    offline: '离线时无法打开示例“{name}”：这个浏览器还没有保存它的内容。请连上网络后再选一次。$t(polish.examples.kept)',
    failed: '示例“{name}”没能载入：页面取不到它的内容。$t(polish.examples.kept)',
    kept: '编辑器里的内容没有改动。',
    retry: '重试',
    dismiss: '知道了',
  },
};
