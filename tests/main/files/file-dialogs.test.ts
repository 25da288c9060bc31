import { promises as fs, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { FILE_FILTERS, openFileWithDialog, printToPdfWithDialog, saveFileWithDialog, withDefaultExtension, type DialogLike } from '../../../src/main/files/file-dialogs'
import { IpcFailure } from '../../../src/main/ipc/failure'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'bankable-dialogs-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const dialogPicking = (openPath?: string, savePath?: string): DialogLike<string> => ({
  showOpenDialog: vi.fn(async () => (openPath ? { canceled: false, filePaths: [openPath] } : { canceled: true, filePaths: [] })),
  showSaveDialog: vi.fn(async () => (savePath ? { canceled: false, filePath: savePath } : { canceled: true }))
})

describe('open file', () => {
  it('reads the picked file and returns only its base name', async () => {
    writeFileSync(join(dir, 'model.xlsx'), 'PK-bytes')
    const dialog = dialogPicking(join(dir, 'model.xlsx'))
    const opened = await openFileWithDialog({ fs, dialog }, 'win', { kinds: ['xlsx', 'csv'], title: 'Import' })
    expect(opened?.name).toBe('model.xlsx')
    expect(new TextDecoder().decode(opened!.bytes)).toBe('PK-bytes')
    expect(dialog.showOpenDialog).toHaveBeenCalledWith('win', { title: 'Import', filters: [FILE_FILTERS.xlsx, FILE_FILTERS.csv], properties: ['openFile'] })
  })

  it('returns null when cancelled', async () => {
    expect(await openFileWithDialog({ fs, dialog: dialogPicking() }, 'win', { kinds: ['json'] })).toBeNull()
  })

  it('refuses files over the limit before reading them', async () => {
    writeFileSync(join(dir, 'big.json'), 'x'.repeat(101))
    const readFile = vi.fn(fs.readFile)
    const promise = openFileWithDialog({ fs: { ...fs, readFile } as typeof fs, dialog: dialogPicking(join(dir, 'big.json')), maxFileBytes: 100 }, 'win', { kinds: ['json'] })
    await expect(promise).rejects.toMatchObject({ code: 'too-large' })
    await expect(promise).rejects.toBeInstanceOf(IpcFailure)
    expect(readFile).not.toHaveBeenCalled()
  })

  it('refuses a directory', async () => {
    await expect(openFileWithDialog({ fs, dialog: dialogPicking(dir) }, 'win', { kinds: ['json'] })).rejects.toMatchObject({ code: 'not-found' })
  })
})

describe('save file', () => {
  it('writes atomically to the chosen path and leaves no temp file', async () => {
    const target = join(dir, 'out.xlsx')
    writeFileSync(target, 'old contents')
    const saved = await saveFileWithDialog({ fs, dialog: dialogPicking(undefined, target) }, 'win', { kind: 'xlsx', suggestedName: 'Model.xlsx', bytes: new TextEncoder().encode('new contents') })
    expect(saved).toEqual({ name: 'out.xlsx' })
    expect(readFileSync(target, 'utf8')).toBe('new contents')
    expect(readdirSync(dir)).toEqual(['out.xlsx'])
  })

  it('adds the default extension to a bare name', async () => {
    expect(withDefaultExtension('/home/u/model', 'xlsx')).toBe('/home/u/model.xlsx')
    expect(withDefaultExtension('/home/u/model.v2.xlsx', 'xlsx')).toBe('/home/u/model.v2.xlsx')
    const saved = await saveFileWithDialog({ fs, dialog: dialogPicking(undefined, join(dir, 'sheet')) }, 'win', { kind: 'csv', suggestedName: 'sheet.csv', bytes: new Uint8Array([65]) })
    expect(saved).toEqual({ name: 'sheet.csv' })
  })

  it('keeps the old file when the write fails, and cancels cleanly', async () => {
    const target = join(dir, 'keep.json')
    writeFileSync(target, 'original')
    const broken = { ...fs, rename: async () => { throw Object.assign(new Error('EXDEV'), { code: 'EXDEV' }) } } as typeof fs
    await expect(saveFileWithDialog({ fs: broken, dialog: dialogPicking(undefined, target) }, 'win', { kind: 'json', suggestedName: 'keep.json', bytes: new Uint8Array([1]) })).rejects.toMatchObject({ code: 'EXDEV' })
    expect(readFileSync(target, 'utf8')).toBe('original')
    expect(readdirSync(dir)).toEqual(['keep.json'])
    expect(await saveFileWithDialog({ fs, dialog: dialogPicking() }, 'win', { kind: 'json', suggestedName: 'x.json', bytes: new Uint8Array([1]) })).toBeNull()
  })
})

describe('print to PDF', () => {
  it('asks first, then prints with the requested page setup and saves', async () => {
    const printToPDF = vi.fn(async () => new TextEncoder().encode('%PDF-1.7'))
    const saved = await printToPdfWithDialog({ fs, dialog: dialogPicking(undefined, join(dir, 'sheet')) }, 'win', { printToPDF }, { suggestedName: 'Project sheet.pdf', pageSize: 'A4', landscape: true })
    expect(saved).toEqual({ name: 'sheet.pdf' })
    expect(printToPDF).toHaveBeenCalledWith({ pageSize: 'A4', landscape: true, printBackground: true })
    expect(readFileSync(join(dir, 'sheet.pdf'), 'utf8')).toBe('%PDF-1.7')
  })

  it('does not render anything when the dialog is cancelled', async () => {
    const printToPDF = vi.fn(async () => new Uint8Array())
    expect(await printToPdfWithDialog({ fs, dialog: dialogPicking() }, 'win', { printToPDF }, { suggestedName: 'a.pdf', pageSize: 'Letter', landscape: false })).toBeNull()
    expect(printToPDF).not.toHaveBeenCalled()
  })
})
