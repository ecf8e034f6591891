/** 简体中文：没有构建过程可以展示时的文本（键与 verdict.en.ts 相同）。 */
import type { verdictEn } from './verdict.en.ts';

export const verdictZh: typeof verdictEn = {
  failsTitle: '构建会在第 {line} 行失败',
  failsBody: 'BuildKit 在构建任何东西之前就会在这个错误处停下，所以没有可以播放的构建过程。改正之后，构建过程就会出现在这里。',
  classicCannotTitle: '经典构建器无法构建这个文件',
  classicCannotBody: '第 {line} 行用到了 {feature}，它需要 BuildKit：经典构建器会在那里停下，什么都不会构建，所以没有可以播放的经典构建过程。关掉这个开关，就能看到 BuildKit 的构建过程。',
  classicCannotShort: '经典构建器无法构建这个文件：第 {line} 行用到了 {feature}，它需要 BuildKit。',
  compareCannot: '经典构建器无法构建这个文件（第 {line} 行用到了 {feature}），所以没有可比较的。',
  showLine: '转到第 {line} 行',
};
