import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { runModel } from '@shared/engine'
import type { Project } from '@shared/model'
import type { ModelExecutor, RunOutcome } from '@renderer/model'
import { createLiveResults } from '@renderer/model/live-results'
import { createInlineExecutor } from './inline-executor'
import { withOpenProject } from '../store/fakes'
import { handProject } from '../../shared/engine/hand-project'

/** An executor whose runs finish only when the test says so: to see coalescing and staleness. */
function manualExecutor() {
  const calls: { doc: Project; finish: (fail?: string) => void }[] = []
  const executor: ModelExecutor = {
    run: (doc) =>
      new Promise<RunOutcome>((resolve) => {
        calls.push({
          doc,
          finish: (fail) => resolve(fail ? { ok: false, message: fail, engineMs: 1 } : { ok: true, result: runModel(doc), engineMs: 1 })
        })
      }),
    dispose() {}
  }
  return { executor, calls }
}

const tick = () => new Promise((r) => setTimeout(r, 0))

/** A store with the hand-computable project open (its results are known). */
async function handStore() {
  const ctx = await withOpenProject()
  const r = ctx.store.getState().applyEdit('Load hand case', () => ({ ...handProject(), id: ctx.id }))
  expect(r.ok).toBe(true)
  return ctx
}

describe('live results', () => {
  it('runs the open document and follows each accepted edit', async () => {
    const { store } = await handStore()
    const live = createLiveResults(store, createInlineExecutor())
    await live.current()
    const s1 = live.getState()
    expect(s1.status).toBe('ready')
    expect(s1.stale).toBe(false)
    expect(s1.resultDoc).toBe(store.getState().workspace!.doc)
    expect(s1.result!.metrics.debtAtCod.toString()).toBe(runModel(store.getState().workspace!.doc).metrics.debtAtCod.toString())

    store.getState().applyEdit('Capex', (d) => void (d.costs.capex.items[0]!.amount = '2000000'), { path: 'costs.capex.items.0.amount', draft: '2000000' })
    const r2 = await live.current()
    expect(r2!.metrics.totalCapex.toString()).toBe('2000000')
    expect(live.getState().resultDoc).toBe(store.getState().workspace!.doc)
    live.dispose()
  })

  it('one run in flight; only the newest waiting document runs next (typing 1, 12, 125 → 125)', async () => {
    const { store } = await handStore()
    const { executor, calls } = manualExecutor()
    const live = createLiveResults(store, executor)
    expect(calls).toHaveLength(1)
    for (const v of ['1', '12', '125'])
      store.getState().applyEdit('Fixed opex', (d) => void (d.costs.opex.fixedPerYear = v), { path: 'costs.opex.fixedPerYear', session: 's' })
    expect(calls).toHaveLength(1) // still the first run
    expect(live.getState().status).toBe('running')
    calls[0]!.finish()
    await tick()
    expect(calls).toHaveLength(2)
    expect(calls[1]!.doc.costs.opex.fixedPerYear).toBe('125')
    // The first result is shown meanwhile, marked stale.
    expect(live.getState().result).not.toBeNull()
    expect(live.getState().stale).toBe(true)
    calls[1]!.finish()
    await tick()
    expect(live.getState()).toMatchObject({ status: 'ready', stale: false })
    expect(live.getState().resultDoc!.costs.opex.fixedPerYear).toBe('125')
    live.dispose()
  })

  it('a refused edit leaves the results at the last valid document and names the field', async () => {
    const { store } = await handStore()
    const live = createLiveResults(store, createInlineExecutor())
    const before = await live.current()
    const r = store.getState().applyEdit('Discount rate', (d) => void (d.valuation.discountRate = '-5'), { path: 'valuation.discountRate', draft: '-500' })
    expect(r.ok).toBe(false)
    await tick()
    const s = live.getState()
    expect(s.result).toBe(before)
    expect(s.blocking).toHaveLength(1)
    expect(s.blocking[0]).toMatchObject({ path: 'valuation.discountRate', label: 'Discount rate' })
    expect(s.blocking[0]!.message.length).toBeGreaterThan(0)
    store.getState().discardDraft('valuation.discountRate')
    expect(live.getState().blocking).toEqual([])
    live.dispose()
  })

  it('an engine failure keeps the last good result visible with the reason', async () => {
    const { store } = await handStore()
    const { executor, calls } = manualExecutor()
    const live = createLiveResults(store, executor)
    calls[0]!.finish()
    await tick()
    const good = live.getState().result
    store.getState().applyEdit('Fixed opex', (d) => void (d.costs.opex.fixedPerYear = '1'))
    calls[1]!.finish('boom')
    await tick()
    expect(live.getState()).toMatchObject({ status: 'error', error: 'boom', stale: true })
    expect(live.getState().result).toBe(good)
    live.dispose()
  })

  it('undo shows the cached result of the earlier document at once, without a run', async () => {
    const { store } = await handStore()
    const { executor, calls } = manualExecutor()
    const live = createLiveResults(store, executor)
    calls[0]!.finish()
    await tick()
    const first = live.getState().result
    store.getState().applyEdit('Fixed opex', (d) => void (d.costs.opex.fixedPerYear = '1'))
    calls[1]!.finish()
    await tick()
    store.getState().undo()
    expect(calls).toHaveLength(2)
    expect(live.getState().result).toBe(first)
    expect(live.getState().stale).toBe(false)
    live.dispose()
  })

  it('closing or switching the project drops results that arrive late', async () => {
    const { store } = await handStore()
    const { executor, calls } = manualExecutor()
    const live = createLiveResults(store, executor)
    store.getState().closeProject()
    calls[0]!.finish()
    await tick()
    expect(live.getState()).toMatchObject({ projectId: null, result: null, status: 'idle' })
    live.dispose()
  })
})
