import { useEffect } from 'react'
import { useStore } from 'zustand'
import type { BackupEntry, BridgeApi } from '@shared/ipc/contract'
import { Button, Dialog } from '@renderer/ui'
import type { BackupService } from './backup-service'
import { backupsUi } from './backups-ui'
import './backups.css'
import { useT } from '@renderer/i18n'
import { useAppStore } from '@renderer/store'
import { whenText } from './when-text'
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
  const t = useT()
  const locale = useAppStore((s) => s.locale)

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
      const picked = await bridge.openFile({ kinds: ['backup', 'json'], title: t('backups.pickTitle') })
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
      title={t('backups.title')}
      width={620}
      onClose={() => !busy && ui.close()}
      description={t('backups.description')}
      footer={
        confirm ? (
          <>
            <Button onClick={() => ui.patch({ confirm: null })} disabled={busy}>
              {t('backups.cancel')}
            </Button>
            <Button variant="danger" onClick={() => void restore(confirm)} disabled={busy}>
              {busy ? t('backups.restoring') : t('backups.replace')}
            </Button>
          </>
        ) : (
          <>
            <Button onClick={() => ui.patch({ confirm: 'file' })} disabled={busy}>
              {t('backups.fromFile')}
            </Button>
            <Button variant="primary" onClick={() => ui.close()} disabled={busy}>
              {t('backups.close')}
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
        <p>{confirm === 'file' ? t('backups.confirmFile') : t('backups.confirmEntry', { when: whenText(confirm.createdAt, locale) })}</p>
      ) : status === 'loading' ? (
        <p>{t('backups.loading')}</p>
      ) : entries.length === 0 ? (
        <p>{t('backups.none')}</p>
      ) : (
        <ul className="backup-list" aria-label={t('backups.list')}>
          {entries.map((e) => (
            <li key={e.id}>
              <span>
                {whenText(e.createdAt, locale)} · {t(`backups.reason.${e.reason}`)} · {size(e.sizeBytes)}
              </span>
              <Button size="sm" onClick={() => ui.patch({ confirm: e, error: null })}>
                {t('backups.restore')}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  )
}
