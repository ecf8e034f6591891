/**
 * Which lessons the reader dismissed (one occurrence, by its key) or turned off (a whole kind),
 * kept in localStorage (`stagecraft.lessons`) and shared by the Lessons tab and the hovers.
 */
import { valueStore } from '../state/valueStore.ts';
import { LESSON_IDS, lessonKey, type Lesson, type LessonId } from '../../core/explain/lessons.ts';

export interface LessonPrefs {
  readonly off: readonly LessonId[];
  readonly dismissed: readonly string[];
}

const KEY = 'stagecraft.lessons';
const EMPTY: LessonPrefs = { off: [], dismissed: [] };
/** Dismissals kept at most: old ones go first. */
const MAX_DISMISSED = 200;
const stored = valueStore<LessonPrefs>(read());

function read(): LessonPrefs {
  try {
    const v = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<LessonPrefs> | null;
    if (!v || typeof v !== 'object') return EMPTY;
    const off = Array.isArray(v.off) ? v.off.filter((x): x is LessonId => (LESSON_IDS as readonly string[]).includes(x)) : [];
    const dismissed = Array.isArray(v.dismissed) ? v.dismissed.filter((x): x is string => typeof x === 'string') : [];
    return { off, dismissed };
  } catch {
    return EMPTY;
  }
}

function write(next: LessonPrefs): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(next));
  } catch {
    // Storage full or blocked: the choice holds for this page.
  }
  stored.set(next);
}

export const lessonPrefs = stored.get;
export const useLessonPrefs = stored.use;

export const dismissLesson = (l: Lesson): void =>
  write({ ...lessonPrefs(), dismissed: [...lessonPrefs().dismissed.filter((k) => k !== lessonKey(l)), lessonKey(l)].slice(-MAX_DISMISSED) });
export const turnOffLesson = (id: LessonId): void => write({ ...lessonPrefs(), off: [...new Set([...lessonPrefs().off, id])] });
export const turnOnLessons = (): void => write({ ...lessonPrefs(), off: [] });

/** The lessons still to show. */
export const visibleLessons = (all: readonly Lesson[], prefs: LessonPrefs = lessonPrefs()): Lesson[] =>
  all.filter((l) => !prefs.off.includes(l.id) && !prefs.dismissed.includes(lessonKey(l)));
