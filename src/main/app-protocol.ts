/**
 * The app:// protocol (R2–R4). The UI is served from `app://bundle/…` instead of file: URLs (file pages
 * get broad file access and a fragile origin). The handler maps a URL to a file strictly inside the
 * renderer build folder: each path segment is percent-decoded once and rejected if it could climb,
 * switch drive or smuggle a separator; the final real path (after symlinks) must still be inside
 * the root. Every response carries the CSP header.
 */
import { extname, isAbsolute, join, relative, sep } from 'node:path'
import { APP_SCHEME, CONTENT_SECURITY_POLICY } from './constants'
import { isAppHost } from './origin'
import type { FileSystem } from './files/atomic-write'

export type ProtocolFs = Pick<FileSystem, 'realpath' | 'stat' | 'readFile'>
export type ResolveResult = { ok: true; filePath: string } | { ok: false; status: 400 | 403 | 404 }

/** Privileges for `protocol.registerSchemesAsPrivileged`; standard+secure give app:// a real origin with IndexedDB. */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true } as const

export type ProtocolRegistrar = { registerSchemesAsPrivileged(schemes: Array<{ scheme: string; privileges: typeof APP_SCHEME_PRIVILEGES }>): void }

/** Must run before `app` is ready. */
export function registerAppScheme(protocol: ProtocolRegistrar): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }])
}

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8'
}

export const mimeTypeFor = (filePath: string): string => MIME_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream'

function isInside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate)
  return rel !== '' && !isAbsolute(rel) && rel.split(sep)[0] !== '..'
}

// A decoded segment may not be a dot segment or carry separators, drive colons, NUL or control characters.
// eslint-disable-next-line no-control-regex
const FORBIDDEN_IN_SEGMENT = /[/\\:\u0000-\u001f\u007f]/

/** Maps an app:// URL to a file inside `rootRealPath` (which must already be a real path). */
export async function resolveBundlePath(fs: ProtocolFs, rootRealPath: string, requestUrl: string): Promise<ResolveResult> {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return { ok: false, status: 400 }
  }
  if (url.protocol !== `${APP_SCHEME}:` || !isAppHost(url.host) || url.username !== '' || url.password !== '' || url.port !== '') return { ok: false, status: 403 }
  const rawPath = url.pathname
  if (!rawPath.startsWith('/') || rawPath.includes('\\')) return { ok: false, status: 403 }
  const rawSegments = rawPath === '/' ? ['index.html'] : rawPath.slice(1).split('/')
  const segments: string[] = []
  for (const raw of rawSegments) {
    let decoded: string
    try {
      decoded = decodeURIComponent(raw)
    } catch {
      return { ok: false, status: 400 }
    }
    if (decoded === '' || decoded === '.' || decoded === '..' || FORBIDDEN_IN_SEGMENT.test(decoded)) return { ok: false, status: 403 }
    segments.push(decoded)
  }
  const candidate = join(rootRealPath, ...segments)
  if (!isInside(rootRealPath, candidate)) return { ok: false, status: 403 }
  let real: string
  try {
    real = await fs.realpath(candidate)
  } catch {
    return { ok: false, status: 404 }
  }
  // A symlink inside the bundle that points outside it is refused.
  if (!isInside(rootRealPath, real)) return { ok: false, status: 403 }
  const stat = await fs.stat(real).catch(() => null)
  if (!stat?.isFile()) return { ok: false, status: 404 }
  return { ok: true, filePath: real }
}

export const securityHeaders = (): Record<string, string> => ({
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cache-Control': 'no-cache'
})

export type AppRequestLike = { readonly url: string; readonly method: string }

/** The `protocol.handle('app', …)` callback, serving files below `rendererRoot`. */
export function createAppProtocolHandler(fs: ProtocolFs, rendererRoot: string): (request: AppRequestLike) => Promise<Response> {
  let rootReal: Promise<string> | undefined
  return async (request) => {
    const headers = securityHeaders()
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405, headers })
    try {
      rootReal ??= fs.realpath(rendererRoot)
      const resolved = await resolveBundlePath(fs, await rootReal, request.url)
      if (!resolved.ok) return new Response(null, { status: resolved.status, headers })
      const body = request.method === 'HEAD' ? null : new Uint8Array(await fs.readFile(resolved.filePath))
      return new Response(body, { status: 200, headers: { ...headers, 'Content-Type': mimeTypeFor(resolved.filePath) } })
    } catch {
      rootReal = undefined
      return new Response(null, { status: 500, headers })
    }
  }
}
