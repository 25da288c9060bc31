import type { BridgeApi } from '@shared/ipc/contract'
import type { Project } from '@shared/model'
import { writeProjectFile } from '@shared/model/project-file'
import type { WorkbookAnalysis } from '@shared/workbook/model/analysis-sheets'
import type { StoreApi } from 'zustand/vanilla'
import { navigate } from '@renderer/app/route'
import { getBridge } from '@renderer/bridge'
import { getStore } from '@renderer/store'
import type { AppState } from '@renderer/store/types'
import { version } from '@root/package.json'
import { t, type MessageKey, type MessageValues } from '@shared/i18n'
import { exportState, setExportStage } from './export-state'
import { askSameId, type SameIdChoice, type SameIdQuestion } from './same-id'
import { excelFileName, projectFileBytes, projectFileName, readProjectBytes } from './project-file-io'

/**
 * The file actions behind the menu commands, the buttons and drag-and-drop. Every failure is a
 * toast that says what happened; a refused file changes nothing (it never reaches storage).
 */
type Deps = { store: StoreApi<AppState>; bridge: BridgeApi; ask?: (q: SameIdQuestion) => Promise<SameIdChoice> }
const deps = (): Deps => ({ store: getStore(), bridge: getBridge() })
const toast = (d: Deps, tone: 'info' | 'success' | 'error', message: string) => d.store.getState().pushToast({ tone, message })
/** A message in the app's language now (the toast is said once, when it happens). */
const say = (d: Deps, key: MessageKey, values?: MessageValues) => t(d.store.getState().locale, key, values)

/** Read, validate and add a project from file bytes; opens it. Returns the new id or null. */
export async function openProjectBytes(fileName: string, bytes: Uint8Array, d: Deps = deps()): Promise<string | null> {
  const r = readProjectBytes(fileName, bytes, d.store.getState().locale)
  if (!r.ok) {
    toast(d, 'error', r.message)
    return null
  }
  return addProject(r.doc, d, fileName)
}

export async function addProject(doc: Project, d: Deps = deps(), fileName = `${doc.name}`): Promise<string | null> {
  // A file of a project that is here: ask rather than silently adding a "(copy)" (issue 17).
  const here = d.store.getState().projects.find((p) => p.id === doc.id)
  if (here) {
    const stored = await d.store.getState().storedProjectDoc(doc.id)
    const choice = await (d.ask ?? askSameId)({ fileName, projectName: here.name, savedAt: here.updatedAt, identical: stored !== null && writeProjectFile(stored) === writeProjectFile(doc) })
    if (choice === 'cancel') return null
    if (choice === 'here') {
      navigate({ name: 'project', projectId: here.id, section: 'results' })
      return here.id
    }
  }
  const id = await d.store.getState().importProject(doc)
  if (id) navigate({ name: 'project', projectId: id, section: 'results' })
  return id
}

/** Open…: the native dialog in Electron, a file input in web mode. */
export async function openProjectFile(d: Deps = deps()): Promise<void> {
  const r = await d.bridge.openFile({ kinds: ['project'], title: say(d, 'filecmd.openTitle') })
  if (!r.ok) {
    if (!r.cancelled) toast(d, 'error', say(d, 'filecmd.couldNotOpen', { message: r.error.message }))
    return
  }
  await openProjectBytes(r.value.name, r.value.bytes, d)
}

/**
 * Open for review…: the file becomes a read-only review copy (no project is created, the owner's
 * project of the same id is left alone) and opens on the financier's review tab.
 */
export async function openForReviewBytes(fileName: string, bytes: Uint8Array, d: Deps = deps()): Promise<string | null> {
  const r = readProjectBytes(fileName, bytes, d.store.getState().locale)
  if (!r.ok) {
    toast(d, 'error', r.message)
    return null
  }
  const id = await d.store.getState().openForReview(r.doc, fileName)
  if (id) navigate({ name: 'project', projectId: id, section: 'sheet', review: true })
  return id
}

export async function openForReviewFile(d: Deps = deps()): Promise<void> {
  const r = await d.bridge.openFile({ kinds: ['project'], title: say(d, 'filecmd.openForReviewTitle') })
  if (!r.ok) {
    if (!r.cancelled) toast(d, 'error', say(d, 'filecmd.couldNotOpen', { message: r.error.message }))
    return
  }
  await openForReviewBytes(r.value.name, r.value.bytes, d)
}

/** Save as…: the open project as a versioned project file. */
export async function saveProjectAs(d: Deps = deps()): Promise<void> {
  const doc = d.store.getState().workspace?.doc
  if (!doc) return void toast(d, 'info', say(d, 'filecmd.saveFirst'))
  const r = await d.bridge.saveFile({ kind: 'project', suggestedName: projectFileName(doc), bytes: projectFileBytes(doc) })
  if (r.ok) toast(d, 'success', say(d, 'filecmd.saved', { name: r.value.name }))
  else if (!r.cancelled) toast(d, 'error', say(d, 'filecmd.couldNotSave', { message: r.error.message }))
}

/**
 * Export Excel: the live-formula model of the open project (the same file `bankable export` writes);
 * with `analysis`, plus the analysis value sheets (Scenarios section → Monte Carlo tab).
 */
export async function exportExcel(d: Deps = deps(), analysis?: WorkbookAnalysis): Promise<void> {
  if (exportState.getState().progress) return // one at a time
  const doc = d.store.getState().workspace?.doc
  if (!doc) return void toast(d, 'info', say(d, 'filecmd.exportFirst'))
  try {
    setExportStage('building')
    const { buildXlsx } = await import('@renderer/workers/export-client')
    const built = await buildXlsx(doc, { appVersion: version, now: new Date() }, analysis)
    if (!built.ok) return void toast(d, 'error', say(d, 'filecmd.notExported', { message: built.message }))
    setExportStage('saving')
    const saved = await d.bridge.saveFile({ kind: 'xlsx', suggestedName: excelFileName(doc), bytes: built.bytes })
    if (saved.ok) toast(d, 'success', say(d, 'filecmd.exported', { name: saved.value.name }))
    else if (!saved.cancelled) toast(d, 'error', say(d, 'filecmd.couldNotSaveExcel', { message: saved.error.message }))
  } catch (e) {
    toast(d, 'error', say(d, 'filecmd.exportFailed', { message: e instanceof Error ? e.message : String(e) }))
  } finally {
    setExportStage(null)
  }
}
