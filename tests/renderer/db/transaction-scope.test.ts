import ts from 'typescript'
import { describe, expect, it } from 'vitest'

/**
 * R18 as a static check: inside a Dexie transaction scope, every `await` must be IndexedDB work
 * on the database (`db.<table>.…` or `tx.…`). Awaiting anything else (timers, IPC, file reads,
 * crypto, validation helpers) lets IndexedDB auto-commit half the work (reliability.md §2.3).
 */
const sources = import.meta.glob('/src/renderer/src/db/*.ts', { query: '?raw', import: 'default', eager: true }) as Record<string, string>

type Finding = { file: string; line: number; text: string }

function rootName(e: ts.Expression): string | null {
  let cur: ts.Expression = e
  for (;;) {
    if (ts.isCallExpression(cur)) cur = cur.expression
    else if (ts.isPropertyAccessExpression(cur) || ts.isElementAccessExpression(cur)) cur = cur.expression
    else if (ts.isParenthesizedExpression(cur)) cur = cur.expression
    else break
  }
  return ts.isIdentifier(cur) ? cur.text : cur.kind === ts.SyntaxKind.ThisKeyword ? 'this' : null
}

function findBadAwaits(file: string, text: string): { scopes: number; bad: Finding[] } {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
  const bad: Finding[] = []
  let scopes = 0
  const visitScope = (node: ts.Node) => {
    if (ts.isAwaitExpression(node)) {
      const root = rootName(node.expression)
      if (root !== 'db' && root !== 'tx') bad.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: node.getText() })
    }
    ts.forEachChild(node, visitScope)
  }
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'transaction') {
      const scope = node.arguments[node.arguments.length - 1]
      if (scope && (ts.isArrowFunction(scope) || ts.isFunctionExpression(scope))) {
        scopes++
        visitScope(scope.body)
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(sf)
  return { scopes, bad }
}

describe('transaction scopes await only IndexedDB (R18)', () => {
  it('finds the scopes and no foreign awaits in src/renderer/src/db', () => {
    let scopes = 0
    const bad: Finding[] = []
    for (const [file, text] of Object.entries(sources)) {
      const r = findBadAwaits(file, text)
      scopes += r.scopes
      bad.push(...r.bad)
    }
    expect(scopes).toBeGreaterThanOrEqual(8)
    expect(bad).toEqual([])
  })

  it('the check itself catches a foreign await', () => {
    const sample = `async function f(db) { await db.transaction('rw', db.projects, async () => { await db.projects.put(x); await new Promise((r) => setTimeout(r, 1)); await validate(x) }) }`
    const r = findBadAwaits('sample.ts', sample)
    expect(r.scopes).toBe(1)
    expect(r.bad.map((b) => b.text)).toEqual(['await new Promise((r) => setTimeout(r, 1))', 'await validate(x)'])
  })
})
