/** 安全相关的界面文本（issue 14），键与 safety.en.ts 相同。 */
import type { SAFETY_EN } from './safety.en.ts';

export const SAFETY_ZH: { readonly [K in keyof typeof SAFETY_EN]: string } = {
  incomingTitle: '有个链接要替换你当前的工作',
  incomingText: '地址栏换成了另一个工作区。你当前的工作从来没有以链接的形式分享过。如果打开这个链接，你的工作仍然保存在“历史”里，点一下就能找回。',
  incomingOpen: '打开链接',
  incomingKeep: '保留我的工作',
  linkTooLong: '太大了，无法生成链接：浏览器最多只能打开 2,097,152 个字符（2 MB）的链接。请导出文件来保存或分享。',
  storageUnavailable: '这个浏览器不允许页面保存内容（无痕浏览，或者关闭了存储）：重新加载后你的工作就没了。请复制链接或导出文件来保存。',
  conflictHeld: '在你做出选择之前，两个标签页都不会保存；这个标签页最新的工作也会留在“历史”里。',
  updateReady: 'Stagecraft 有新版本了。',
  updateReload: '现在重新加载',
  updateLater: '稍后',
  updateKeeps: '你的文本会保留。',
  argsUndeclared: '没有任何 ARG 声明它：对比视图里写出的 docker build 命令不会带上它。',
  argsCarried: '来自链接的构建参数',
  argsInStage: '在某个阶段里声明',
  argsRemove: '删除 {name}',
  lookalikeRefused: '文件名里不能有看不见的字符（比如零宽空格），它们会让这个名字看起来和别的名字一模一样：{shown}。',
  historyLarge: '恢复 {time} 的版本（{size}，太大，无法放进链接）：{label}',
  lookalikeName: '这个名字里有看不见的字符或改变文字方向的字符，显示为 {shown}。请给文件改个名字。',
};
