import { describe, expect, it, vi } from 'vitest'
import { cancelDownload, hardenSession, shouldCancelRequest, type SessionLike } from '../../src/main/session-guards'

const PROD = ['app://bundle']
const DEV = ['app://bundle', 'http://localhost:5173']

describe('offline guarantee: request filter (R13)', () => {
  const cancelled = [
    'http://example.com/',
    'https://example.com/track.gif',
    'https://localhost/',
    'ws://example.com/socket',
    'wss://example.com/socket',
    'ftp://example.com/file',
    'file:///etc/passwd',
    'smb://server/share',
    'http://127.0.0.1:9222/json',
    'http://localhost:5173/',
    'ws://localhost:5173/',
    'gopher://x/',
    'not a url'
  ]
  for (const url of cancelled) it(`cancels ${url} in production`, () => expect(shouldCancelRequest(url, PROD)).toBe(true))

  const allowed = ['app://bundle/index.html', 'app://bundle/assets/app.js', 'data:image/png;base64,AAAA', 'blob:app://bundle/5f0c', 'devtools://devtools/bundled/inspector.html']
  for (const url of allowed) it(`lets local ${url} through`, () => expect(shouldCancelRequest(url, PROD)).toBe(false))

  it('in development lets only the loopback dev server (and its HMR socket) through', () => {
    expect(shouldCancelRequest('http://localhost:5173/src/main.tsx', DEV)).toBe(false)
    expect(shouldCancelRequest('ws://localhost:5173/', DEV)).toBe(false)
    expect(shouldCancelRequest('http://localhost:5174/', DEV)).toBe(true)
    expect(shouldCancelRequest('https://localhost:5173/', DEV)).toBe(true)
    expect(shouldCancelRequest('https://example.com/', DEV)).toBe(true)
  })
})

describe('session hardening (R7, R13)', () => {
  const install = () => {
    let request: Parameters<SessionLike['setPermissionRequestHandler']>[0] | undefined
    let check: Parameters<SessionLike['setPermissionCheckHandler']>[0] | undefined
    let beforeRequest: Parameters<SessionLike['webRequest']['onBeforeRequest']>[0] | undefined
    const on = vi.fn()
    const onBlocked = vi.fn()
    hardenSession(
      {
        setPermissionRequestHandler: (h) => (request = h),
        setPermissionCheckHandler: (h) => (check = h),
        webRequest: { onBeforeRequest: (l) => (beforeRequest = l) },
        on
      },
      PROD,
      onBlocked
    )
    return { request: request!, check: check!, beforeRequest: beforeRequest!, on, onBlocked }
  }

  // Electron's permission names (session.setPermissionRequestHandler docs) plus unknown future ones.
  const permissions = [
    'clipboard-read', 'clipboard-sanitized-write', 'display-capture', 'fullscreen', 'geolocation', 'idle-detection',
    'media', 'mediaKeySystem', 'midi', 'midiSysex', 'notifications', 'pointerLock', 'keyboardLock', 'openExternal',
    'speaker-selection', 'storage-access', 'top-level-storage-access', 'window-management', 'unknown', 'fileSystem',
    'hid', 'serial', 'usb', 'deprecated-sync-clipboard-read', 'persistent-storage', 'some-future-permission'
  ]

  it('denies every permission request and check', () => {
    const { request, check } = install()
    for (const permission of permissions) {
      const callback = vi.fn()
      request({}, permission, callback)
      expect(callback, permission).toHaveBeenCalledWith(false)
      expect(check({}, permission), permission).toBe(false)
    }
  })

  it('cancels network requests through onBeforeRequest and reports them', () => {
    const { beforeRequest, onBlocked } = install()
    const callback = vi.fn()
    beforeRequest({ url: 'https://example.com/' }, callback)
    expect(callback).toHaveBeenLastCalledWith({ cancel: true })
    expect(onBlocked).toHaveBeenCalledWith('https://example.com/', 'request')
    beforeRequest({ url: 'app://bundle/index.html' }, callback)
    expect(callback).toHaveBeenLastCalledWith({ cancel: false })
  })

  it('installs a will-download handler that prevents and cancels every download and reports it', () => {
    const { on, onBlocked } = install()
    expect(on).toHaveBeenCalledTimes(1)
    expect(on).toHaveBeenCalledWith('will-download', expect.any(Function))
    const handler = on.mock.calls[0]![1] as (event: { preventDefault(): void }, item: { cancel(): void; getURL(): string }) => void
    for (const url of ['blob:app://bundle/5f0c', 'data:text/csv,=cmd', 'https://example.com/evil.exe', 'app://bundle/index.html']) {
      const event = { preventDefault: vi.fn() }
      const item = { cancel: vi.fn(), getURL: () => url }
      handler(event, item)
      expect(event.preventDefault, url).toHaveBeenCalledTimes(1)
      expect(item.cancel, url).toHaveBeenCalledTimes(1)
      expect(onBlocked).toHaveBeenLastCalledWith(url, 'download')
    }
  })
})

describe('cancelDownload', () => {
  it('works without a reporter', () => {
    const event = { preventDefault: vi.fn() }
    const item = { cancel: vi.fn(), getURL: () => 'x' }
    cancelDownload(event, item)
    expect(event.preventDefault).toHaveBeenCalled()
    expect(item.cancel).toHaveBeenCalled()
  })
})
