import Module from 'node:module'
import { join } from 'node:path'

/**
 * tsx does not read the path aliases (they live in tsconfig.base.json, behind project references),
 * so renderer modules that import `@shared/…` cannot load in a bench. Map the aliases in Node's
 * CommonJS resolver (tsx runs these files as CommonJS) before any renderer module is imported.
 */
type Resolver = (request: string, ...rest: unknown[]) => string
const M = Module as unknown as { _resolveFilename: Resolver; __bankableAliases?: boolean }
const ROOT = join(__dirname, '..')
const MAP: readonly [string, string][] = [['@shared/', 'src/shared/'], ['@renderer/', 'src/renderer/src/'], ['@resources/', 'resources/']]

if (!M.__bankableAliases) {
  M.__bankableAliases = true
  const original = M._resolveFilename
  M._resolveFilename = function (this: unknown, request: string, ...rest: unknown[]) {
    const hit = MAP.find(([k]) => request.startsWith(k))
    return original.call(this, hit ? join(ROOT, hit[1], request.slice(hit[0].length)) : request, ...rest)
  }
}
