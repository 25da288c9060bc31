import { readFileSync, readdirSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkFile, importsOf } from './rules'

const ROOT = join(import.meta.dirname, '..', '..')
const SOURCE = /\.(ts|tsx|mts|cts|js|mjs|cjs|jsx|html)$/

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : listFiles(full)
    return SOURCE.test(entry.name) ? [full] : []
  })
}

const files = listFiles(join(ROOT, 'src')).map((full) => ({ file: relative(ROOT, full).split(sep).join('/'), source: readFileSync(full, 'utf8') }))

describe('architecture rules hold for every file in src/', () => {
  it('scans the real tree (main, preload, shared, window factory)', () => {
    const names = files.map((f) => f.file)
    expect(names).toContain('src/main/window-factory.ts')
    expect(names).toContain('src/preload/index.ts')
    expect(names.some((n) => n.startsWith('src/shared/'))).toBe(true)
  })

  it('has no violations', () => {
    const violations = files.flatMap(({ file, source }) => checkFile(file, source))
    expect(violations).toEqual([])
  })

  it('`new BrowserWindow(` appears exactly once, in the window factory', () => {
    const hits = files.filter(({ source }) => /\bnew\s+BrowserWindow\s*\(/.test(source)).map((f) => f.file)
    expect(hits).toEqual(['src/main/window-factory.ts'])
  })
})

describe('the rule checker catches each kind of violation (so the tree test can fail)', () => {
  const cases: Array<[string, string, string]> = [
    ['src/shared/engine/x.ts', "import { useState } from 'react'", 'shared-is-pure'],
    ['src/shared/engine/x.ts', "import type { Root } from 'react-dom/client'", 'shared-is-pure'],
    ['src/shared/engine/x.ts', "import Dexie from 'dexie'", 'shared-is-pure'],
    ['src/shared/engine/x.ts', "import { ipcMain } from 'electron'", 'shared-is-pure'],
    ['src/shared/engine/x.ts', "export { create } from 'zustand'", 'shared-is-pure'],
    ['src/shared/engine/x.ts', "import { readFile } from 'node:fs'", 'shared-no-node'],
    ['src/shared/engine/x.ts', "import path from 'path'", 'shared-no-node'],
    ['src/shared/engine/x.ts', "const fs = require('fs/promises')", 'shared-no-node'],
    ['src/shared/engine/x.ts', "const c = await import('crypto')", 'shared-no-node'],
    ['src/renderer/src/app/x.tsx', "import { ipcRenderer } from 'electron'", 'renderer-no-electron'],
    ['src/renderer/src/app/x.tsx', "import { join } from 'node:path'", 'renderer-no-node'],
    ['src/renderer/src/features/sheet/x.tsx', "import { getBridge } from '@renderer/bridge'", 'renderer-bridge-via-store'],
    ['src/renderer/src/features/sheet/x.tsx', "import { getBridge } from '../../bridge'", 'renderer-bridge-via-store'],
    ['src/main/index.ts', 'const w = new BrowserWindow({})', 'one-window-factory'],
    ['src/renderer/src/x.ts', 'new  BrowserWindow (opts)', 'one-window-factory'],
    ['src/main/index.ts', "win.loadFile('index.html')", 'no-file-protocol'],
    ['src/main/index.ts', "win.loadURL('file:///x/index.html')", 'no-file-protocol'],
    ['src/preload/index.ts', "import { readFileSync } from 'node:fs'", 'preload-sandbox-safe'],
    ['src/preload/index.ts', "import { z } from 'zod'", 'preload-sandbox-safe'],
    ['src/shared/decimal/x.ts', 'Decimal.set({ precision: 20 })', 'no-global-decimal-set'],
    ['src/renderer/src/x.ts', 'Decimal .set ({})', 'no-global-decimal-set']
  ]
  for (const [file, source, rule] of cases) {
    it(`${rule}: ${source}`, () => expect(checkFile(file, source).map((v) => v.rule)).toContain(rule))
  }

  it('allows what is allowed', () => {
    expect(checkFile('src/shared/engine/x.ts', "import { z } from 'zod'\nimport { dec } from '../decimal'")).toEqual([])
    expect(checkFile('src/main/index.ts', "import { join } from 'node:path'\nimport { app } from 'electron'")).toEqual([])
    expect(checkFile('src/main/window-factory.ts', 'new BrowserWindow(options)')).toEqual([])
    expect(checkFile('src/renderer/src/x.tsx', "import Dexie from 'dexie'\nimport { create } from 'zustand'")).toEqual([])
    expect(checkFile('src/renderer/src/main.tsx', "import { getBridge } from './bridge'")).toEqual([])
    expect(checkFile('src/renderer/src/features/files/file-actions.ts', "import { getBridge } from '@renderer/bridge'")).toEqual([])
    expect(checkFile('src/renderer/src/features/sheet/x.tsx', "import { bridgeShortcut } from '@renderer/bridge/shortcuts'")).toEqual([])
  })

  it('extracts static, re-export, dynamic and require imports', () => {
    expect(importsOf("import a from 'a'\nimport 'b'\nexport * from 'c'\nconst d = import('d')\nrequire('e')\nimport type { F } from 'f'").sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f'])
  })
})
