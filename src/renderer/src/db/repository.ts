import { CURRENCIES, followReportingCurrency, newProject, parseProject, type Currency, type Project } from '@shared/model'
import { parseLotFile, type LotFile } from '@shared/lot'
import { parseStoredReview, type StoredReviewData } from '@shared/review'
import { BankableDb, SENTINEL_KEY, upgradeStoredDoc, type LotRecord, type MetaRecord, type ProjectRecord, type ReviewRecord } from './database'
import { ConflictError, InvalidDocumentError, NotFoundError, StaleWindowError, toRepositoryError } from './errors'

/**
 * The only code that touches Dexie (with the web backup store). Rules it keeps:
 * - every document is validated with `parseProject` BEFORE a transaction opens (no non-IndexedDB
 *   awaits inside a transaction: reliability.md §2.3 trap 2);
 * - every multi-record change is one `rw` transaction over all the tables it touches;
 * - updates are compare-and-swap on `rev` (a stale rev → ConflictError, nothing written);
 * - after a `versionchange` (a newer window upgraded the DB) every call is refused.
 */

export type ProjectSummary = Omit<ProjectRecord, 'doc'> & { currency: Currency }
export type CreateProjectInput = { name: string; currency: Currency; fxPerUsd?: string }
export type SavedRev = { rev: number; updatedAt: string }
export type PersistenceResult = { persisted: boolean; supported: boolean }
/** A lot row with its validated lot document. */
export type StoredLot = Omit<LotRecord, 'data'> & { data: LotFile }
/** A review row (received file or the financier's draft) with its validated content. */
export type StoredReview = Omit<ReviewRecord, 'data'> & { data: StoredReviewData }

/**
 * A project file a financier opened for review: kept beside (never among) the projects, under the
 * `meta` key `review-copy:<project id>`, so it is not an editable project and cannot collide with the
 * owner's project of the same id on this device.
 */
export type ReviewCopy = { projectId: string; fileName: string; openedAt: string; doc: Project }
export type ReviewCopySummary = Omit<ReviewCopy, 'doc'> & { name: string; sponsor: string }
const REVIEW_COPY_PREFIX = 'review-copy:'
/**
 * A project's last Monte Carlo (settings as typed, and the last result with the fingerprint of the
 * document it ran on) under the `meta` key `monte-carlo:<project id>`: kept with the project (moved to
 * the trash and back with it, in backups with everything) without a schema version of its own.
 */
const MONTE_CARLO_PREFIX = 'monte-carlo:'
const monteCarloKey = (projectId: string) => `${MONTE_CARLO_PREFIX}${projectId}`
const reviewCopyKey = (projectId: string) => `${REVIEW_COPY_PREFIX}${projectId}`

export type RepositoryOptions = { now?: () => Date; newId?: () => string }

const summarize = ({ doc, ...rest }: ProjectRecord): ProjectSummary => ({ ...rest, currency: doc.reportingCurrency })

function validated(doc: unknown): Project {
  const r = parseProject(doc)
  if (!r.ok) throw new InvalidDocumentError(r.issues)
  return r.value
}

export type Repository = ReturnType<typeof createRepository>

export function createRepository(db: BankableDb, options: RepositoryOptions = {}) {
  const now = () => (options.now ?? (() => new Date()))().toISOString()
  const newId = options.newId ?? (() => crypto.randomUUID())
  let stale = false
  const staleListeners = new Set<() => void>()

  // Dexie would close and then silently re-open on the next write, letting old code write rows
  // a newer schema does not expect (reliability.md §0.2). Close, refuse, and ask for a reload.
  db.on('versionchange', () => {
    stale = true
    db.close()
    staleListeners.forEach((l) => l())
    return false
  })

  async function guard<T>(work: () => Promise<T>): Promise<T> {
    if (stale) throw new StaleWindowError()
    try {
      return await work()
    } catch (e) {
      throw toRepositoryError(e)
    }
  }

  async function mustGet(id: string): Promise<ProjectRecord> {
    const rec = await db.projects.get(id)
    if (!rec) throw new NotFoundError(id)
    return rec
  }

  /** Read, change the doc outside any transaction, validate, then CAS-write in one transaction. */
  async function updateDoc(id: string, change: (doc: Project) => Project): Promise<ProjectSummary> {
    return guard(async () => {
      const current = await mustGet(id)
      const doc = validated(change(structuredClone(current.doc)))
      const updatedAt = now()
      return db.transaction('rw', db.projects, async () => {
        const row = await db.projects.get(id)
        if (!row) throw new NotFoundError(id)
        if (row.rev !== current.rev) throw new ConflictError(id, current.rev, row.rev)
        const next: ProjectRecord = { ...row, doc, name: doc.name, updatedAt, rev: row.rev + 1 }
        await db.projects.put(next)
        return summarize(next)
      })
    })
  }

  return {
    /** Subscribe to "another window upgraded the database"; returns unsubscribe. */
    onStale(listener: () => void): () => void {
      staleListeners.add(listener)
      return () => staleListeners.delete(listener)
    },
    isStale: () => stale,

    list: (): Promise<ProjectSummary[]> => guard(async () => (await db.projects.orderBy('updatedAt').reverse().toArray()).map(summarize)),

    get: (id: string): Promise<ProjectRecord | undefined> => guard(() => db.projects.get(id)),

    async create(input: CreateProjectInput): Promise<ProjectRecord> {
      return guard(async () => {
        if (!CURRENCIES.includes(input.currency)) throw new InvalidDocumentError([{ path: 'reportingCurrency', message: 'unknown currency' }])
        const id = newId()
        const at = now()
        const base = newProject(id, input.name.trim(), new Date(at).getUTCFullYear() + 1)
        followReportingCurrency(base.financing, base.reportingCurrency, input.currency)
        base.reportingCurrency = input.currency
        if (input.currency !== 'USD') {
          const year = Number(base.timeline.startDate.slice(0, 4))
          base.fx.rates = [{ currency: input.currency, points: [{ year, perUsd: input.fxPerUsd ?? '' }] }]
        }
        const doc = validated(base)
        const rec: ProjectRecord = { id, name: doc.name, archived: false, createdAt: at, updatedAt: at, rev: 1, doc }
        await db.transaction('rw', db.projects, () => db.projects.add(rec))
        return rec
      })
    },

    /**
     * Adds a project from a file (already read and validated by the caller; validated again here).
     * It keeps its id unless a project with that id exists: then it is added as a copy under a new
     * id, so opening a file never overwrites a project.
     */
    async importDoc(input: Project): Promise<ProjectRecord & { copied: boolean }> {
      return guard(async () => {
        const doc = validated(input)
        const copyId = newId()
        const at = now()
        return db.transaction('rw', db.projects, async () => {
          const copied = (await db.projects.get(doc.id)) !== undefined
          const d: Project = copied ? { ...doc, id: copyId, name: `${doc.name} (copy)`.slice(0, 200) } : doc
          const rec: ProjectRecord = { id: d.id, name: d.name, archived: false, createdAt: at, updatedAt: at, rev: 1, doc: d }
          await db.projects.add(rec)
          return { ...rec, copied }
        })
      })
    },

    rename: (id: string, name: string) => updateDoc(id, (d) => ({ ...d, name: name.trim() })),

    async duplicate(id: string): Promise<ProjectRecord> {
      return guard(async () => {
        const src = await mustGet(id)
        const copyId = newId()
        const at = now()
        const doc = validated({ ...structuredClone(src.doc), id: copyId, name: `${src.doc.name} (copy)`.slice(0, 200) })
        const rec: ProjectRecord = { id: copyId, name: doc.name, archived: false, createdAt: at, updatedAt: at, rev: 1, doc }
        const lots = (await db.lots.where('projectId').equals(id).toArray()).map((l) => ({ ...l, id: newId(), projectId: copyId }))
        await db.transaction('rw', [db.projects, db.lots], async () => {
          await db.projects.add(rec)
          await db.lots.bulkAdd(lots)
        })
        return rec
      })
    },

    setArchived(id: string, archived: boolean): Promise<ProjectSummary> {
      return guard(() =>
        db.transaction('rw', db.projects, async () => {
          const row = await db.projects.get(id)
          if (!row) throw new NotFoundError(id)
          const next = { ...row, archived, updatedAt: now(), rev: row.rev + 1 }
          await db.projects.put(next)
          return summarize(next)
        })
      )
    },

    /** Moves the project, its lots and its reviews to the trash in one transaction. */
    delete(id: string): Promise<void> {
      const deletedAt = now()
      return guard(() =>
        db.transaction('rw', [db.projects, db.lots, db.reviews, db.meta, db.trash], async () => {
          const project = await db.projects.get(id)
          if (!project) throw new NotFoundError(id)
          const lots = await db.lots.where('projectId').equals(id).toArray()
          const reviews = await db.reviews.where('projectId').equals(id).toArray()
          const meta = await db.meta.where('key').equals(monteCarloKey(id)).toArray()
          await db.trash.put({ id, deletedAt, project, lots, reviews, ...(meta.length > 0 ? { meta } : {}) })
          if (meta.length > 0) await db.meta.bulkDelete(meta.map((m) => m.key))
          await db.lots.bulkDelete(lots.map((l) => l.id))
          await db.reviews.bulkDelete(reviews.map((r) => r.id))
          await db.projects.delete(id)
        })
      )
    },

    /** Puts a trashed project back exactly as it was (same id, rev and rows). */
    undoDelete(id: string): Promise<ProjectSummary> {
      return guard(() =>
        db.transaction('rw', [db.projects, db.lots, db.reviews, db.meta, db.trash], async () => {
          const t = await db.trash.get(id)
          if (!t) throw new NotFoundError(id)
          await db.projects.add(t.project)
          await db.lots.bulkAdd(t.lots)
          await db.reviews.bulkAdd(t.reviews)
          if (t.meta) await db.meta.bulkPut(t.meta)
          await db.trash.delete(id)
          return summarize(t.project)
        })
      )
    },

    /**
     * Saves an edited document if nobody wrote since `expectedRev`. Validation runs first, outside
     * the transaction; the rev check and the write share one `rw` transaction.
     */
    async saveDoc(id: string, doc: Project, expectedRev: number): Promise<SavedRev> {
      return guard(async () => {
        const valid = validated(doc)
        if (valid.id !== id) throw new InvalidDocumentError([{ path: 'id', message: `does not match the project being saved (${id})` }])
        const updatedAt = now()
        return db.transaction('rw', db.projects, async () => {
          const row = await db.projects.get(id)
          if (!row) throw new NotFoundError(id)
          if (row.rev !== expectedRev) throw new ConflictError(id, expectedRev, row.rev)
          const rev = row.rev + 1
          await db.projects.put({ ...row, doc: valid, name: valid.name, updatedAt, rev })
          return { rev, updatedAt }
        })
      })
    },

    /** The creation sentinel; `undefined` means the database was recreated behind our back. */
    /** Purchased feedstock lots of a project (lot-file format, validated), oldest first. */
    listLots: (projectId: string): Promise<StoredLot[]> =>
      guard(async () => (await db.lots.where('projectId').equals(projectId).sortBy('createdAt')).map((r) => ({ ...r, data: r.data as LotFile }))),

    /**
     * Adds lots to a project in one transaction; every lot is validated first (all or nothing). With
     * `replace`, the project's lots with the same lot ids go in the same transaction (a re-imported sheet
     * replaces what it imported before, rather than doubling it).
     */
    async addLots(projectId: string, lots: readonly unknown[], options: { replace?: boolean } = {}): Promise<StoredLot[]> {
      return guard(async () => {
        const checked = lots.map((l) => {
          const r = parseLotFile(l)
          if (!r.ok) throw new InvalidDocumentError(r.issues)
          return r.value
        })
        // One millisecond apart so the list keeps the file's order (it sorts by createdAt).
        const at = Date.parse(now())
        const rows: StoredLot[] = checked.map((data, i) => ({ id: newId(), projectId, createdAt: new Date(at + i).toISOString(), data }))
        await db.transaction('rw', [db.projects, db.lots], async () => {
          if (!(await db.projects.get(projectId))) throw new NotFoundError(projectId)
          if (options.replace) {
            const ids = new Set(checked.map((l) => l.id))
            await db.lots.where('projectId').equals(projectId).filter((r) => ids.has((r.data as LotFile).id)).delete()
          }
          await db.lots.bulkAdd(rows)
        })
        return rows
      })
    },

    deleteLot: (id: string): Promise<void> => guard(() => db.transaction('rw', db.lots, () => db.lots.delete(id))),

    /** Reviews kept beside a project (the `reviews` table, by its projectId index), oldest first; rows that no longer validate are left out. */
    listReviews: (projectId: string): Promise<StoredReview[]> =>
      guard(async () =>
        (await db.reviews.where('projectId').equals(projectId).sortBy('createdAt')).flatMap((r) => {
          const p = parseStoredReview(r.data)
          return p.ok ? [{ ...r, data: p.value }] : []
        })
      ),

    /** Adds a review, or replaces the row with `id` (the draft); validated first, and it must be of this project. */
    async putReview(projectId: string, data: unknown, id?: string): Promise<StoredReview> {
      return guard(async () => {
        const p = parseStoredReview(data)
        if (!p.ok) throw new InvalidDocumentError(p.issues)
        if (p.value.review.project.id !== projectId) throw new InvalidDocumentError([{ path: 'review.project.id', message: `is not the project it is stored with (${projectId})` }])
        return db.transaction('rw', [db.projects, db.reviews, db.meta], async () => {
          // A financier's draft may belong to a file open for review (a review copy), not a project here.
          if (!(await db.projects.get(projectId)) && !(await db.meta.get(reviewCopyKey(projectId)))) throw new NotFoundError(projectId)
          const rowId = id ?? newId()
          const createdAt = (await db.reviews.get(rowId))?.createdAt ?? now()
          const row: StoredReview = { id: rowId, projectId, createdAt, data: p.value }
          await db.reviews.put(row)
          return row
        })
      })
    },

    /** Keeps (or replaces) the review copy of a file opened for review; validated first. */
    async putReviewCopy(input: Project, fileName: string): Promise<ReviewCopy> {
      return guard(async () => {
        const doc = validated(input)
        const copy: ReviewCopy = { projectId: doc.id, fileName: fileName.slice(0, 200), openedAt: now(), doc }
        await db.transaction('rw', db.meta, () => db.meta.put({ key: reviewCopyKey(doc.id), createdAt: copy.openedAt, value: copy }))
        return copy
      })
    },

    /** The review copy of `projectId`, brought to the current file version; undefined when there is none. */
    async getReviewCopy(projectId: string): Promise<ReviewCopy | undefined> {
      return guard(async () => {
        const row = await db.meta.get(reviewCopyKey(projectId))
        const value = row?.value as Partial<ReviewCopy> | undefined
        if (!value) return undefined
        return { projectId, fileName: String(value.fileName ?? ''), openedAt: String(value.openedAt ?? row!.createdAt), doc: validated(upgradeStoredDoc(value.doc)) }
      })
    },

    /** Files open for review on this device, newest first; a copy that no longer validates is left out. */
    listReviewCopies: (): Promise<ReviewCopySummary[]> =>
      guard(async () => {
        const rows = await db.meta.where('key').startsWith(REVIEW_COPY_PREFIX).toArray()
        return rows
          .flatMap((row) => {
            const v = row.value as Partial<ReviewCopy> | undefined
            const r = parseProject(upgradeStoredDoc(v?.doc))
            if (!r.ok) return []
            return [{ projectId: r.value.id, fileName: String(v?.fileName ?? ''), openedAt: String(v?.openedAt ?? row.createdAt), name: r.value.name, sponsor: r.value.sheet.sponsor }]
          })
          .sort((a, b) => b.openedAt.localeCompare(a.openedAt))
      }),

    /** Closes a review for good: the copy goes; the financier's draft goes too unless the project itself is here. */
    removeReviewCopy: (projectId: string): Promise<void> =>
      guard(() =>
        db.transaction('rw', [db.meta, db.projects, db.reviews], async () => {
          await db.meta.delete(reviewCopyKey(projectId))
          if (!(await db.projects.get(projectId))) await db.reviews.where('projectId').equals(projectId).delete()
        })
      ),

    /** The project's stored Monte Carlo (unvalidated: the caller's schema checks it), or undefined. */
    getMonteCarlo: (projectId: string): Promise<unknown> => guard(async () => (await db.meta.get(monteCarloKey(projectId)))?.value),

    /** Keeps the project's Monte Carlo settings and last result (validated by the caller); the project must exist. */
    putMonteCarlo: (projectId: string, value: unknown): Promise<void> =>
      guard(() =>
        db.transaction('rw', [db.projects, db.meta], async () => {
          if (!(await db.projects.get(projectId))) throw new NotFoundError(projectId)
          await db.meta.put({ key: monteCarloKey(projectId), createdAt: now(), value })
        })
      ),

    deleteReview: (id: string): Promise<void> => guard(() => db.transaction('rw', db.reviews, () => db.reviews.delete(id))),

    sentinel: (): Promise<MetaRecord | undefined> => guard(() => db.meta.get(SENTINEL_KEY)),

    /**
     * Asks the browser to keep our storage (never a substitute for backups) and records the answer.
     * `storage` is injectable so tests can stand in for `navigator.storage`.
     */
    async requestPersistence(storage: Pick<StorageManager, 'persist' | 'persisted'> | undefined): Promise<PersistenceResult> {
      let result: PersistenceResult = { persisted: false, supported: false }
      if (storage && typeof storage.persist === 'function') {
        try {
          const persisted = (await storage.persisted()) || (await storage.persist())
          result = { persisted, supported: true }
        } catch {
          result = { persisted: false, supported: true }
        }
      }
      await guard(() => db.transaction('rw', db.meta, () => db.meta.put({ key: 'storage-persistence', createdAt: now(), value: result })))
      return result
    },

    close: () => db.close()
  }
}
