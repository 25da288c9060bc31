/**
 * The IPC surface of main: one handler per `BridgeApi` method, registered with `ipcMain.handle` only.
 * Every call goes through `guardedInvoke`: sender check → zod validation of the whole argument list →
 * handler → typed `IpcResult`. Nothing thrown inside ever reaches the renderer as an exception (R8, R9).
 */
import type { AppInfo, BridgeApi, IpcResult } from '@shared/ipc/contract'
import { IPC_CHANNELS, IPC_LIMITS } from '@shared/ipc/contract'
import { IPC_ARG_SCHEMAS, type InvokeMethod } from '@shared/ipc/schemas'
import type { BackupStore } from '../files/backup-store'
import type { FileSystem } from '../files/atomic-write'
import { openFileWithDialog, printToPdfWithDialog, saveFileWithDialog, type DialogLike, type PdfPrinter } from '../files/file-dialogs'
import { IpcFailure, cancelled, fail, ok } from './failure'
import type { SenderEventLike } from './sender'

type ResultOf<K extends InvokeMethod> = Awaited<ReturnType<BridgeApi[K]>>
type ArgsOf<K extends InvokeMethod> = Parameters<BridgeApi[K]>

export type Handler<E, K extends InvokeMethod> = (event: E, ...args: ArgsOf<K>) => Promise<ResultOf<K>>
export type HandlerMap<E> = { [K in InvokeMethod]: Handler<E, K> }

export type HandlerDeps<E, W> = {
  appInfo: () => AppInfo
  fs: FileSystem
  dialog: DialogLike<W>
  /** The window that owns the sender (dialogs are modal to it); null when it is gone. */
  windowFor: (event: E) => W | null
  printerFor: (event: E) => PdfPrinter
  backups: BackupStore
}

const orCancelled = <T>(value: T | null): IpcResult<T> => (value === null ? cancelled<T>() : ok(value))

export function createHandlers<E, W>(deps: HandlerDeps<E, W>): HandlerMap<E> {
  const windowOf = (event: E): W => {
    const window = deps.windowFor(event)
    if (window === null) throw new IpcFailure('forbidden-sender', 'The requesting window is gone.')
    return window
  }
  return {
    appInfo: async () => ok(deps.appInfo()),
    openFile: async (event, request) => orCancelled(await openFileWithDialog(deps, windowOf(event), request)),
    saveFile: async (event, request) => orCancelled(await saveFileWithDialog(deps, windowOf(event), request)),
    printToPdf: async (event, request) => orCancelled(await printToPdfWithDialog(deps, windowOf(event), deps.printerFor(event), request)),
    backupWrite: async (_event, request) => ok(await deps.backups.write(request)),
    backupList: async () => ok(await deps.backups.list()),
    backupRead: async (_event, id) => {
      const file = await deps.backups.read(id)
      return file === null ? fail('not-found', `No backup with id ${id}.`) : ok(file)
    }
  }
}

/** Maps anything a handler throws to a typed error; Node fs errors keep their code only (no paths leak). */
export function toIpcError<T>(error: unknown): IpcResult<T> {
  if (error instanceof IpcFailure) return fail(error.code, error.message)
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : ''
  if (code === 'ENOENT') return fail('not-found', 'The file no longer exists.')
  if (/^E[A-Z]+$/.test(code)) return fail('io-error', `The file could not be read or written (${code}).`)
  if (error instanceof Error && /larger than the limit/.test(error.message)) return fail('too-large', `Larger than ${IPC_LIMITS.maxFileBytes} bytes.`)
  return fail('internal', 'Unexpected error in the main process.')
}

export type SenderGuard<E> = (event: E) => boolean

/** Wraps one handler with the sender check, payload validation and error mapping. */
export function guardedInvoke<E extends SenderEventLike, K extends InvokeMethod>(
  method: K,
  handler: Handler<E, K>,
  isTrusted: SenderGuard<E>,
  onError: (method: K, error: unknown) => void = () => undefined
): (event: E, ...rawArgs: unknown[]) => Promise<IpcResult<unknown>> {
  const schema = IPC_ARG_SCHEMAS[method]
  return async (event, ...rawArgs) => {
    try {
      if (!isTrusted(event)) return fail('forbidden-sender', 'This window may not call the main process.')
      const parsed = schema.safeParse(rawArgs)
      if (!parsed.success) {
        const first = parsed.error.issues[0]
        return fail('invalid-payload', first ? `${first.path.join('.') || 'arguments'}: ${first.message}` : 'invalid arguments')
      }
      const result: IpcResult<unknown> = await handler(event, ...(parsed.data as unknown as ArgsOf<K>))
      return result
    } catch (error) {
      onError(method, error)
      return toIpcError(error)
    }
  }
}

export type IpcMainLike<E> = { handle(channel: string, listener: (event: E, ...args: unknown[]) => Promise<unknown>): void }

export const INVOKE_METHODS = Object.keys(IPC_ARG_SCHEMAS) as InvokeMethod[]

export function registerHandlers<E extends SenderEventLike>(ipcMain: IpcMainLike<E>, handlers: HandlerMap<E>, isTrusted: SenderGuard<E>, onError?: (method: InvokeMethod, error: unknown) => void): void {
  for (const method of INVOKE_METHODS) {
    ipcMain.handle(IPC_CHANNELS[method], guardedInvoke(method, handlers[method] as Handler<E, typeof method>, isTrusted, onError))
  }
}
