import ts from 'typescript'
import { describe, expect, it } from 'vitest'

/**
 * R18 for the backup/restore and recovery code (tests/renderer/db/transaction-scope.test.ts scans
 * db/*.ts only, and only `db.`/`tx.` roots): inside every `.transaction(…, scope)` an `await` may only
 * call a Dexie table/collection method. File reads, hashing, IPC and validation happen before.
 */
const sources = {
  ...(import.meta.glob('/src/renderer/src/db/backup/*.ts', { query: '?raw', import: 'default', eager: true }) as Record<string, string>),
  ...(import.meta.glob('/src/renderer/src/features/{backups,db-recovery,conflict}/*.ts', { query: '?raw', import: 'default', eager: true }) as Record<string, string>)
}
const DEXIE_METHODS = new Set(['toArray', 'bulkAdd', 'bulkPut', 'bulkDelete', 'clear', 'put', 'add', 'get', 'count', 'delete', 'modify', 'first', 'primaryKeys'])

function scan(file: string, text: string): { scopes: number; bad: string[] } {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
  const bad: string[] = []
  let scopes = 0
  const inScope = (node: ts.Node) => {
    if (ts.isAwaitExpression(node)) {
      const e = node.expression
      const method = ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) ? e.expression.name.text : null
      if (!method || !DEXIE_METHODS.has(method)) bad.push(`${file}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${node.getText()}`)
    }
    ts.forEachChild(node, inScope)
  }
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'transaction') {
      const scope = node.arguments.at(-1)
      if (scope && (ts.isArrowFunction(scope) || ts.isFunctionExpression(scope))) {
        scopes++
        inScope(scope.body)
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(sf)
  return { scopes, bad }
}

describe('R18: backup, restore and recovery transactions await only Dexie work', () => {
  it('finds the transaction scopes (export, staging, swap, sentinel) and no foreign await in them', () => {
    const results = Object.entries(sources).map(([f, t]) => scan(f, t))
    expect(Object.keys(sources).length).toBeGreaterThan(8)
    expect(results.reduce((a, r) => a + r.scopes, 0)).toBeGreaterThanOrEqual(5)
    expect(results.flatMap((r) => r.bad)).toEqual([])
  })

  it('the check catches an IPC call or a hash inside a transaction', () => {
    const sample = `async function f(db, bridge) {
      await db.transaction('rw', db.tables, async () => {
        await db.table('a').clear()
        await bridge.backupWrite({})
        await crypto.subtle.digest('SHA-256', x)
        await new Promise((r) => setTimeout(r, 0))
      })
    }`
    expect(scan('sample.ts', sample).bad).toHaveLength(3)
  })
})
