import { useEffect, useState } from 'react'
import type { Repository } from '@renderer/db/repository'
import { useAppStore } from '@renderer/store'
import { Button, Dialog } from '@renderer/ui'
import { ABSENT, diffDocuments, type FieldDifference } from './conflict-diff'
import { useT } from '@renderer/i18n'
import './conflict.css'

type Loaded = { projectId: string; theirsRev: number; diffs: FieldDifference[] }

/**
 * Opens when autosave reports a conflict (the store's 'conflict' banner): shows, field by field,
 * "your version" beside "saved in the other window", and lets the user keep either. Keeping mine
 * is one more compare-and-swap save against the other window's revision, so a third writer is still
 * caught; keeping theirs reloads the project.
 */
export function ConflictDialog({ repo }: { repo: Pick<Repository, 'get' | 'saveDoc'> }) {
  const conflict = useAppStore((s) => s.banners.some((b) => b.id === 'conflict'))
  const workspace = useAppStore((s) => s.workspace)
  const openProject = useAppStore((s) => s.openProject)
  const pushToast = useAppStore((s) => s.pushToast)
  const t = useT()
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const [dismissed, setDismissed] = useState(false)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    if (!conflict || !workspace) {
      setLoaded(null)
      setDismissed(false)
      return
    }
    let live = true
    void repo.get(workspace.projectId).then((theirs) => {
      if (live && theirs) setLoaded({ projectId: workspace.projectId, theirsRev: theirs.rev, diffs: diffDocuments(workspace.doc, theirs.doc) })
    })
    return () => {
      live = false
    }
  }, [conflict, workspace, repo])

  const open = conflict && !dismissed && loaded !== null && workspace?.projectId === loaded.projectId

  async function keepMine() {
    if (!workspace || !loaded) return
    setBusy(true)
    try {
      await repo.saveDoc(workspace.projectId, workspace.doc, loaded.theirsRev)
      await openProject(workspace.projectId)
      pushToast({ tone: 'success', message: t('conflict.kept') })
    } catch (e) {
      pushToast({ tone: 'error', message: e instanceof Error ? e.message : String(e) })
    } finally {
      setBusy(false)
    }
  }

  return (
    <Dialog
      open={open}
      title={t('conflict.title')}
      width={720}
      onClose={() => setDismissed(true)}
      description={t('conflict.description')}
      footer={
        <>
          <Button disabled={busy} onClick={() => loaded && void openProject(loaded.projectId)}>
            {t('conflict.useTheirs')}
          </Button>
          <Button variant="primary" disabled={busy} onClick={() => void keepMine()}>
            {t('conflict.keepMine')}
          </Button>
        </>
      }
    >
      <table className="conflict-table" aria-label={t('conflict.differences')}>
        <thead>
          <tr>
            <th scope="col">{t('conflict.field')}</th>
            <th scope="col">{t('conflict.mine')}</th>
            <th scope="col">{t('conflict.theirs')}</th>
          </tr>
        </thead>
        <tbody>
          {(loaded?.diffs ?? []).map((d) => (
            <tr key={d.path}>
              <td>{d.path}</td>
              <td>{d.mine === ABSENT ? t('conflict.none') : d.mine}</td>
              <td>{d.theirs === ABSENT ? t('conflict.none') : d.theirs}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {loaded && loaded.diffs.length === 0 && <p>{t('conflict.same')}</p>}
    </Dialog>
  )
}
