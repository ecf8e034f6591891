/// <reference types="vite-plugin-pwa/client" />
/**
 * Registers the service worker (precache of every built file: the app works offline after one visit).
 * Production builds only: in dev a worker would serve stale modules.
 *
 * A new version never reloads the page on its own: it waits until the person agrees (UpdateBanner).
 * The reload keeps their work: the autosave is flushed on pagehide, and the address bar's fragment,
 * written by the page itself, never wins over it (./reloadGuard.ts).
 */
import { registerSW } from 'virtual:pwa-register';

type Listener = (ready: boolean) => void;
const listeners = new Set<Listener>();
let ready = false;
let update: ((reload?: boolean) => Promise<void>) | null = null;

/** Whether a new version is waiting; `listen` is told when that changes. Returns the unsubscribe. */
export function onUpdateReady(listen: Listener): () => void {
  listeners.add(listen);
  listen(ready);
  return () => listeners.delete(listen);
}

/** Activates the waiting version and reloads into it (the person agreed). */
export function applyUpdate(): void {
  void update?.(true);
}

export function registerOffline(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  update = registerSW({
    immediate: true,
    onNeedRefresh() {
      ready = true;
      for (const l of listeners) l(true);
    },
  });
}
