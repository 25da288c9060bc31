import type { StoreApi } from 'zustand/vanilla'
import type { BridgeApi } from '@shared/ipc/contract'
import type { AppState } from '@renderer/store'
import { type BackupService, startAutoBackups } from './backup-service'
import { backupsUi } from './backups-ui'
import { whenText } from './when-text'
import { t } from '@shared/i18n'

export function webBackupCommandForKey(e: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): 'backup-now' | 'restore-backup' | null {
  if (!(e.ctrlKey || e.metaKey) || !e.altKey || e.shiftKey) return null
  // macOS turns Option+B into '∫': fall back to the physical key.
  const key = e.code === 'KeyB' ? 'b' : e.code === 'KeyR' ? 'r' : e.key.toLowerCase()
  return key === 'b' ? 'backup-now' : key === 'r' ? 'restore-backup' : null
}

/**
 * Wires backups into the running app: the menu commands 'backup-now' and 'restore-backup', and —
 * in the desktop app only — automatic backups (startup, every 30 min, every 25 saves). Web mode has no
 * automatic backups (each one would download a file) and no native menu, so there Ctrl+Alt+B backs up
 * and Ctrl+Alt+R opens the restore dialog (Alt keeps clear of the browser's own Ctrl/Ctrl+Shift keys).
 */
export function installBackups(store: StoreApi<AppState>, service: BackupService, bridge: Pick<BridgeApi, 'platform'>): () => void {
  const { registerCommand, pushToast } = store.getState()
  const locale = () => store.getState().locale
  const offs = [
    registerCommand('backup-now', () => {
      void service.backupNow('manual').then(
        (entry) => pushToast({ tone: 'success', message: entry ? t(locale(), 'backups.saved', { when: whenText(entry.createdAt, locale()) }) : t(locale(), 'backups.unchanged') }),
        (e: unknown) => pushToast({ tone: 'error', message: e instanceof Error ? e.message : String(e) })
      )
    }),
    registerCommand('restore-backup', () => backupsUi.getState().openDialog())
  ]
  if (bridge.platform === 'web' && typeof window !== 'undefined') {
    const onKey = (e: KeyboardEvent) => {
      const cmd = webBackupCommandForKey(e)
      if (!cmd) return
      e.preventDefault()
      store.getState().runCommand(cmd)
    }
    window.addEventListener('keydown', onKey)
    offs.push(() => window.removeEventListener('keydown', onKey))
  }
  if (bridge.platform === 'electron')
    offs.push(
      startAutoBackups({
        service,
        onSave: (listener) =>
          store.subscribe((s, prev) => {
            if (s.workspace && prev.workspace && s.workspace.projectId === prev.workspace.projectId && s.workspace.rev > prev.workspace.rev) listener()
          }),
        onError: (e) => pushToast({ tone: 'error', message: t(locale(), 'backups.autoFailed', { message: e instanceof Error ? e.message : String(e) }) })
      })
    )
  return () => offs.forEach((off) => off())
}
