import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import type { IpcResult, OpenFileRequest, PrintToPdfRequest, SavedFile, SaveFileRequest } from '@shared/ipc/contract'
import { makeStore } from './fakes'

const say = { saved: (name: string) => `Saved as ${name}`, failed: (message: string) => `Not saved: ${message}` }

/** A bridge whose file calls answer `reply` and record what they were asked. */
function filesBridge(reply: IpcResult<SavedFile>) {
  const calls: Array<['save', SaveFileRequest] | ['print', PrintToPdfRequest] | ['open', OpenFileRequest]> = []
  const bridge = {
    saveFile: async (req: SaveFileRequest) => (calls.push(['save', req]), reply),
    printToPdf: async (req: PrintToPdfRequest) => (calls.push(['print', req]), reply),
    openFile: async (req: OpenFileRequest) => (calls.push(['open', req]), { ok: true as const, value: { name: 'r.json', bytes: new Uint8Array([123, 125]) } })
  }
  return { bridge, calls }
}

const toasts = (store: ReturnType<typeof makeStore>['store']) => store.getState().toasts.map(({ tone, message }) => ({ tone, message }))

describe('file actions go to the injected bridge (components never call it)', () => {
  it('saveFile passes the request through and toasts the saved name', async () => {
    const { bridge, calls } = filesBridge({ ok: true, value: { name: 'x - review.json' } })
    const { store } = makeStore({ bridge })
    const bytes = new Uint8Array([1, 2, 3])
    const r = await store.getState().saveFile({ kind: 'review', suggestedName: 'x - review.json', bytes }, say)
    expect(r).toEqual({ ok: true, value: { name: 'x - review.json' } })
    expect(calls).toEqual([['save', { kind: 'review', suggestedName: 'x - review.json', bytes }]])
    expect(toasts(store)).toEqual([{ tone: 'success', message: 'Saved as x - review.json' }])
  })

  it('printToPdf toasts the bridge’s reason on failure', async () => {
    const { bridge, calls } = filesBridge({ ok: false, error: { code: 'io-error', message: 'disk full' } })
    const { store } = makeStore({ bridge })
    const r = await store.getState().printToPdf({ suggestedName: 'x.pdf', pageSize: 'Letter', landscape: false }, say)
    expect(r.ok).toBe(false)
    expect(calls).toEqual([['print', { suggestedName: 'x.pdf', pageSize: 'Letter', landscape: false }]])
    expect(toasts(store)).toEqual([{ tone: 'error', message: 'Not saved: disk full' }])
  })

  it('a cancelled dialog is not toasted', async () => {
    const { bridge } = filesBridge({ ok: false, cancelled: true })
    const { store } = makeStore({ bridge })
    expect(await store.getState().saveFile({ kind: 'csv', suggestedName: 'd.csv', bytes: new Uint8Array() }, say)).toEqual({ ok: false, cancelled: true })
    expect(await store.getState().printToPdf({ suggestedName: 'x.pdf', pageSize: 'A4', landscape: false }, say)).toEqual({ ok: false, cancelled: true })
    expect(toasts(store)).toEqual([])
  })

  it('without `say` nothing is toasted, whatever the result', async () => {
    const failing = makeStore({ bridge: filesBridge({ ok: false, error: { code: 'internal', message: 'boom' } }).bridge }).store
    const saving = makeStore({ bridge: filesBridge({ ok: true, value: { name: 'd.csv' } }).bridge }).store
    expect((await failing.getState().saveFile({ kind: 'csv', suggestedName: 'd.csv', bytes: new Uint8Array() })).ok).toBe(false)
    expect((await saving.getState().saveFile({ kind: 'csv', suggestedName: 'd.csv', bytes: new Uint8Array() })).ok).toBe(true)
    expect(toasts(failing)).toEqual([])
    expect(toasts(saving)).toEqual([])
  })

  it('openFile returns what the bridge opened, without toasts', async () => {
    const { bridge, calls } = filesBridge({ ok: true, value: { name: 'unused' } })
    const { store } = makeStore({ bridge })
    const r = await store.getState().openFile({ kinds: ['review'], title: 'Open a review file' })
    expect(r.ok && r.value.name).toBe('r.json')
    expect(calls).toEqual([['open', { kinds: ['review'], title: 'Open a review file' }]])
    expect(toasts(store)).toEqual([])
  })
})
