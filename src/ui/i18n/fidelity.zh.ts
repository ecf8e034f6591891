/** 简体中文：BuildKit 一致性相关的界面文本（键与 fidelity.en.ts 相同）。 */
import type { fidelityEn } from './fidelity.en.ts';

export const fidelityZh: typeof fidelityEn = {
  firstError: 'BuildKit 在这里停止',
  afterFirstError: '修好前一个错误后，BuildKit 会接着报这个',
};
