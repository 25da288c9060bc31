import { useAppStore } from '@renderer/store'
import { Button } from '@renderer/ui'
import { useT } from '@renderer/i18n'

/**
 * Backup and restore where a user looks for them: in web mode they were only Ctrl+Alt+B / Ctrl+Alt+R
 * (issue 17). They run the same commands as the desktop menu (features/backups/install.ts).
 */
export function BackupButtons() {
  const runCommand = useAppStore((s) => s.runCommand)
  const t = useT()
  return (
    <div className="pf-backup" role="group" aria-label={t('projects.backups')}>
      <Button size="sm" onClick={() => runCommand('backup-now')} title={t('projects.backupNowTitle')}>
        {t('projects.backupNow')}
      </Button>
      <Button size="sm" onClick={() => runCommand('restore-backup')} title={t('projects.restoreTitle')}>
        {t('projects.restore')}
      </Button>
    </div>
  )
}
