// Wiring test of src/main/index.ts with Electron replaced by fakes (no binary exists here): the order
// of start-up steps, that the UI is loaded only from app://bundle in production, and that the IPC,
// protocol, session and menu pieces are actually installed.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { IPC_CHANNELS } from '../../src/shared/ipc/contract'

type Listener = (...args: unknown[]) => unknown

const fake = vi.hoisted(() => {
  const state = {
    log: [] as string[],
    isPackaged: true,
    lock: true,
    paths: new Map<string, string>(),
    appListeners: new Map<string, Listener>(),
    ipc: new Map<string, Listener>(),
    windows: [] as Array<{ options: Record<string, unknown>; loadURL: ReturnType<typeof vi.fn>; webContents: { mainFrame: { url: string }; send: ReturnType<typeof vi.fn> } }>,
    resolveReady: () => undefined as void,
    sessionCalls: [] as string[]
  }
  return state
})

vi.mock('electron', () => {
  class BrowserWindow {
    options: Record<string, unknown>
    webContents = { mainFrame: { url: 'app://bundle/index.html' }, send: vi.fn() }
    loadURL = vi.fn(async (url: string) => {
      fake.log.push(`loadURL ${url}`)
    })
    constructor(options: Record<string, unknown>) {
      this.options = options
      fake.log.push('new BrowserWindow')
      fake.windows.push(this)
    }
    once() {}
    on() {}
    show() {}
    isDestroyed() {
      return false
    }
    static getAllWindows = () => fake.windows
    static getFocusedWindow = () => null
    static fromWebContents = () => fake.windows[0] ?? null
  }
  const ready = new Promise<void>((resolve) => {
    fake.resolveReady = () => resolve()
  })
  return {
    app: {
      get isPackaged() {
        return fake.isPackaged
      },
      getPath: (name: string) => fake.paths.get(name) ?? `/nonexistent/${name}`,
      setPath: (name: string, value: string) => {
        fake.log.push(`setPath ${name}`)
        fake.paths.set(name, value)
      },
      enableSandbox: () => fake.log.push('enableSandbox'),
      requestSingleInstanceLock: () => {
        fake.log.push('requestSingleInstanceLock')
        return fake.lock
      },
      quit: () => fake.log.push('quit'),
      on: (event: string, listener: Listener) => fake.appListeners.set(event, listener),
      whenReady: () => {
        fake.log.push('whenReady')
        return ready
      },
      getName: () => 'Bankable',
      getVersion: () => '0.1.0'
    },
    BrowserWindow,
    dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn(), showErrorBox: vi.fn() },
    ipcMain: { handle: (channel: string, listener: Listener) => fake.ipc.set(channel, listener) },
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: () => fake.log.push('setApplicationMenu') },
    protocol: {
      registerSchemesAsPrivileged: () => fake.log.push('registerSchemesAsPrivileged'),
      handle: (scheme: string) => fake.log.push(`protocol.handle ${scheme}`)
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => fake.sessionCalls.push('request'),
        setPermissionCheckHandler: () => fake.sessionCalls.push('check'),
        webRequest: { onBeforeRequest: () => fake.sessionCalls.push('onBeforeRequest') },
        on: (event: string) => fake.sessionCalls.push(`on ${event}`)
      }
    },
    shell: { openExternal: vi.fn(async () => undefined) }
  }
})

let appData: string
beforeEach(() => {
  vi.resetModules()
  appData = mkdtempSync(join(tmpdir(), 'bankable-appdata-'))
  Object.assign(fake, { log: [], isPackaged: true, lock: true, sessionCalls: [], windows: [] })
  fake.paths = new Map([['appData', appData]])
  fake.appListeners.clear()
  fake.ipc.clear()
  delete process.env.ELECTRON_RENDERER_URL
})
afterEach(() => {
  rmSync(appData, { recursive: true, force: true })
  delete process.env.ELECTRON_RENDERER_URL
})

async function start(): Promise<void> {
  await import('../../src/main/index')
  fake.resolveReady()
  // Let onReady run through its awaits (backup folder creation on the real tmp fs).
  for (let i = 0; i < 50 && fake.windows.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 5))
}

describe('main entry wiring', () => {
  it('privileges the scheme, forces the sandbox and pins userData before ready; then installs everything and loads app://bundle', async () => {
    await start()
    const before = fake.log.slice(0, fake.log.indexOf('whenReady'))
    expect(before).toEqual(expect.arrayContaining(['registerSchemesAsPrivileged', 'enableSandbox', 'setPath userData', 'requestSingleInstanceLock']))
    expect(fake.paths.get('userData')).toBe(join(appData, 'Bankable'))
    expect(fake.log.indexOf('protocol.handle app')).toBeGreaterThan(fake.log.indexOf('whenReady'))
    expect(fake.sessionCalls.sort()).toEqual(['check', 'on will-download', 'onBeforeRequest', 'request'])
    expect([...fake.ipc.keys()].sort()).toEqual(Object.values(IPC_CHANNELS).filter((c) => c !== IPC_CHANNELS.menuCommand).sort())
    expect(fake.log).toContain('setApplicationMenu')
    expect(fake.windows).toHaveLength(1)
    expect(fake.windows[0].loadURL).toHaveBeenCalledWith('app://bundle/index.html')
    expect(fake.windows[0].options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false })
    expect(String((fake.windows[0].options.webPreferences as { preload: string }).preload)).toMatch(/preload[\\/]index\.js$/)
    expect([...fake.appListeners.keys()].sort()).toEqual(['activate', 'second-instance', 'web-contents-created', 'window-all-closed'])
  })

  it('answers IPC only for the window it created', async () => {
    await start()
    const appInfo = fake.ipc.get(IPC_CHANNELS.appInfo)!
    const trusted = await appInfo({ senderFrame: fake.windows[0].webContents.mainFrame, sender: {} })
    expect(trusted).toEqual({ ok: true, value: { name: 'Bankable', version: '0.1.0', platform: 'electron', os: process.platform } })
    const forged = await appInfo({ senderFrame: { url: 'app://bundle/index.html' }, sender: {} })
    expect(forged).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } })
  })

  it('hardens every new WebContents', async () => {
    await start()
    const on = vi.fn()
    const setWindowOpenHandler = vi.fn()
    fake.appListeners.get('web-contents-created')!({}, { on, setWindowOpenHandler })
    expect(on.mock.calls.map((c) => c[0]).sort()).toEqual(['will-attach-webview', 'will-frame-navigate', 'will-navigate', 'will-redirect'])
    expect(setWindowOpenHandler).toHaveBeenCalledOnce()
  })

  it('uses the dev server only when unpackaged', async () => {
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173/'
    fake.isPackaged = false
    await start()
    expect(fake.windows[0].loadURL).toHaveBeenCalledWith('http://localhost:5173/')
  })

  it('ignores ELECTRON_RENDERER_URL in a packaged app', async () => {
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173/'
    await start()
    expect(fake.windows[0].loadURL).toHaveBeenCalledWith('app://bundle/index.html')
  })

  it('a second instance quits without waiting for ready or opening a window', async () => {
    fake.lock = false
    await import('../../src/main/index')
    fake.resolveReady()
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(fake.log).toContain('quit')
    expect(fake.log).not.toContain('whenReady')
    expect(fake.windows).toHaveLength(0)
  })
})
