/**
 * The portfolio list's metrics (issue 17): computed once per stored rev, lazily, one project at a
 * time; a saved edit recomputes only that project; a project gone from the list is dropped.
 */
import { describe, expect, it } from 'vitest'
import { newProject, parseProject, type Project } from '@shared/model'
import { createPortfolioMetrics, fingerprintOf } from '@renderer/features/projects/portfolio-metrics'
import { createInlineExecutor } from '../../model/inline-executor'
import sample from '@resources/samples/india-black-mass-hydromet.json'

const india = (() => {
  const r = parseProject(sample)
  if (!r.ok) throw new Error('sample')
  return r.value
})()

function setup(docs: Record<string, { doc: Project; rev: number } | null>) {
  const runs: string[] = []
  const inline = createInlineExecutor()
  let made = 0
  const pm = createPortfolioMetrics({
    executor: () => {
      made++
      return { run: (doc) => (runs.push(doc.id), inline.run(doc)), dispose: () => {} }
    },
    loadDoc: (id) => Promise.resolve(docs[id] ?? null)
  })
  const settled = () => new Promise<void>((resolve) => {
    const check = () => (pm.store.getState().pending === 0 && Object.keys(pm.store.getState().entries).length > 0 ? resolve() : setTimeout(check, 5))
    check()
  })
  return { pm, runs, settled, made: () => made }
}

describe('portfolio metrics', () => {
  it('computes each listed project once, with its headline; the same revs again run nothing', async () => {
    const a = { ...india, id: 'a' }
    const b = newProject('b', 'New', 2026)
    const { pm, runs, settled, made } = setup({ a: { doc: a, rev: 3 }, b: { doc: b, rev: 1 } })
    pm.ensure([{ id: 'a', rev: 3 }, { id: 'b', rev: 1 }])
    await settled()
    const e = pm.store.getState().entries
    expect(runs).toEqual(['a', 'b'])
    expect(e.a).toMatchObject({ state: 'ready', fingerprint: 'a@3' })
    expect(e.a!.state === 'ready' && e.a.headline.cells.minDscr.text).toBe('2.64x')
    expect(e.b!.state === 'ready' && e.b.headline.verdict.kind).toBe('incomplete')
    pm.ensure([{ id: 'a', rev: 3 }, { id: 'b', rev: 1 }])
    await settled()
    expect(runs).toEqual(['a', 'b'])
    expect(made()).toBe(1)
  })

  it('a new rev recomputes that project only; a project no longer listed is dropped', async () => {
    const docs = { a: { doc: { ...india, id: 'a' }, rev: 1 }, b: { doc: newProject('b', 'New', 2026), rev: 1 } }
    const { pm, runs, settled } = setup(docs)
    pm.ensure([{ id: 'a', rev: 1 }, { id: 'b', rev: 1 }])
    await settled()
    docs.a.rev = 2
    pm.ensure([{ id: 'a', rev: 2 }])
    await settled()
    expect(runs).toEqual(['a', 'b', 'a'])
    expect(Object.keys(pm.store.getState().entries)).toEqual(['a'])
    expect(pm.store.getState().entries.a!.fingerprint).toBe('a@2')
  })

  it('a project that cannot be read is marked failed, not retried until its rev moves', async () => {
    const { pm, runs, settled } = setup({ gone: null })
    pm.ensure([{ id: 'gone', rev: 1 }])
    await settled()
    expect(pm.store.getState().entries.gone).toEqual({ state: 'failed', fingerprint: 'gone@1', message: 'the stored project could not be read' })
    pm.ensure([{ id: 'gone', rev: 1 }])
    await settled()
    expect(runs).toEqual([])
  })

  it('ensure while a project is being computed does not queue it twice', async () => {
    const { pm, runs, settled } = setup({ a: { doc: { ...india, id: 'a' }, rev: 1 } })
    pm.ensure([{ id: 'a', rev: 1 }])
    pm.ensure([{ id: 'a', rev: 1 }])
    await settled()
    expect(runs).toEqual(['a'])
  })

  it('fingerprints by id and rev', () => expect(fingerprintOf({ id: 'x', rev: 7 })).toBe('x@7'))
})
