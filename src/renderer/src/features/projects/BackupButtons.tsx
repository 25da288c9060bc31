import { useAppStore } from '@renderer/store'
import { Button } from '@renderer/ui'

/**
 * Backup and restore where a user looks for them: in web mode they were only Ctrl+Alt+B / Ctrl+Alt+R
 * (issue 17). They run the same commands as the desktop menu (features/backups/install.ts).
 */
export function BackupButtons() {
  const runCommand = useAppStore((s) => s.runCommand)
  return (
    <div className="pf-backup" role="group" aria-label="Backups">
      <Button size="sm" onClick={() => runCommand('backup-now')} title="Save a backup of every project on this device (Ctrl+Alt+B)">
        Back up now
      </Button>
      <Button size="sm" onClick={() => runCommand('restore-backup')} title="Restore every project from a backup (Ctrl+Alt+R)">
        Restore backup…
      </Button>
    </div>
  )
}
