/** An explanation as the Markdown of a Monaco hover: title, the sentences, the layer note, the reference link. */
import i18next from 'i18next';
import type { Lesson } from '../../../core/explain/lessons.ts';
import type { Explanation } from '../../../core/explain/types.ts';
import { paragraph, sentenceText } from '../../explain/words.ts';

/** Values from the file (paths, image names, variable values) as inline code, so Markdown leaves them alone. */
export function code(s: string): string {
  if (s === '') return '""';
  const ticks = s.includes('`') ? '``' : '`';
  const pad = s.startsWith('`') || s.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${s}${pad}${ticks}`;
}

/** Plain text (titles, sentences of the catalogue) with Markdown's own characters escaped, code spans kept. */
function plain(s: string): string {
  return s
    .split(/(`[^`]+`)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/([\\*_[\]<>#|])/g, '\\$1')))
    .join('');
}

export function hoverMarkdown(e: Explanation): string[] {
  const out = [`**${plain(sentenceText(e.title, code))}**`, plain(paragraph(e.sentences, code))];
  if (e.layer) out.push(`_${plain(sentenceText(e.layer, code))}_`);
  out.push(`[${plain(sentenceText({ key: 'docs', params: { name: e.docs.name } }))}](${e.docs.url})`);
  return out;
}

/** A lesson under the explanation: its title and text (the Lessons tab can dismiss it or turn it off). */
export function lessonMarkdown(l: Lesson): string {
  const params = Object.fromEntries(Object.entries(l.params).map(([k, v]) => [k, typeof v === 'string' ? code(v) : v]));
  return `**${plain(i18next.t(`explain.lesson.${l.id}.title`, params))}** ${plain(i18next.t(`explain.lesson.${l.id}.body`, params))}`;
}
