import type { StoreApi } from 'zustand/vanilla'
import type { BridgeApi } from '@shared/ipc/contract'
import type { AppState } from '@renderer/store'
import { type BackupService, startAutoBackups } from './backup-service'
import { backupsUi } from './backups-ui'

const when = (iso: string) => new Date(iso).toLocaleString()

/**
 * Wires backups into the running app: the menu commands 'backup-now' and 'restore-backup', and —
 * in the desktop app only — automatic backups (startup, every 30 min, every 25 saves). Web mode has no
 * automatic backups: each one would download a file; its users back up from the menu (Ctrl+Shift+B).
 */
export function installBackups(store: StoreApi<AppState>, service: BackupService, bridge: Pick<BridgeApi, 'platform'>): () => void {
  const { registerCommand, pushToast } = store.getState()
  const offs = [
    registerCommand('backup-now', () => {
      void service.backupNow('manual').then(
        (entry) => pushToast({ tone: 'success', message: entry ? `Backup saved (${when(entry.createdAt)}).` : 'Nothing changed since the last backup.' }),
        (e: unknown) => pushToast({ tone: 'error', message: e instanceof Error ? e.message : String(e) })
      )
    }),
    registerCommand('restore-backup', () => backupsUi.getState().openDialog())
  ]
  if (bridge.platform === 'electron')
    offs.push(
      startAutoBackups({
        service,
        onSave: (listener) =>
          store.subscribe((s, prev) => {
            if (s.workspace && prev.workspace && s.workspace.projectId === prev.workspace.projectId && s.workspace.rev > prev.workspace.rev) listener()
          }),
        onError: (e) => pushToast({ tone: 'error', message: `Automatic backup failed: ${e instanceof Error ? e.message : String(e)}` })
      })
    )
  return () => offs.forEach((off) => off())
}
