import { createStore } from 'zustand/vanilla'
import type { BackupEntry } from '@shared/ipc/contract'

/** State of the backups dialog (its own small store: the app store belongs to the core slices). */
export type BackupsUiState = {
  open: boolean
  entries: BackupEntry[]
  status: 'idle' | 'loading' | 'working' | 'done'
  error: string | null
  /** The entry (or 'file') the user is asked to confirm restoring. */
  confirm: BackupEntry | 'file' | null
  openDialog(): void
  close(): void
  patch(p: Partial<Omit<BackupsUiState, 'openDialog' | 'close' | 'patch'>>): void
}

export const backupsUi = createStore<BackupsUiState>()((set) => ({
  open: false,
  entries: [],
  status: 'idle',
  error: null,
  confirm: null,
  openDialog: () => set({ open: true, status: 'loading', error: null, confirm: null }),
  close: () => set({ open: false, confirm: null, error: null }),
  patch: (p) => set(p)
}))
