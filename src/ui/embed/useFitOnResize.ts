/** Refits the graph when the embed's frame is resized (an iframe's size is the host page's choice). */
import { useEffect, type RefObject } from 'react';
import { useDispatch } from '../state/store.tsx';

const SETTLE_MS = 150;

export function useFitOnResize(target: RefObject<HTMLElement | null>): void {
  const dispatch = useDispatch();
  useEffect(() => {
    const el = target.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let first = true;
    const ro = new ResizeObserver(() => {
      if (first) {
        first = false; // the initial observation: the first layout fits on its own
        return;
      }
      clearTimeout(timer);
      timer = setTimeout(() => dispatch({ type: 'fitView' }), SETTLE_MS);
    });
    ro.observe(el);
    return () => {
      clearTimeout(timer);
      ro.disconnect();
    };
  }, [target, dispatch]);
}
