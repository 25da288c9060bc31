import { useStore } from 'zustand'
import type { StoreApi } from 'zustand/vanilla'
import { createAppStore } from './app-store'
import type { StoreDeps } from './deps'
import type { AppState } from './types'

let bound: StoreApi<AppState> | null = null

/** Called once by main.tsx (the composition root) before rendering. */
export function initStore(deps: StoreDeps): StoreApi<AppState> {
  bound = createAppStore(deps)
  return bound
}

export function getStore(): StoreApi<AppState> {
  if (!bound) throw new Error('initStore() must run before the store is used')
  return bound
}

/** The bound hook: `useAppStore(selectDoc)`, `useAppStore((s) => s.applyEdit)`. */
export function useAppStore<T>(selector: (s: AppState) => T): T {
  return useStore(getStore(), selector)
}
