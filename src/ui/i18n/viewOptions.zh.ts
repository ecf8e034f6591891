/** 视图菜单中新增视图选项（issue 13）的简体中文文本：流水线开关。 */
import type { viewOptionsEn } from './viewOptions.en.ts';

export const viewOptionsZh: { [K in keyof typeof viewOptionsEn]: string } = {
  pipeline: '把构建脚本画成流水线（builder 模式）',
  pipelineNone: '工作区中还没有构建脚本：添加一个（如 build.sh）即可画出来。',
  pipelineTitle: '打开 build.sh 这类构建脚本时，在图的位置画出其中 docker 命令产生的镜像、容器和拷出的文件。',
};
