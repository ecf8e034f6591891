/** 课堂相关新增功能（issue 13）的中文文本：可改写的基础镜像大小、单阶段对照（键与 classroom.en.ts 相同）。 */
import type { classroomEn } from './classroom.en.ts';

export const classroomZh: { [K in keyof typeof classroomEn]: string } = {
  imagesHint: '单位为 MB（1 MB = 1,000,000 字节）。基础镜像的大小默认取内置镜像清单中当前标签的数值。想重现教程里的数字（教程用的是旧镜像），就填上当时的大小；留空则沿用清单中的数值。',
  imageCatalog: '清单：{size}',
  imageNotInCatalog: '清单中没有',
  fatRow: '只用一个阶段（整个构建都在一个镜像里）',
  fatHint: '教程的出发点：构建镜像加上它构建出的文件，原样发布。',
};
