import { describe, expect, it, vi } from 'vitest'
import { EXTERNAL_HOST_ALLOWLIST } from '../../src/main/constants'
import { guardNavigation, hardenWebContents, isAllowedExternalUrl, windowOpenHandler, type WebContentsLike } from '../../src/main/navigation'
import { originOf, trustedOriginsFor } from '../../src/main/origin'

const PROD = ['app://bundle'] as const

describe('navigation guard (R5)', () => {
  const cases: Array<[string, boolean]> = [
    ['app://bundle/index.html', true],
    ['app://bundle/index.html#/project/1', true],
    ['app://bundle/', true],
    ['file:///etc/passwd', false],
    ['file:///C:/Windows/win.ini', false],
    ['javascript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['blob:app://bundle/1234', false],
    ['https://example.com/', false],
    ['http://localhost:5173/', false],
    ['app://evil/index.html', false],
    ['app://bundle.evil/index.html', false],
    ['app://bundle@evil/index.html', false],
    ['app://bundle:1234/index.html', false],
    ['about:blank', false],
    ['chrome://settings', false],
    ['', false],
    ['not a url', false]
  ]
  for (const [url, allowed] of cases) {
    it(`${allowed ? 'allows' : 'prevents'} ${url || '(empty)'}`, () => {
      const guard = guardNavigation({ trustedOrigins: PROD, openExternal: vi.fn() })
      const viaEventUrl = { url, preventDefault: vi.fn() }
      guard(viaEventUrl)
      expect(viaEventUrl.preventDefault).toHaveBeenCalledTimes(allowed ? 0 : 1)
      // Older Electron passes the URL as the second argument instead.
      const viaArgument = { preventDefault: vi.fn() }
      guard(viaArgument, url)
      expect(viaArgument.preventDefault).toHaveBeenCalledTimes(allowed ? 0 : 1)
    })
  }

  it('allows the loopback dev server only when unpackaged', () => {
    expect(trustedOriginsFor(false, 'http://localhost:5173/')).toEqual(['app://bundle', 'http://localhost:5173'])
    expect(trustedOriginsFor(true, 'http://localhost:5173/')).toEqual(['app://bundle'])
    expect(trustedOriginsFor(false, 'https://evil.example/')).toEqual(['app://bundle'])
    expect(trustedOriginsFor(false, 'http://localhost.evil.example:5173/')).toEqual(['app://bundle'])
    expect(trustedOriginsFor(false, undefined)).toEqual(['app://bundle'])
  })

  it('computes Chromium-like origins for app:// that Node alone reports as "null"', () => {
    expect(new URL('app://bundle/x').origin).toBe('null')
    expect(originOf('app://bundle/x')).toBe('app://bundle')
    expect(originOf('app://BUNDLE/x')).toBe('app://bundle')
    expect(originOf('file:///x')).toBeNull()
    expect(originOf('https://a.example:8443/x')).toBe('https://a.example:8443')
  })
})

describe('external links (R6)', () => {
  const allowedHost = EXTERNAL_HOST_ALLOWLIST[0]
  const cases: Array<[string, boolean]> = [
    [`https://${allowedHost}/prices`, true],
    [`https://${allowedHost}/`, true],
    [`HTTPS://${allowedHost.toUpperCase()}/x`, true],
    [`http://${allowedHost}/prices`, false],
    [`file:///etc/passwd`, false],
    [`file://${allowedHost}/share`, false],
    [`smb://${allowedHost}/share`, false],
    [`ms-msdt:/id PCWDiagnostic /skip force /param "IT_BrowseForFile=calc"`, false],
    [`ms-msdt://${allowedHost}/`, false],
    [`javascript:alert(1)`, false],
    [`data:text/html,hi`, false],
    [`https://evil.example/@${allowedHost}`, false],
    [`https://${allowedHost}@evil.example/`, false],
    [`https://user:pass@${allowedHost}/`, false],
    [`https://${allowedHost}.evil.example/`, false],
    [`https://evil-${allowedHost}/`, false],
    [`https://sub.${allowedHost}/`, false],
    [`https://${allowedHost}:8443/`, false],
    [`https://${allowedHost}./`, false],
    [`//${allowedHost}/`, false],
    [`${allowedHost}`, false],
    [`https://evil.example/?u=https://${allowedHost}`, false],
    ['', false]
  ]
  for (const [url, allowed] of cases) {
    it(`${allowed ? 'opens' : 'refuses'} ${url || '(empty)'}`, () => expect(isAllowedExternalUrl(url)).toBe(allowed))
  }

  it('every window.open is denied; only allowed URLs reach openExternal', async () => {
    const openExternal = vi.fn(async () => undefined)
    const onBlocked = vi.fn()
    const handler = windowOpenHandler({ trustedOrigins: PROD, openExternal, onBlocked })
    for (const [url, allowed] of cases) {
      openExternal.mockClear()
      expect(handler({ url })).toEqual({ action: 'deny' })
      expect(openExternal).toHaveBeenCalledTimes(allowed ? 1 : 0)
    }
    expect(handler({ url: 'app://bundle/index.html' })).toEqual({ action: 'deny' })
  })

  it('a failing openExternal is reported, not thrown', async () => {
    const onBlocked = vi.fn()
    const handler = windowOpenHandler({ trustedOrigins: PROD, openExternal: () => Promise.reject(new Error('no browser')), onBlocked })
    expect(handler({ url: `https://${allowedHost}/` })).toEqual({ action: 'deny' })
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(onBlocked).toHaveBeenCalledWith('open-external-failed', `https://${allowedHost}/`)
  })
})

describe('hardenWebContents', () => {
  it('installs all navigation guards, blocks webviews and denies window.open', () => {
    const listeners = new Map<string, (event: { preventDefault(): void; url?: string }, url?: string) => void>()
    let openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined
    const contents = {
      on: (event: string, listener: never) => {
        listeners.set(event, listener)
      },
      setWindowOpenHandler: (h: (details: { url: string }) => { action: 'deny' }) => {
        openHandler = h
      }
    } as unknown as WebContentsLike
    hardenWebContents(contents, { trustedOrigins: PROD, openExternal: vi.fn() })
    expect([...listeners.keys()].sort()).toEqual(['will-attach-webview', 'will-frame-navigate', 'will-navigate', 'will-redirect'])
    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      const event = { url: 'https://evil.example/', preventDefault: vi.fn() }
      listeners.get(name)?.(event)
      expect(event.preventDefault, name).toHaveBeenCalledOnce()
    }
    const webview = { preventDefault: vi.fn() }
    listeners.get('will-attach-webview')?.(webview)
    expect(webview.preventDefault).toHaveBeenCalledOnce()
    expect(openHandler?.({ url: 'app://bundle/' })).toEqual({ action: 'deny' })
  })
})
