/**
 * The embed is read-only: it must never write the person's autosave, history or settings (it shares
 * the app's origin, hence its localStorage). Before the store starts, localStorage is swapped for an
 * in-memory Storage that starts empty, so the embed sees only what its link carries.
 */

class MemoryStorage implements Storage {
  private readonly map = new Map<string, string>();
  get length(): number {
    return this.map.size;
  }
  clear(): void {
    this.map.clear();
  }
  getItem(key: string): string | null {
    return this.map.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.map.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.map.delete(key);
  }
  setItem(key: string, value: string): void {
    this.map.set(key, String(value));
  }
  [name: string]: unknown;
}

/** Returns false when the browser refuses the swap (then nothing persists anyway: see persist.ts). */
export function isolateStorage(): boolean {
  const memory = new MemoryStorage();
  try {
    Object.defineProperty(globalThis, 'localStorage', { configurable: true, get: () => memory });
    return globalThis.localStorage === memory;
  } catch {
    return false;
  }
}
