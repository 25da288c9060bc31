import type { IpcError, IpcResult } from '@shared/ipc/contract'

/** An expected failure a handler reports to the renderer as a typed `IpcError` (never a crash). */
export class IpcFailure extends Error {
  constructor(
    readonly code: IpcError['code'],
    message: string
  ) {
    super(message)
    this.name = 'IpcFailure'
  }
}

export const ok = <T>(value: T): IpcResult<T> => ({ ok: true, value })
export const cancelled = <T>(): IpcResult<T> => ({ ok: false, cancelled: true })
export const fail = <T>(code: IpcError['code'], message: string): IpcResult<T> => ({ ok: false, error: { code, message } })
