/**
 * Which lessons the reader dismissed (one occurrence, by its key) or turned off (a whole kind),
 * kept in localStorage (`stagecraft.lessons`) and shared by the Lessons tab and the hovers.
 */
import { useSyncExternalStore } from 'react';
import { LESSON_IDS, lessonKey, type Lesson, type LessonId } from '../../core/explain/lessons.ts';

export interface LessonPrefs {
  readonly off: readonly LessonId[];
  readonly dismissed: readonly string[];
}

const KEY = 'stagecraft.lessons';
const EMPTY: LessonPrefs = { off: [], dismissed: [] };
/** Dismissals kept at most: old ones go first. */
const MAX_DISMISSED = 200;
let current: LessonPrefs = read();
const listeners = new Set<() => void>();

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
  current = next;
  try {
    localStorage.setItem(KEY, JSON.stringify(next));
  } catch {
    // Storage full or blocked: the choice holds for this page.
  }
  listeners.forEach((f) => f());
}

export const lessonPrefs = (): LessonPrefs => current;

export function useLessonPrefs(): LessonPrefs {
  return useSyncExternalStore((f) => {
    listeners.add(f);
    return () => listeners.delete(f);
  }, lessonPrefs);
}

export const dismissLesson = (l: Lesson): void =>
  write({ ...current, dismissed: [...current.dismissed.filter((k) => k !== lessonKey(l)), lessonKey(l)].slice(-MAX_DISMISSED) });
export const turnOffLesson = (id: LessonId): void => write({ ...current, off: [...new Set([...current.off, id])] });
export const turnOnLessons = (): void => write({ ...current, off: [] });

/** The lessons still to show. */
export const visibleLessons = (all: readonly Lesson[], prefs: LessonPrefs = current): Lesson[] =>
  all.filter((l) => !prefs.off.includes(l.id) && !prefs.dismissed.includes(lessonKey(l)));
