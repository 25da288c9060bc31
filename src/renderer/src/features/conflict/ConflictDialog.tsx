import { useEffect, useState } from 'react'
import type { Repository } from '@renderer/db/repository'
import { useAppStore } from '@renderer/store'
import { Button, Dialog } from '@renderer/ui'
import { diffDocuments, type FieldDifference } from './conflict-diff'
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
      pushToast({ tone: 'success', message: 'Your version was saved over the other window’s.' })
    } catch (e) {
      pushToast({ tone: 'error', message: e instanceof Error ? e.message : String(e) })
    } finally {
      setBusy(false)
    }
  }

  return (
    <Dialog
      open={open}
      title="Changed in another window"
      width={720}
      onClose={() => setDismissed(true)}
      description="Another window saved this project after you opened it, so your last change was not saved. Choose which version to keep."
      footer={
        <>
          <Button disabled={busy} onClick={() => loaded && void openProject(loaded.projectId)}>
            Use the other window’s version
          </Button>
          <Button variant="primary" disabled={busy} onClick={() => void keepMine()}>
            Keep my version
          </Button>
        </>
      }
    >
      <table className="conflict-table" aria-label="Differences">
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Your version</th>
            <th scope="col">Saved in the other window</th>
          </tr>
        </thead>
        <tbody>
          {(loaded?.diffs ?? []).map((d) => (
            <tr key={d.path}>
              <td>{d.path}</td>
              <td>{d.mine}</td>
              <td>{d.theirs}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {loaded && loaded.diffs.length === 0 && <p>The two versions have the same content.</p>}
    </Dialog>
  )
}
