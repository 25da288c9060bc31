import type { IpcResult, SavedFile } from '@shared/ipc/contract'
import type { SliceArgs } from './deps'
import type { FilesSlice, FileToasts } from './types'

/**
 * Files through the bridge (Save/Open dialogs and print-to-PDF in Electron, downloads and a file
 * picker in the browser): components call these actions, never the bridge, so the bridge is injected
 * in one place (StoreDeps) and tests use a fake. With `say`, a saved file and a failure are toasted;
 * a cancelled dialog never is. The result is returned as the bridge gave it.
 */
export function createFilesSlice({ get, deps }: SliceArgs): FilesSlice {
  const report = (r: IpcResult<SavedFile>, say?: FileToasts): IpcResult<SavedFile> => {
    if (!say) return r
    if (r.ok) get().pushToast({ tone: 'success', message: say.saved(r.value.name) })
    else if (!r.cancelled) get().pushToast({ tone: 'error', message: say.failed(r.error.message) })
    return r
  }
  return {
    openFile: (req) => deps.bridge.openFile(req),
    async saveFile(req, say) {
      return report(await deps.bridge.saveFile(req), say)
    },
    async printToPdf(req, say) {
      return report(await deps.bridge.printToPdf(req), say)
    }
  }
}
