import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import { IPC_CHANNELS, IPC_LIMITS, type BackupEntry, type IpcResult } from '../../../src/shared/ipc/contract'
import { IPC_ARG_SCHEMAS, type InvokeMethod } from '../../../src/shared/ipc/schemas'
import { INVOKE_METHODS, createHandlers, guardedInvoke, registerHandlers, type HandlerMap } from '../../../src/main/ipc/handlers'
import { isTrustedSender, type FrameLike, type SenderEventLike } from '../../../src/main/ipc/sender'
import type { BackupStore } from '../../../src/main/files/backup-store'
import type { FileSystem } from '../../../src/main/files/atomic-write'
import type { DialogLike } from '../../../src/main/files/file-dialogs'

type Event = SenderEventLike & { sender: { printToPDF: () => Promise<Uint8Array> } }
const TRUSTED = ['app://bundle']

function world() {
  const mainFrame: FrameLike = { url: 'app://bundle/index.html' }
  const window = { isDestroyed: () => false, webContents: { mainFrame } }
  const event = (frame: FrameLike | null = mainFrame): Event => ({ senderFrame: frame, sender: { printToPDF: async () => new Uint8Array([37, 80, 68, 70]) } })
  return { mainFrame, window, event }
}

describe('sender validation (R8)', () => {
  const { mainFrame, window, event } = world()
  const check = (e: SenderEventLike, windows = [window]) => isTrustedSender(e, windows, TRUSTED)

  it('accepts the top-level frame of a known window on app://bundle', () => expect(check(event())).toBe(true))

  const forged: Array<[string, SenderEventLike, Array<typeof window>?]> = [
    ['no frame (destroyed)', { senderFrame: null }],
    ['a sub-frame with the right URL', { senderFrame: { url: 'app://bundle/index.html' } }],
    ['a frame of an unknown window', event({ url: 'app://bundle/index.html' })],
    ['a destroyed window', event(), [{ ...window, isDestroyed: () => true }]],
    ['no windows at all', event(), []]
  ]
  for (const [name, e, windows] of forged) it(`rejects ${name}`, () => expect(check(e, windows ?? [window])).toBe(false))

  for (const url of ['file:///index.html', 'https://evil.example/', 'app://evil/index.html', 'app://bundle@evil/', 'data:text/html,x', 'about:blank', 'http://localhost:5173/']) {
    it(`rejects the main frame after it navigated to ${url}`, () => {
      const frame = { url }
      expect(isTrustedSender({ senderFrame: frame }, [{ isDestroyed: () => false, webContents: { mainFrame: frame } }], TRUSTED)).toBe(false)
    })
  }
  it('mainFrame identity matters, not URL equality', () => {
    expect(check({ senderFrame: { url: mainFrame.url } })).toBe(false)
  })
})

function deps(overrides: Partial<{ fs: FileSystem; dialog: DialogLike<string>; backups: BackupStore }> = {}) {
  const entry: BackupEntry = { id: '20250101T000000000Z-auto-abcdef', createdAt: '2025-01-01T00:00:00.000Z', sizeBytes: 3, reason: 'auto' }
  const backups: BackupStore = {
    init: vi.fn(async () => ({ removedTempFiles: [] })),
    write: vi.fn(async () => entry),
    list: vi.fn(async () => [entry]),
    read: vi.fn(async (id: string) => (id === entry.id ? { name: `${id}.bankable-backup`, bytes: new Uint8Array([1, 2, 3]) } : null))
  }
  const dialog: DialogLike<string> = {
    showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
    showSaveDialog: vi.fn(async () => ({ canceled: true }))
  }
  return {
    appInfo: () => ({ name: 'Bankable', version: '0.1.0', platform: 'electron' as const, os: 'linux' }),
    fs: {} as FileSystem,
    dialog,
    windowFor: () => 'window',
    printerFor: (e: Event) => e.sender,
    backups,
    ...overrides
  }
}

describe('guarded handlers', () => {
  const { window, event } = world()
  const guard = (e: Event) => isTrustedSender(e, [window], TRUSTED)
  const handlers = createHandlers<Event, string>(deps())
  const call = <K extends InvokeMethod>(method: K, e: Event, ...args: unknown[]) =>
    guardedInvoke(method, handlers[method] as HandlerMap<Event>[K], guard)(e, ...args)

  it('answers a valid call from a trusted sender', async () => {
    expect(await call('appInfo', event())).toEqual({ ok: true, value: { name: 'Bankable', version: '0.1.0', platform: 'electron', os: 'linux' } })
    expect(await call('backupList', event())).toMatchObject({ ok: true, value: [{ reason: 'auto' }] })
    expect(await call('openFile', event(), { kinds: ['xlsx'] })).toEqual({ ok: false, cancelled: true })
  })

  it('refuses every channel for a forged sender before looking at the payload', async () => {
    for (const method of INVOKE_METHODS) {
      expect(await call(method, event({ url: 'app://bundle/index.html' }), 'garbage')).toEqual({ ok: false, error: { code: 'forbidden-sender', message: expect.any(String) } })
    }
  })

  it('rejects invalid payloads with a typed error', async () => {
    const cases: Array<[InvokeMethod, unknown[]]> = [
      ['appInfo', ['extra']],
      ['openFile', []],
      ['openFile', [{ kinds: [] }]],
      ['openFile', [{ kinds: ['exe'] }]],
      ['openFile', [{ kinds: ['xlsx'], path: '/etc/passwd' }]],
      ['saveFile', [{ kind: 'xlsx', suggestedName: '../../evil.xlsx', bytes: new Uint8Array(1) }]],
      ['saveFile', [{ kind: 'xlsx', suggestedName: 'C:\\evil.xlsx', bytes: new Uint8Array(1) }]],
      ['saveFile', [{ kind: 'xlsx', suggestedName: '.bashrc', bytes: new Uint8Array(1) }]],
      ['saveFile', [{ kind: 'xlsx', suggestedName: 'a\u0000b.xlsx', bytes: new Uint8Array(1) }]],
      ['saveFile', [{ kind: 'xlsx', suggestedName: 'x'.repeat(IPC_LIMITS.maxNameLength + 1), bytes: new Uint8Array(1) }]],
      ['saveFile', [{ kind: 'xlsx', suggestedName: 'ok.xlsx', bytes: 'not bytes' }]],
      ['saveFile', [{ kind: 'xlsx', suggestedName: 'ok.xlsx', bytes: [1, 2, 3] }]],
      ['printToPdf', [{ suggestedName: 'sheet.pdf', pageSize: 'A3', landscape: false }]],
      ['backupWrite', [{ bytes: new Uint8Array(1), reason: 'because' }]],
      ['backupRead', ['../../etc/passwd']],
      ['backupRead', [42]],
      ['backupList', [{}]]
    ]
    for (const [method, args] of cases) {
      const result = await call(method, event(), ...args)
      expect(result, `${method} ${JSON.stringify(args)}`).toMatchObject({ ok: false, error: { code: 'invalid-payload' } })
    }
  })

  it('rejects bytes over the size limit without allocating them twice', async () => {
    const huge = new Uint8Array(IPC_LIMITS.maxFileBytes + 1)
    expect(await call('backupWrite', event(), { bytes: huge, reason: 'auto' })).toMatchObject({ ok: false, error: { code: 'invalid-payload' } })
  })

  it('maps thrown errors to typed results and never rethrows', async () => {
    const failing = createHandlers<Event, string>(
      deps({
        backups: {
          init: async () => ({ removedTempFiles: [] }),
          write: async () => { throw Object.assign(new Error('ENOSPC: /home/user/secret/path'), { code: 'ENOSPC' }) },
          list: async () => { throw new Error('boom') },
          read: async () => null
        }
      })
    )
    const onError = vi.fn()
    const write = await guardedInvoke('backupWrite', failing.backupWrite, guard, onError)(event(), { bytes: new Uint8Array(1), reason: 'auto' })
    expect(write).toEqual({ ok: false, error: { code: 'io-error', message: 'The file could not be read or written (ENOSPC).' } })
    expect(JSON.stringify(write)).not.toContain('/home/user')
    expect(await guardedInvoke('backupList', failing.backupList, guard, onError)(event())).toMatchObject({ ok: false, error: { code: 'internal' } })
    expect(onError).toHaveBeenCalledTimes(2)
    expect(await call('backupRead', event(), '20250101T000000000Z-auto-000000')).toMatchObject({ ok: false, error: { code: 'not-found' } })
  })

  it('fuzz: arbitrary arguments to every handler always yield an IpcResult, never a throw (R9)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...INVOKE_METHODS), fc.array(fc.anything({ withTypedArray: true, withNullPrototype: true, withMap: true, withSet: true }), { maxLength: 3 }), async (method, args) => {
        const result = (await call(method, event(), ...args)) as IpcResult<unknown>
        expect(typeof result).toBe('object')
        expect(typeof result.ok).toBe('boolean')
        if (!result.ok && !result.cancelled) expect(['invalid-payload', 'not-found', 'too-large', 'io-error', 'internal', 'forbidden-sender']).toContain(result.error.code)
        // Anything accepted must satisfy the schema: the schema is the only gate.
        if (result.ok || result.cancelled) expect(IPC_ARG_SCHEMAS[method].safeParse(args).success).toBe(true)
      }),
      { numRuns: 400 }
    )
  })

  it('registers one ipcMain.handle per channel and nothing else', () => {
    const handle = vi.fn()
    registerHandlers({ handle }, handlers, guard)
    const channels = handle.mock.calls.map((c) => c[0])
    const expected = Object.entries(IPC_CHANNELS).filter(([key]) => key !== 'menuCommand').map(([, channel]) => channel)
    expect(channels.sort()).toEqual(expected.sort())
  })
})
