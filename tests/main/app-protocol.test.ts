import { mkdtempSync, mkdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { promises as fsPromises } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler, registerAppScheme, resolveBundlePath } from '../../src/main/app-protocol'
import { CONTENT_SECURITY_POLICY } from '../../src/main/constants'

// Created at collection time: the hostile-URL table below embeds the real absolute path.
const base = realpathSync(mkdtempSync(join(tmpdir(), 'bankable-proto-')))
const root = join(base, 'renderer')
const SECRET = 'TOP-SECRET-OUTSIDE-THE-BUNDLE'

beforeAll(() => {
  mkdirSync(join(root, 'assets'), { recursive: true })
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Bankable</title>')
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)')
  writeFileSync(join(root, 'assets', 'logo.svg'), '<svg/>')
  writeFileSync(join(base, 'secret.txt'), SECRET)
  mkdirSync(join(base, 'renderer-evil'))
  writeFileSync(join(base, 'renderer-evil', 'x.js'), SECRET)
  symlinkSync(join(base, 'secret.txt'), join(root, 'escape.txt'))
  symlinkSync(base, join(root, 'dirlink'))
})
afterAll(() => rmSync(base, { recursive: true, force: true }))

const handler = () => createAppProtocolHandler(fsPromises, root)
const get = (url: string, method = 'GET') => handler()({ url, method })

describe('app:// handler refuses every path outside the renderer root (R3)', () => {
  const hostile = (): string[] => [
    'app://bundle/../secret.txt',
    'app://bundle/%2e%2e/secret.txt',
    'app://bundle/%2E%2E/secret.txt',
    'app://bundle/..%2fsecret.txt',
    'app://bundle/..%2Fsecret.txt',
    'app://bundle/assets/..%2f..%2fsecret.txt',
    'app://bundle/assets/../../secret.txt',
    'app://bundle/..%5csecret.txt',
    'app://bundle/..\\secret.txt',
    'app://bundle/%2fetc%2fpasswd',
    'app://bundle//etc/passwd',
    `app://bundle/${base.slice(1)}/secret.txt`,
    `app://bundle/${encodeURIComponent(join(base, 'secret.txt'))}`,
    'app://bundle/C:/Windows/win.ini',
    'app://bundle/C%3A%5CWindows%5Cwin.ini',
    'app://bundle/escape.txt',
    'app://bundle/dirlink/secret.txt',
    'app://bundle/index.html%00.png',
    'app://bundle/%252e%252e/secret.txt',
    'app://bundle/%c0%ae%c0%ae/secret.txt',
    'app://bundle/../renderer-evil/x.js',
    'app://evil/index.html',
    'app://bundle@evil/index.html',
    'app://bundle:8080/index.html',
    'file:///etc/passwd',
    'not a url'
  ]

  it('has at least 15 hostile cases', () => expect(hostile().length).toBeGreaterThanOrEqual(15))

  for (const url of hostile()) {
    it(`refuses ${url}`, async () => {
      const response = await get(url)
      expect([400, 403, 404]).toContain(response.status)
      const body = await response.text()
      expect(body).not.toContain(SECRET)
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    })
  }

  it('the resolver returns the reason, not just a failure', async () => {
    expect(await resolveBundlePath(fsPromises, root, 'app://bundle/escape.txt')).toEqual({ ok: false, status: 403 })
    expect(await resolveBundlePath(fsPromises, root, 'app://bundle/..%2fsecret.txt')).toEqual({ ok: false, status: 403 })
    expect(await resolveBundlePath(fsPromises, root, 'app://bundle/missing.js')).toEqual({ ok: false, status: 404 })
    expect(await resolveBundlePath(fsPromises, root, 'app://bundle/assets')).toEqual({ ok: false, status: 404 })
  })
})

describe('app:// handler serves the bundle', () => {
  it('serves / as index.html with the CSP header and an html type', async () => {
    const response = await get('app://bundle/')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await response.text()).toContain('<title>Bankable</title>')
  })

  it('serves nested assets with their MIME type, ignoring query and hash', async () => {
    const js = await get('app://bundle/assets/app.js?v=1#x')
    expect(js.status).toBe(200)
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(await js.text()).toBe('console.log(1)')
    const svg = await get('app://bundle/assets/logo.svg')
    expect(svg.headers.get('content-type')).toBe('image/svg+xml')
  })

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('app://bundle/index.html', 'HEAD')
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
    expect((await get('app://bundle/index.html', 'POST')).status).toBe(405)
  })

  it('returns 500 (not a crash) when the root itself is missing', async () => {
    const response = await createAppProtocolHandler(fsPromises, join(base, 'no-such-root'))({ url: 'app://bundle/index.html', method: 'GET' })
    expect(response.status).toBe(500)
  })
})

describe('CSP header (R4)', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/)
      return [name, values] as const
    })
  )

  it('is strict for scripts, objects, framing and connections', () => {
    expect(directives.get('default-src')).toEqual(["'none'"])
    expect(directives.get('script-src')).toEqual(["'self'"])
    expect(directives.get('object-src')).toEqual(["'none'"])
    expect(directives.get('frame-ancestors')).toEqual(["'none'"])
    expect(directives.get('connect-src')).toEqual(["'self'"])
    expect(directives.get('base-uri')).toEqual(["'none'"])
    expect(directives.get('form-action')).toEqual(["'none'"])
  })

  it("never allows eval, and allows 'unsafe-inline' only for styles", () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval')
    for (const [name, values] of directives) {
      if (name !== 'style-src') expect(values, name).not.toContain("'unsafe-inline'")
    }
    expect(directives.get('style-src')).toEqual(["'self'", "'unsafe-inline'"])
  })

  it('allows no remote host anywhere', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*/)
  })
})

describe('scheme registration (R2)', () => {
  it('registers app as standard, secure and fetch-capable', () => {
    const registerSchemesAsPrivileged = vi.fn()
    registerAppScheme({ registerSchemesAsPrivileged })
    expect(registerSchemesAsPrivileged).toHaveBeenCalledWith([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }])
    expect(APP_SCHEME_PRIVILEGES).toEqual({ standard: true, secure: true, supportFetchAPI: true })
  })
})
