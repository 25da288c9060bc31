import { beforeEach, describe, expect, it, vi } from 'vitest'
import { IPC_CHANNELS, type BridgeApi, type MenuCommand } from '../../src/shared/ipc/contract'

const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>()
  return {
    listeners,
    exposeInMainWorld: vi.fn(),
    invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: 'x' })),
    on: vi.fn((channel: string, listener: (...args: unknown[]) => void) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set())
      listeners.get(channel)!.add(listener)
    }),
    removeListener: vi.fn((channel: string, listener: (...args: unknown[]) => void) => {
      listeners.get(channel)?.delete(listener)
    })
  }
})

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: electron.exposeInMainWorld },
  ipcRenderer: { invoke: electron.invoke, on: electron.on, removeListener: electron.removeListener, send: vi.fn(), sendSync: vi.fn() }
}))

async function loadExposed(): Promise<{ name: string; api: BridgeApi }> {
  vi.resetModules()
  electron.exposeInMainWorld.mockClear()
  await import('../../src/preload/index')
  expect(electron.exposeInMainWorld).toHaveBeenCalledOnce()
  const [name, api] = electron.exposeInMainWorld.mock.calls[0] as [string, BridgeApi]
  return { name, api }
}

describe('preload bridge (R10)', () => {
  beforeEach(() => {
    electron.invoke.mockClear()
    electron.listeners.clear()
  })

  it('exposes exactly the allow-listed keys on window.bankable, frozen', async () => {
    const { name, api } = await loadExposed()
    expect(name).toBe('bankable')
    expect(Object.keys(api).sort()).toEqual(['appInfo', 'backupList', 'backupRead', 'backupWrite', 'onMenuCommand', 'openFile', 'platform', 'printToPdf', 'saveFile'])
    expect(Object.isFrozen(api)).toBe(true)
    expect(api.platform).toBe('electron')
    for (const [key, value] of Object.entries(api)) if (key !== 'platform') expect(typeof value, key).toBe('function')
    expect(api).not.toHaveProperty('ipcRenderer')
    expect(api).not.toHaveProperty('invoke')
    expect(api).not.toHaveProperty('send')
  })

  it('each function invokes its own channel with exactly the given payload', async () => {
    const { api } = await loadExposed()
    const bytes = new Uint8Array([1, 2])
    const calls: Array<[() => Promise<unknown>, unknown[]]> = [
      [() => api.appInfo(), [IPC_CHANNELS.appInfo]],
      [() => api.openFile({ kinds: ['xlsx'] }), [IPC_CHANNELS.openFile, { kinds: ['xlsx'] }]],
      [() => api.saveFile({ kind: 'pdf', suggestedName: 'a.pdf', bytes }), [IPC_CHANNELS.saveFile, { kind: 'pdf', suggestedName: 'a.pdf', bytes }]],
      [() => api.printToPdf({ suggestedName: 'a.pdf', pageSize: 'A4', landscape: false }), [IPC_CHANNELS.printToPdf, { suggestedName: 'a.pdf', pageSize: 'A4', landscape: false }]],
      [() => api.backupWrite({ bytes, reason: 'manual' }), [IPC_CHANNELS.backupWrite, { bytes, reason: 'manual' }]],
      [() => api.backupList(), [IPC_CHANNELS.backupList]],
      [() => api.backupRead('id-1'), [IPC_CHANNELS.backupRead, 'id-1']]
    ]
    for (const [run, expected] of calls) {
      electron.invoke.mockClear()
      await expect(run()).resolves.toEqual({ ok: true, value: 'x' })
      expect(electron.invoke).toHaveBeenCalledOnce()
      expect(electron.invoke.mock.calls[0]).toEqual(expected)
    }
  })

  it('menu listeners receive the command only (never the IpcRendererEvent) and can unsubscribe', async () => {
    const { api } = await loadExposed()
    const received: unknown[][] = []
    const unsubscribe = api.onMenuCommand((...args: unknown[]) => received.push(args))
    const listeners = [...(electron.listeners.get(IPC_CHANNELS.menuCommand) ?? [])]
    expect(listeners).toHaveLength(1)
    const fakeEvent = { sender: { send: vi.fn() }, ports: [] }
    listeners[0](fakeEvent, 'undo' satisfies MenuCommand)
    listeners[0](fakeEvent, 'not-a-command')
    listeners[0](fakeEvent, { toString: () => 'undo' })
    listeners[0](fakeEvent, 'open-for-review' satisfies MenuCommand)
    expect(received).toEqual([['undo'], ['open-for-review']])
    unsubscribe()
    expect(electron.listeners.get(IPC_CHANNELS.menuCommand)?.size).toBe(0)
    expect(electron.on.mock.calls.every((call) => call[0] === IPC_CHANNELS.menuCommand)).toBe(true)
  })
})
