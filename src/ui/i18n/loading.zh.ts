/** 按需加载的界面部分在加载时显示的文字（键与 loading.en.ts 相同）。 */
import type { loadingEn } from './loading.en.ts';

export const loadingZh: { [K in keyof typeof loadingEn]: string } = {
  tab: '正在加载…',
};
