import { useEffect } from 'react'
import { useStore } from 'zustand'
import type { BackupEntry, BridgeApi } from '@shared/ipc/contract'
import { Button, Dialog } from '@renderer/ui'
import type { BackupService } from './backup-service'
import { backupsUi } from './backups-ui'
import './backups.css'

const REASONS: Record<BackupEntry['reason'], string> = { auto: 'Automatic', manual: 'Manual', 'pre-upgrade': 'Before an update' }
const size = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`)

export type BackupsDialogProps = {
  service: BackupService
  bridge: Pick<BridgeApi, 'openFile'>
  /** After a restore the whole app re-reads the database: a reload is the simple, complete way. */
  reload: () => void
}

/**
 * "Restore from backup": the list of kept backups (newest first) or a backup file, a confirmation
 * that says what happens (current data is backed up first, then replaced), and the verifier's exact
 * refusal when a backup is damaged, truncated or from a newer version — nothing is changed then.
 */
export function BackupsDialog({ service, bridge, reload }: BackupsDialogProps) {
  const ui = useStore(backupsUi)
  const { open, status, entries, error, confirm } = ui

  useEffect(() => {
    if (!open || status !== 'loading') return
    service.list().then(
      (list) => backupsUi.getState().patch({ entries: list, status: 'idle' }),
      (e: unknown) => backupsUi.getState().patch({ entries: [], status: 'idle', error: e instanceof Error ? e.message : String(e) })
    )
  }, [open, status, service])

  async function restore(target: BackupEntry | 'file') {
    let source: BackupEntry | Uint8Array = target === 'file' ? new Uint8Array() : target
    if (target === 'file') {
      const picked = await bridge.openFile({ kinds: ['backup', 'json'], title: 'Restore from a backup file' })
      if (!picked.ok) {
        ui.patch({ confirm: null, error: picked.cancelled ? null : picked.error.message })
        return
      }
      source = picked.value.bytes
    }
    ui.patch({ status: 'working', error: null })
    try {
      await service.restore(source)
      ui.patch({ status: 'done', confirm: null })
      reload()
    } catch (e) {
      ui.patch({ status: 'idle', confirm: null, error: e instanceof Error ? e.message : String(e) })
    }
  }

  const busy = status === 'working' || status === 'loading'
  return (
    <Dialog
      open={open}
      title="Restore from backup"
      width={620}
      onClose={() => !busy && ui.close()}
      description="Restoring replaces every project with the backup's content. A backup of the current data is made first, so a restore can be undone by restoring that one."
      footer={
        confirm ? (
          <>
            <Button onClick={() => ui.patch({ confirm: null })} disabled={busy}>
              Cancel
            </Button>
            <Button variant="danger" onClick={() => void restore(confirm)} disabled={busy}>
              {busy ? 'Checking and restoring…' : 'Replace current data'}
            </Button>
          </>
        ) : (
          <>
            <Button onClick={() => ui.patch({ confirm: 'file' })} disabled={busy}>
              Restore from a file…
            </Button>
            <Button variant="primary" onClick={() => ui.close()} disabled={busy}>
              Close
            </Button>
          </>
        )
      }
    >
      {error && (
        <p role="alert" className="backup-error">
          {error}
        </p>
      )}
      {confirm ? (
        <p>
          Restore {confirm === 'file' ? 'from a backup file you choose' : `the backup of ${new Date(confirm.createdAt).toLocaleString()}`}? The file is checked completely
          (checksum, row counts, every project) before anything is replaced.
        </p>
      ) : status === 'loading' ? (
        <p>Loading backups…</p>
      ) : entries.length === 0 ? (
        <p>No backups are kept here yet. Choose “Restore from a file…” to use a backup file.</p>
      ) : (
        <ul className="backup-list" aria-label="Backups">
          {entries.map((e) => (
            <li key={e.id}>
              <span>
                {new Date(e.createdAt).toLocaleString()} · {REASONS[e.reason]} · {size(e.sizeBytes)}
              </span>
              <Button size="sm" onClick={() => ui.patch({ confirm: e, error: null })}>
                Restore…
              </Button>
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  )
}
