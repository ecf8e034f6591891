/** The effective theme: the person's choice, or the system's while they chose "system". */
import { useEffect, useState } from 'react';
import type { ThemeChoice } from './types.ts';

const query = '(prefers-color-scheme: dark)';

export function useDarkTheme(choice: ThemeChoice): boolean {
  const [systemDark, setSystemDark] = useState(() => globalThis.matchMedia?.(query).matches ?? false);
  useEffect(() => {
    const mq = globalThis.matchMedia?.(query);
    if (!mq) return;
    const on = (e: MediaQueryListEvent): void => setSystemDark(e.matches);
    mq.addEventListener('change', on);
    return () => mq.removeEventListener('change', on);
  }, []);
  const dark = choice === 'dark' || (choice === 'system' && systemDark);
  useEffect(() => {
    document.documentElement.dataset.theme = dark ? 'dark' : 'light';
  }, [dark]);
  return dark;
}
