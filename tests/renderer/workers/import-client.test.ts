/**
 * The lot-import client against a stand-in Worker: by default it answers as import.worker.ts does
 * (handleImport, through structured clone); `manual` lets a test post replies itself.
 */
import { strToU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import { BLACK_MASS_LOT_COLUMNS } from '@shared/import/lot-import'
import { createImportClient, type ImportProgress, type ImportWorkerLike } from '@renderer/workers/import-client'
import { handleImport, type ImportReply, type ImportRequest } from '@renderer/workers/import-job'
import c1Json from '../../../resources/lots/c1-catalyst-lot.json'

class FakeWorker implements ImportWorkerLike {
  static made: FakeWorker[] = []
  onmessage: ((ev: MessageEvent<ImportReply>) => void) | null = null
  onerror: ((ev: ErrorEvent) => void) | null = null
  terminated = false
  posted: { message: ImportRequest; transfer: Transferable[] }[] = []
  constructor(private readonly manual = false) {
    FakeWorker.made.push(this)
  }
  postMessage(message: ImportRequest, transfer: Transferable[]) {
    this.posted.push({ message, transfer })
    // What a real postMessage with a transfer list does to the sender's buffer.
    const req = structuredClone(message, { transfer })
    if (this.manual) return
    setTimeout(() => handleImport(req, (reply) => this.reply(reply)), 0)
  }
  reply(reply: ImportReply) {
    if (!this.terminated) this.onmessage?.({ data: structuredClone(reply) } as MessageEvent<ImportReply>)
  }
  crash(message: string) {
    this.onerror?.({ message, preventDefault() {} } as ErrorEvent)
  }
  terminate() {
    this.terminated = true
  }
}

const fresh = (manual = false) => {
  FakeWorker.made = []
  return createImportClient(() => new FakeWorker(manual))
}
const buffer = (bytes: Uint8Array) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
const header = BLACK_MASS_LOT_COLUMNS.map((c) => c.header).join(',')
const line = (i: number) => `bm-${i},Lot ${i},USD,2025-01-15,,12.5,18%,6%,4%,16000,t,30000,t,10000,t,li-separate,75%,78%,60%`
const lotsCsv = (n: number) => buffer(strToU8(`${header}\n${Array.from({ length: n }, (_, i) => line(i)).join('\n')}\n`))

describe('import client', () => {
  it('reads a spreadsheet in the worker, forwards its progress, and transfers the bytes', async () => {
    const client = fresh()
    const bytes = lotsCsv(5000)
    const seen: ImportProgress[] = []
    const out = await client.run({ name: 'lots.csv', bytes, sheetKind: 'black-mass-lots' }, (p) => seen.push(p)).result
    expect(out.ok && out.read.ok && out.read.lots.length).toBe(5000)
    expect(seen.length).toBeGreaterThan(1)
    expect(seen.at(-1)).toEqual({ done: 5000, total: 5000 })
    const w = FakeWorker.made[0]!
    expect(w.posted[0]!.transfer).toEqual([bytes])
    expect(bytes.byteLength).toBe(0) // detached: moved to the worker, not copied
    client.dispose()
  })

  it('reads a JSON lot file in the same worker', async () => {
    const client = fresh()
    const out = await client.run({ name: 'c1.json', bytes: buffer(strToU8(JSON.stringify(c1Json))), sheetKind: 'catalyst-lots' }).result
    expect(out).toEqual({ ok: true, read: { ok: true, lots: [c1Json] } })
  })

  it('passes the problems of a bad sheet through as the read (a value, not a failure)', async () => {
    const client = fresh()
    const out = await client.run({ name: 'x.xls', bytes: buffer(new Uint8Array([1, 2, 3])), sheetKind: 'catalyst-lots' }).result
    expect(out).toEqual({ ok: true, read: { ok: false, problems: ['Unsupported format .xls — save as .xlsx or .csv'] } })
  })

  it('cancel terminates the worker and resolves cancelled; a late reply is ignored; the next run starts a fresh worker', async () => {
    const client = fresh(true)
    const seen: ImportProgress[] = []
    const job = client.run({ name: 'a.csv', bytes: new ArrayBuffer(8), sheetKind: 'catalyst-lots' }, (p) => seen.push(p))
    const w = FakeWorker.made[0]!
    w.reply({ id: 1, type: 'progress', done: 2000, total: 40000 })
    job.cancel()
    expect(w.terminated).toBe(true)
    expect(await job.result).toEqual({ ok: false, cancelled: true, message: 'cancelled' })
    w.onmessage?.({ data: { id: 1, type: 'progress', done: 4000, total: 40000 } } as MessageEvent<ImportReply>)
    expect(seen).toEqual([{ done: 2000, total: 40000 }])
    client.run({ name: 'b.csv', bytes: new ArrayBuffer(8), sheetKind: 'catalyst-lots' })
    expect(FakeWorker.made).toHaveLength(2)
    job.cancel() // an old handle does not cancel the new job
    expect(FakeWorker.made[1]!.terminated).toBe(false)
  })

  it('a new run replaces the running one: the old resolves cancelled, its replies no longer count', async () => {
    const client = fresh(true)
    const oldSeen: ImportProgress[] = []
    const old = client.run({ name: 'a.csv', bytes: new ArrayBuffer(8), sheetKind: 'catalyst-lots' }, (p) => oldSeen.push(p))
    const first = FakeWorker.made[0]!
    const next = client.run({ name: 'b.csv', bytes: new ArrayBuffer(8), sheetKind: 'catalyst-lots' })
    expect(await old.result).toEqual({ ok: false, cancelled: true, message: 'replaced by a new import' })
    expect(first.terminated).toBe(true)
    const second = FakeWorker.made[1]!
    expect(second.posted[0]!.message).toMatchObject({ id: 2, name: 'b.csv' })
    second.reply({ id: 1, type: 'done', read: { ok: true, lots: ['stale'] } })
    second.reply({ id: 2, type: 'done', read: { ok: true, lots: ['fresh'] } })
    expect(await next.result).toEqual({ ok: true, read: { ok: true, lots: ['fresh'] } })
    expect(oldSeen).toEqual([])
  })

  it('a crashed worker resolves the run with the reason (never rejects), and the next run gets a fresh worker', async () => {
    const client = fresh(true)
    const job = client.run({ name: 'a.csv', bytes: new ArrayBuffer(8), sheetKind: 'catalyst-lots' })
    FakeWorker.made[0]!.crash('out of memory')
    expect(await job.result).toEqual({ ok: false, cancelled: false, message: 'the import worker stopped (out of memory)' })
    expect(FakeWorker.made[0]!.terminated).toBe(true)
    const again = client.run({ name: 'b.csv', bytes: new ArrayBuffer(8), sheetKind: 'catalyst-lots' })
    expect(FakeWorker.made).toHaveLength(2)
    FakeWorker.made[1]!.reply({ id: 2, type: 'error', message: 'boom' })
    expect(await again.result).toEqual({ ok: false, cancelled: false, message: 'boom' })
  })

  it('a worker that finished stays for the next file; dispose terminates it and resolves a running job as closed', async () => {
    const client = fresh()
    await client.run({ name: 'x.xls', bytes: new ArrayBuffer(3), sheetKind: 'catalyst-lots' }).result
    const running = client.run({ name: 'x.xls', bytes: new ArrayBuffer(3), sheetKind: 'catalyst-lots' })
    expect(FakeWorker.made).toHaveLength(1)
    client.dispose()
    expect(FakeWorker.made[0]!.terminated).toBe(true)
    expect(await running.result).toEqual({ ok: false, cancelled: true, message: 'closed' })
  })
})
