import { checkLotFile, readLotFile, type LotFileRead } from '@renderer/features/feedstock/lot-files'

/** Messages between the import client and import.worker.ts (plain data; the bytes are transferred). */
export type SheetKind = 'catalyst-lots' | 'black-mass-lots'
export type ImportRequest = { id: number; name: string; bytes: ArrayBuffer; sheetKind: SheetKind }
export type ImportReply =
  | { id: number; type: 'progress'; done: number; total: number }
  | { id: number; type: 'done'; read: LotFileRead }
  | { id: number; type: 'error'; message: string }

/** One request, answered through `post`: progress while the rows are read, then the checked read or an error. */
export function handleImport(req: ImportRequest, post: (reply: ImportReply) => void): void {
  const { id, name, bytes, sheetKind } = req
  try {
    const read = checkLotFile(readLotFile(name, new Uint8Array(bytes), sheetKind, { onProgress: (done, total) => post({ id, type: 'progress', done, total }) }))
    post({ id, type: 'done', read })
  } catch (err) {
    post({ id, type: 'error', message: err instanceof Error ? err.message : String(err) })
  }
}
