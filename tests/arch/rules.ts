/** Static architecture rules (architecture.md, reliability.md R1/R2/R39), checked on source text. */
import { builtinModules } from 'node:module'

export type Violation = { file: string; rule: string; detail: string }

const IMPORT_PATTERNS = [
  /\bimport\s+(?:type\s+)?(?:[\w*${}\s,]+\s+from\s+)?['"]([^'"]+)['"]/g,
  /\bexport\s+(?:type\s+)?(?:\*|\{[^}]*\})(?:\s+as\s+\w+)?\s+from\s+['"]([^'"]+)['"]/g,
  /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g
]

export function importsOf(source: string): string[] {
  const found = new Set<string>()
  for (const pattern of IMPORT_PATTERNS) for (const match of source.matchAll(pattern)) found.add(match[1])
  return [...found]
}

const NODE_BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]))
const isNodeBuiltin = (spec: string): boolean => spec.startsWith('node:') || NODE_BUILTINS.has(spec) || NODE_BUILTINS.has(spec.split('/')[0])
const isPackage = (spec: string, names: readonly string[]): boolean => names.some((name) => spec === name || spec.startsWith(`${name}/`))

const SHARED_FORBIDDEN = ['react', 'react-dom', 'dexie', 'electron', 'zustand'] as const

/** The renderer files that may hold the bridge: the composition root (it injects it into the store) and the file-actions layer. */
const BRIDGE_HOLDERS = ['src/renderer/src/main.tsx', 'src/renderer/src/features/files/file-actions.ts']
const isBridgeImport = (spec: string): boolean => /^(@renderer\/bridge|(\.\.?\/)+bridge)(\/index)?$/.test(spec)

/** `file` is the repository-relative path with forward slashes. */
export function checkFile(file: string, source: string): Violation[] {
  const violations: Violation[] = []
  const imports = importsOf(source)
  if (file.startsWith('src/shared/')) {
    for (const spec of imports) {
      if (isPackage(spec, SHARED_FORBIDDEN)) violations.push({ file, rule: 'shared-is-pure', detail: spec })
      if (isNodeBuiltin(spec)) violations.push({ file, rule: 'shared-no-node', detail: spec })
    }
  }
  if (file.startsWith('src/renderer/')) {
    for (const spec of imports) {
      if (isPackage(spec, ['electron'])) violations.push({ file, rule: 'renderer-no-electron', detail: spec })
      if (spec.startsWith('node:')) violations.push({ file, rule: 'renderer-no-node', detail: spec })
      // Components reach files through store actions (store/files-slice.ts), never the bridge itself.
      if (isBridgeImport(spec) && !BRIDGE_HOLDERS.includes(file) && !file.startsWith('src/renderer/src/bridge/')) violations.push({ file, rule: 'renderer-bridge-via-store', detail: spec })
    }
  }
  if (file.startsWith('src/preload/')) {
    // A sandboxed preload can require only 'electron' (plus a few polyfilled modules); everything else
    // must be bundled, so it may import nothing but Electron and the IPC contract.
    for (const spec of imports) {
      if (spec !== 'electron' && spec !== '@shared/ipc/contract') violations.push({ file, rule: 'preload-sandbox-safe', detail: spec })
    }
  }
  if (file !== 'src/main/window-factory.ts' && /\bnew\s+BrowserWindow\s*\(/.test(source)) violations.push({ file, rule: 'one-window-factory', detail: 'new BrowserWindow(' })
  if (file.startsWith('src/main/')) {
    if (/\bloadFile\s*\(/.test(source)) violations.push({ file, rule: 'no-file-protocol', detail: 'loadFile(' })
    if (/file:\/\//i.test(source)) violations.push({ file, rule: 'no-file-protocol', detail: 'file://' })
  }
  if (/\bDecimal\s*\.\s*set\s*\(/.test(source)) violations.push({ file, rule: 'no-global-decimal-set', detail: 'Decimal.set(' })
  return violations
}
