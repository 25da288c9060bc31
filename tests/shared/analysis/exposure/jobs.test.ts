import { describe, expect, it } from 'vitest'
import { Decimal } from '@shared/decimal'
import { computeExposureLedger, handleJob, type AnalysisReply } from '@shared/analysis'
import { richProject } from '../fixtures'

const project = richProject()
const collect = (job: Parameters<typeof handleJob>[0]['job']) => {
  const replies: AnalysisReply[] = []
  handleJob({ id: 3, job }, (r) => replies.push(r))
  return replies
}
const plain = (x: unknown): boolean =>
  x instanceof Decimal ? false : Array.isArray(x) ? x.every(plain) : x !== null && typeof x === 'object' ? Object.values(x).every(plain) : true

describe('analysis worker: the natural-hedge ledger and the joint stress', () => {
  it('exposure: progress per run, then the ledger as plain data (what the CLI computes)', () => {
    const replies = collect({ kind: 'exposure', project, settings: { step: '0.1' } })
    const done = replies.at(-1)!
    if (done.type !== 'done' || done.output.kind !== 'exposure') throw new Error('no result')
    expect(replies.filter((r) => r.type === 'progress')).toHaveLength(done.output.result.rows.length * 2)
    expect(plain(done.output)).toBe(true)
    expect(structuredClone(done.output.result)).toEqual(computeExposureLedger(project, { step: '0.1' }))
  })
  it('exposure with a bad step, joint stress with a repeated driver → an error reply, not a throw', () => {
    expect(collect({ kind: 'exposure', project, settings: { step: '0' } })).toEqual([{ id: 3, type: 'error', message: 'step 0 must be above 0 and below 1 (0.1 = ±10 %)' }])
    expect(collect({ kind: 'jointStress', project, settings: { a: 'fx:INR', b: 'fx:INR' } })).toEqual([{ id: 3, type: 'error', message: 'pick two different drivers' }])
  })
  it('joint stress: one progress reply per cell, then the grid', () => {
    const replies = collect({ kind: 'jointStress', project, settings: { a: 'metal:Li', b: 'fx:INR', aMoves: ['-0.3', '0'], bMoves: ['0', '0.1'] } })
    expect(replies.filter((r) => r.type === 'progress').map((r) => r.type === 'progress' && r.done)).toEqual([1, 2, 3, 4])
    const done = replies.at(-1)!
    if (done.type !== 'done' || done.output.kind !== 'jointStress') throw new Error('no result')
    expect(plain(done.output)).toBe(true)
    expect(done.output.result.cells[1]![0]!.cfadsChange).toBe('0')
  })
})
