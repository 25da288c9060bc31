/**
 * Native open/save dialogs and the file I/O behind them. The renderer never supplies a path: it asks
 * for a kind of file, the user picks the location, main reads (size-capped) or writes (atomically).
 */
import { basename, extname } from 'node:path'
import type { FileKind, OpenFileRequest, OpenedFile, PrintToPdfRequest, SaveFileRequest, SavedFile } from '@shared/ipc/contract'
import { IPC_LIMITS } from '@shared/ipc/contract'
import { writeFileAtomic, type FileSystem } from './atomic-write'
import { IpcFailure } from '../ipc/failure'

export type FileFilter = { name: string; extensions: string[] }

/** Structural slice of Electron's `dialog` (the window argument is whatever the caller passes through). */
export type DialogLike<W> = {
  showOpenDialog(window: W, options: { title?: string; filters: FileFilter[]; properties: Array<'openFile'> }): Promise<{ canceled: boolean; filePaths: string[] }>
  showSaveDialog(window: W, options: { title?: string; defaultPath: string; filters: FileFilter[] }): Promise<{ canceled: boolean; filePath?: string }>
}

export const FILE_FILTERS: Record<FileKind, FileFilter> = {
  project: { name: 'Bankable project', extensions: ['bankable', 'json'] },
  review: { name: 'Lender review', extensions: ['json'] },
  xlsx: { name: 'Excel workbook', extensions: ['xlsx'] },
  csv: { name: 'CSV', extensions: ['csv'] },
  pdf: { name: 'PDF', extensions: ['pdf'] },
  backup: { name: 'Bankable backup', extensions: ['bankable-backup', 'json'] },
  json: { name: 'JSON', extensions: ['json'] }
}

/** Adds the kind's default extension when the user typed a bare name (GTK dialogs do not). */
export function withDefaultExtension(filePath: string, kind: FileKind): string {
  return extname(filePath) === '' ? `${filePath}.${FILE_FILTERS[kind].extensions[0]}` : filePath
}

export type FileDialogDeps<W> = { fs: FileSystem; dialog: DialogLike<W>; maxFileBytes?: number }

export async function openFileWithDialog<W>(deps: FileDialogDeps<W>, window: W, request: OpenFileRequest): Promise<OpenedFile | null> {
  const filters = request.kinds.map((kind) => FILE_FILTERS[kind])
  const picked = await deps.dialog.showOpenDialog(window, { title: request.title, filters, properties: ['openFile'] })
  const filePath = picked.filePaths[0]
  if (picked.canceled || filePath === undefined) return null
  const stat = await deps.fs.stat(filePath)
  if (!stat.isFile()) throw new IpcFailure('not-found', 'The chosen item is not a file.')
  const limit = deps.maxFileBytes ?? IPC_LIMITS.maxFileBytes
  if (stat.size > limit) throw new IpcFailure('too-large', `The file is ${stat.size} bytes; the limit is ${limit}.`)
  const buffer = await deps.fs.readFile(filePath)
  if (buffer.byteLength > limit) throw new IpcFailure('too-large', `The file grew past the limit of ${limit} bytes while reading.`)
  return { name: basename(filePath), bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) }
}

/** Asks where to save; returns the chosen path (with extension) or null when cancelled. */
export async function chooseSavePath<W>(deps: FileDialogDeps<W>, window: W, kind: FileKind, suggestedName: string): Promise<string | null> {
  const picked = await deps.dialog.showSaveDialog(window, { defaultPath: suggestedName, filters: [FILE_FILTERS[kind]] })
  if (picked.canceled || !picked.filePath) return null
  return withDefaultExtension(picked.filePath, kind)
}

export async function saveFileWithDialog<W>(deps: FileDialogDeps<W>, window: W, request: SaveFileRequest): Promise<SavedFile | null> {
  const target = await chooseSavePath(deps, window, request.kind, request.suggestedName)
  if (target === null) return null
  await writeFileAtomic(deps.fs, target, request.bytes)
  return { name: basename(target) }
}

/** Structural slice of `webContents.printToPDF`. */
export type PdfPrinter = { printToPDF(options: { pageSize: 'A4' | 'Letter'; landscape: boolean; printBackground: boolean }): Promise<Uint8Array> }

/** Dialog first (nothing is rendered if the user cancels), then print the sender's page, then save atomically. */
export async function printToPdfWithDialog<W>(deps: FileDialogDeps<W>, window: W, printer: PdfPrinter, request: PrintToPdfRequest): Promise<SavedFile | null> {
  const target = await chooseSavePath(deps, window, 'pdf', request.suggestedName)
  if (target === null) return null
  const pdf = await printer.printToPDF({ pageSize: request.pageSize, landscape: request.landscape, printBackground: true })
  await writeFileAtomic(deps.fs, target, pdf)
  return { name: basename(target) }
}
