/**
 * The installed app's lifecycle (service worker): whether the offline copy is ready and whether a
 * newer version is waiting. The reader decides when to switch (Reload), so an update never
 * interrupts reading. A tiny external store; registration happens once, from main.tsx.
 */
import { useSyncExternalStore } from 'react';

export interface AppUpdateState {
  /** A newer version has been downloaded and waits for a reload. */
  updateReady: boolean;
  /** The app, its data and the base map are cached: the next visit works with no network. */
  offlineReady: boolean;
}

let state: AppUpdateState = { updateReady: false, offlineReady: false };
let applyUpdate: (() => Promise<void>) | undefined;
const listeners = new Set<() => void>();

/** What the service worker reported (exported for tests, which have no service worker). */
export function reportAppUpdate(patch: Partial<AppUpdateState>, update?: () => Promise<void>): void {
  if (update) applyUpdate = update;
  set(patch);
}

function set(patch: Partial<AppUpdateState>): void {
  state = { ...state, ...patch };
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const getState = () => state;

/** The service worker's news, live. */
export function useAppUpdate(): AppUpdateState {
  return useSyncExternalStore(subscribe, getState, getState);
}

/** Switches to the waiting version (the page reloads). */
export function reloadToUpdate(): void {
  void applyUpdate?.();
}

/** Hides the update note until the next update. */
export function dismissUpdate(): void {
  set({ updateReady: false });
}

/**
 * Registers the service worker, where the browser has one and the page is served over http(s)
 * (not in tests, not from a file). Its messages feed the store above.
 */
export async function registerServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const { registerSW } = await import('virtual:pwa-register');
  applyUpdate = registerSW({
    immediate: true,
    onNeedRefresh: () => set({ updateReady: true }),
    onOfflineReady: () => set({ offlineReady: true }),
  });
}
