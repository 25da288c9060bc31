import type { ValidationIssue } from '@shared/model'

/**
 * Typed failures of the storage layer. The store turns them into messages where they happen;
 * none of them leaves partial data behind (each write is one transaction).
 */
export type RepositoryErrorCode = 'conflict' | 'disk-full' | 'invalid' | 'not-found' | 'stale-window' | 'storage'

export class RepositoryError extends Error {
  constructor(
    readonly code: RepositoryErrorCode,
    message: string
  ) {
    super(message)
    this.name = 'RepositoryError'
  }
}

/** Someone else (another window) saved this project since we read it. */
export class ConflictError extends RepositoryError {
  constructor(
    readonly projectId: string,
    readonly expectedRev: number,
    readonly actualRev: number
  ) {
    super('conflict', 'This project was changed in another window — reload it to see the latest version. Your change was not saved.')
  }
}

export class DiskFullError extends RepositoryError {
  constructor() {
    super('disk-full', 'Disk full — nothing was saved. Free some disk space, then try again.')
  }
}

export class InvalidDocumentError extends RepositoryError {
  constructor(readonly issues: ValidationIssue[]) {
    super('invalid', `The project is not valid and was not saved: ${issues.slice(0, 3).map((i) => `${i.path} ${i.message}`).join('; ')}`)
  }
}

export class NotFoundError extends RepositoryError {
  constructor(readonly projectId: string) {
    super('not-found', 'This project no longer exists (it may have been deleted in another window).')
  }
}

/** The database was upgraded by a newer window: this one must reload before writing anything. */
export class StaleWindowError extends RepositoryError {
  constructor() {
    super('stale-window', 'Bankable was updated in another window — reload this window. Nothing was saved.')
  }
}

type MaybeDomError = { name?: unknown; inner?: unknown }

/**
 * Chromium reports quota exhaustion as `AbortError` whose `inner.name` is `QuotaExceededError`
 * (reliability.md §2.2); fake-indexeddb and middlewares raise it directly, and Dexie may wrap an
 * AbortError once more. So look at the error and down its `inner` chain (a few levels, no cycles).
 */
export function isQuotaError(e: unknown): boolean {
  let cur: unknown = e
  for (let depth = 0; depth < 4 && typeof cur === 'object' && cur !== null; depth++) {
    const err = cur as MaybeDomError
    if (err.name === 'QuotaExceededError') return true
    cur = err.inner
  }
  return false
}

/** Any thrown value → a RepositoryError (typed ones pass through). */
export function toRepositoryError(e: unknown): RepositoryError {
  if (e instanceof RepositoryError) return e
  if (isQuotaError(e)) return new DiskFullError()
  const message = e instanceof Error ? e.message : String(e)
  return new RepositoryError('storage', `Storage error — nothing was saved (${message})`)
}
