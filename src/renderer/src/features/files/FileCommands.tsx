import './files.css'
import { useEffect, useState } from 'react'
import { useAppStore } from '@renderer/store'
import { useT } from '@renderer/i18n'
import { useExportProgress } from './export-state'
import { exportExcel, openForReviewFile, openProjectBytes, openProjectFile, saveProjectAs } from './file-actions'

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files')

/**
 * Mounted once by App: the file menu commands (Open…, Open for review…, Save as…, Export Excel), drag-and-drop of a
 * project file anywhere on the window, and the export progress notice.
 */
export function FileCommands() {
  const registerCommand = useAppStore((s) => s.registerCommand)
  const [dragging, setDragging] = useState(false)
  const progress = useExportProgress()
  const t = useT()

  useEffect(() => {
    const off = [
      registerCommand('open-project', () => void openProjectFile()),
      registerCommand('open-for-review', () => void openForReviewFile()),
      registerCommand('save-project-as', () => void saveProjectAs()),
      registerCommand('export-excel', () => void exportExcel())
    ]
    return () => off.forEach((f) => f())
  }, [registerCommand])

  useEffect(() => {
    let depth = 0 // dragenter/leave fire for every child crossed
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return
      depth++
      setDragging(true)
    }
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return
      depth = Math.max(0, depth - 1)
      if (depth === 0) setDragging(false)
    }
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return
      e.preventDefault() // allow the drop (and stop the browser navigating to the file)
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy'
    }
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return
      e.preventDefault()
      depth = 0
      setDragging(false)
      const file = e.dataTransfer?.files[0]
      if (!file) return
      void file.arrayBuffer().then((buf) => openProjectBytes(file.name, new Uint8Array(buf)))
    }
    window.addEventListener('dragenter', enter)
    window.addEventListener('dragleave', leave)
    window.addEventListener('dragover', over)
    window.addEventListener('drop', drop)
    return () => {
      window.removeEventListener('dragenter', enter)
      window.removeEventListener('dragleave', leave)
      window.removeEventListener('dragover', over)
      window.removeEventListener('drop', drop)
    }
  }, [])

  return (
    <>
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <div className="drop-overlay-box">{t('filecmd.drop')}</div>
        </div>
      )}
      {progress && (
        <div className="export-progress" role="status" aria-live="polite" data-testid="export-progress">
          <span className="spinner" aria-hidden="true" />
          <span>
            {t('filecmd.exporting', { step: progress.step, of: progress.of, label: t(progress.label) })}
          </span>
          <progress max={progress.of} value={progress.step} />
        </div>
      )}
    </>
  )
}
