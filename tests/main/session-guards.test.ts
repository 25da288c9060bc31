import { describe, expect, it, vi } from 'vitest'
import { hardenSession, shouldCancelRequest, type SessionLike } from '../../src/main/session-guards'

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
    const onBlocked = vi.fn()
    hardenSession(
      {
        setPermissionRequestHandler: (h) => (request = h),
        setPermissionCheckHandler: (h) => (check = h),
        webRequest: { onBeforeRequest: (l) => (beforeRequest = l) }
      },
      PROD,
      onBlocked
    )
    return { request: request!, check: check!, beforeRequest: beforeRequest!, onBlocked }
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
    expect(onBlocked).toHaveBeenCalledWith('https://example.com/')
    beforeRequest({ url: 'app://bundle/index.html' }, callback)
    expect(callback).toHaveBeenLastCalledWith({ cancel: false })
  })
})
