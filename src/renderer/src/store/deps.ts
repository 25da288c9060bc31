import type { BridgeApi } from '@shared/ipc/contract'
import type { Repository } from '@renderer/db/repository'
import type { StoreApi } from 'zustand/vanilla'
import type { AppState } from './types'

/** What the store needs from the outside world; injected so tests use fake-indexeddb and a fake bridge. */
export type StoreDeps = {
  repo: Repository
  bridge: BridgeApi
  storage?: Pick<StorageManager, 'persist' | 'persisted'>
  /** Where the theme preference is kept between runs (localStorage in the app). */
  prefs?: Pick<Storage, 'getItem' | 'setItem'>
  reload?: () => void
  /** Milliseconds since the epoch (only for snoozing reminders). */
  now?: () => number
  /** The system's language tag (`navigator.language` in the app), followed until the reader chooses one (#20). */
  systemLanguage?: string
}

export type SliceArgs = {
  set: StoreApi<AppState>['setState']
  get: StoreApi<AppState>['getState']
  deps: StoreDeps
}
