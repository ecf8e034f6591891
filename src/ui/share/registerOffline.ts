/// <reference types="vite-plugin-pwa/client" />
/**
 * Registers the service worker (precache of every built file: the app works offline after one visit).
 * Production builds only: in dev a worker would serve stale modules.
 */
import { registerSW } from 'virtual:pwa-register';

export function registerOffline(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  // autoUpdate: a new version activates on its own; the page reloads into it.
  registerSW({ immediate: true });
}
