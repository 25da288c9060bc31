import { describe, expect, it } from 'vitest'
import { Decimal } from '@shared/decimal'
import { DEFAULT_BREACH_SIZING, DEFAULT_MC_SETTINGS, handleJob, presetScenarios, type AnalysisReply } from '@shared/analysis'
import { runModel } from '@shared/engine'
import { richProject } from './fixtures'

const project = richProject()
const collect = (job: Parameters<typeof handleJob>[0]['job']) => {
  const replies: AnalysisReply[] = []
  handleJob({ id: 7, job }, (r) => replies.push(r))
  return replies
}
/** Worker messages must survive structured clone unchanged and carry no Decimal instances. */
const plain = (x: unknown): boolean =>
  x instanceof Decimal ? false : Array.isArray(x) ? x.every(plain) : x !== null && typeof x === 'object' ? Object.values(x).every(plain) : true

describe('analysis worker protocol', () => {
  it('compare: progress then one done reply with plain data; presets as documented', () => {
    const scenarios = presetScenarios()
    expect(scenarios.map((s) => [s.id, s.priceMultiplierAll, s.volumeMultiplier, s.capexMultiplier, s.opexMultiplier, s.interestRateDelta])).toEqual([
      ['base', undefined, undefined, undefined, undefined, undefined],
      ['downside', '0.8', '0.9', '1.15', '1.1', '0.01'],
      ['upside', '1.2', '1.1', '0.85', '0.9', '-0.01']
    ])
    const replies = collect({ kind: 'compare', project, scenarios })
    expect(replies.filter((r) => r.type === 'progress').map((r) => r.type === 'progress' && r.done)).toEqual([1, 2, 3, 4])
    const done = replies.at(-1)!
    if (done.type !== 'done' || done.output.kind !== 'compare') throw new Error('no result')
    expect(plain(done.output)).toBe(true)
    expect(structuredClone(done.output)).toEqual(done.output)
    const down = done.output.result.columns[1]!
    const direct = runModel(project, { scenario: scenarios[1] })
    expect(down.metrics.npv).toEqual({ ok: true, value: direct.metrics.npv.toString() })
    expect(down.deltaToBase.npv).toBe(direct.metrics.npv.minus(runModel(project).metrics.npv).toString())
    expect(done.output.result.columns[0]!.deltaToBase.equityIrr).toBe('0')
    expect(down.dscrProfile.length).toBeGreaterThan(0)
  })
  it('tornado with a bad step → an error reply, not a throw', () => {
    expect(collect({ kind: 'tornado', project, settings: { step: '1.5' } })).toEqual([{ id: 7, type: 'error', message: 'step 1.5 must be above 0 and below 1 (0.1 = ±10 %)' }])
  })
  it('Monte Carlo refusal (non-PSD) → an error reply naming the matrix; success → plain data', () => {
    const bad = [[1, 0.9, -0.9, 0], [0.9, 1, 0.9, 0], [-0.9, 0.9, 1, 0], [0, 0, 0, 1]]
    const r = collect({ kind: 'monteCarlo', project, settings: { ...DEFAULT_MC_SETTINGS, draws: 10, correlation: bad } })
    expect(r.at(-1)).toMatchObject({ type: 'error', message: expect.stringMatching(/price correlation matrix is not positive semi-definite/) })
    const ok = collect({ kind: 'monteCarlo', project, settings: { ...DEFAULT_MC_SETTINGS, draws: 200 } })
    const done = ok.at(-1)!
    expect(done.type).toBe('done')
    expect(plain(done)).toBe(true)
    expect(ok.filter((x) => x.type === 'progress').at(-1)).toMatchObject({ done: 200, total: 200 })
  })
  it('breach sizing: progress to the total, then plain data; refused settings → an error reply', () => {
    const settings = { ...DEFAULT_BREACH_SIZING, mc: { ...DEFAULT_MC_SETTINGS, draws: 60 }, target: { maxBreachProbability: 0.1, p90Covenant: null } }
    const replies = collect({ kind: 'breachSizing', project, settings })
    const done = replies.at(-1)!
    if (done.type !== 'done' || done.output.kind !== 'breachSizing') throw new Error('no result')
    expect(plain(done)).toBe(true)
    expect(structuredClone(done.output)).toEqual(done.output)
    const progress = replies.filter((r) => r.type === 'progress')
    expect(progress.length).toBeGreaterThan(5)
    expect(progress.at(-1)).toMatchObject({ done: progress.at(-1)!.type === 'progress' ? progress.at(-1)!.total : -1 })
    const bad = collect({ kind: 'breachSizing', project, settings: { ...settings, target: { maxBreachProbability: null, p90Covenant: null } } })
    expect(bad).toEqual([{ id: 7, type: 'error', message: 'give a breach probability, a P90 covenant, or both' }])
  })
})
