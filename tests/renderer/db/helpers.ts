import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie'
import { BankableDb, type DatabaseOptions } from '@renderer/db/database'
import { createRepository } from '@renderer/db/repository'

let counter = 0
/** A fresh, uniquely named database per test (fake-indexeddb keeps state for the whole file). */
export function freshName(): string {
  counter += 1
  return `bankable-test-${counter}-${Math.random().toString(36).slice(2)}`
}

export function openRepo(name: string, options: DatabaseOptions = {}) {
  const db = new BankableDb(name, options)
  let n = 0
  const repo = createRepository(db, { now: () => new Date(Date.UTC(2026, 0, 1, 0, 0, n++)) })
  return { db, repo }
}

/**
 * Fault injection (reliability.md §2.2): the k-th mutate call (1-based, counted across tables)
 * rejects with the given error. `armed` lets a test set the counter up after seeding.
 */
export function failingMutate(k: number, makeError: () => Error = () => new DOMException('injected', 'QuotaExceededError')) {
  const state = { armed: false, calls: 0 }
  const middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'fail-kth-mutate',
    create: (down) => ({
      ...down,
      table: (tableName) => {
        const table = down.table(tableName)
        return {
          ...table,
          mutate: (req: DBCoreMutateRequest) => {
            if (state.armed) {
              state.calls += 1
              if (state.calls === k) return Promise.reject(makeError())
            }
            return table.mutate(req)
          }
        }
      }
    })
  }
  return { middleware, state }
}

/** Every row of every table, for "nothing changed" assertions. */
export async function snapshot(db: BankableDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {}
  for (const t of db.tables) out[t.name] = await t.toArray()
  return out
}
