import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Decimal } from '@shared/decimal'
import { computeBreakevenGrid, computeTornado, DEFAULT_MC_SETTINGS, runMonteCarlo } from '@shared/analysis'
import { runModel } from '@shared/engine'
import { parseProject, type Project } from '@shared/model'
import { buildSheetHtml, sheetAnalysis } from '@shared/sheet'
import { buildModelWorkbook } from '@shared/workbook/build-model'
import { seedProjects } from './bases'
import { perturb, stepArb } from './mutate'
import { PROTOTYPE_IDS, projectIds, renameIds } from './rename-ids'

/**
 * Issue 11, defect 1: ids that are `Object.prototype` names (`constructor`, `__proto__`…) pass the
 * schema, so every map keyed by user text must ignore what a plain object inherits. Property: a random
 * valid project evaluates — model, analysis, workbook, sheet — exactly as the same project with some
 * of its ids renamed to those names, once the names are mapped back.
 */
const SEEDS = seedProjects()

const TIMINGS = new Set(['elapsedMs'])

/** Compares a result of the plain project with the renamed one's; `back` maps new ids to old. */
function sameModuloIds(a: unknown, b: unknown, back: ReadonlyMap<string, string>, path = 'result'): void {
  if (a instanceof Decimal || b instanceof Decimal) {
    if (!(a instanceof Decimal && b instanceof Decimal && a.eq(b))) throw new Error(`${path}: ${String(a)} vs ${String(b)}`)
    return
  }
  if (typeof a === 'string' && typeof b === 'string') {
    const mapped = b.replace(/[A-Za-z0-9_-]+/g, (t) => back.get(t) ?? t)
    if (a !== mapped) throw new Error(`${path}: "${a}" vs "${b}"`)
    return
  }
  if (a instanceof Uint8Array || typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) {
    if (!Object.is(a, b)) throw new Error(`${path}: ${String(a)} vs ${String(b)}`)
    return
  }
  if (Array.isArray(a) !== Array.isArray(b)) throw new Error(`${path}: array vs object`)
  if (a instanceof Map || b instanceof Map) {
    if (!(a instanceof Map && b instanceof Map)) throw new Error(`${path}: Map vs plain object`)
    const keys = [...b.keys()].map((k) => (typeof k === 'string' ? (back.get(k) ?? k) : k))
    if (keys.length !== a.size || keys.some((k) => !a.has(k))) throw new Error(`${path}: keys ${[...a.keys()].join(',')} vs ${keys.join(',')}`)
    for (const [k, v] of b) sameModuloIds(a.get(typeof k === 'string' ? (back.get(k) ?? k) : k), v, back, `${path}.get(${String(k)})`)
    return
  }
  const ka = Object.keys(a)
  const kb = Object.keys(b).map((k) => back.get(k) ?? k)
  if (ka.length !== kb.length || [...ka].sort().join('\u0000') !== [...kb].sort().join('\u0000')) throw new Error(`${path}: keys ${ka.join(',')} vs ${kb.join(',')}`)
  for (const k of Object.keys(b)) {
    const ak = back.get(k) ?? k
    if (TIMINGS.has(ak)) continue
    sameModuloIds((a as Record<string, unknown>)[ak], Object.getOwnPropertyDescriptor(b, k)?.value, back, `${path}.${ak}`)
  }
}

const caseArb = fc.record({
  seedIndex: fc.nat({ max: SEEDS.length - 1 }),
  steps: fc.array(stepArb, { maxLength: 8 }),
  names: fc.shuffledSubarray([...PROTOTYPE_IDS], { minLength: 1 }),
  offset: fc.nat()
})

function makeCase(c: { seedIndex: number; steps: Parameters<typeof perturb>[1]; names: string[]; offset: number }) {
  const plain = perturb(SEEDS[c.seedIndex]!.project, c.steps).project
  const ids = projectIds(plain)
  const rename = new Map<string, string>()
  c.names.slice(0, ids.length).forEach((name, i) => rename.set(ids[(c.offset + i) % ids.length]!, name))
  const tricky = renameIds(plain, rename)
  const parsed = parseProject(tricky)
  if (!parsed.ok) throw new Error(`renamed project refused: ${JSON.stringify(parsed.issues.slice(0, 3))}`)
  const back = new Map([...rename].map(([o, n]) => [n, o]))
  return { plain, tricky: parsed.value as Project, back, renamed: rename.size }
}

const stats = { model: 0, full: 0, renamed: 0, prototypeKeyed: 0 }

describe('engine fuzz: ids named after Object.prototype members', () => {
  it('the renamer really renames (a check of the test itself)', () => {
    const p = SEEDS[0]!.project
    const ids = projectIds(p)
    expect(ids.length).toBeGreaterThan(3)
    const t = renameIds(p, new Map([[ids[0]!, '__proto__']]))
    expect(projectIds(t)).toContain('__proto__')
    expect(projectIds(t)).not.toContain(ids[0])
  })

  it('runModel gives the same result with prototype-name ids (150 runs)', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { plain, tricky, back, renamed } = makeCase(c)
        sameModuloIds(runModel(plain), runModel(tricky), back)
        stats.model++
        stats.renamed += renamed
      }),
      { numRuns: 150, seed: 20261202 }
    )
    console.info(`[prototype-ids] runModel: ${stats.model} projects, ${stats.renamed} ids renamed`)
  }, 120_000)

  it('tornado, breakevens, Monte Carlo, workbook and sheet give the same result (12 runs)', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { plain, tricky, back } = makeCase(c)
        const productIds = plain.products.map((p) => p.id)
        const run = (p: Project, ids: (id: string) => string) => {
          const result = runModel(p)
          // Volatility per product keyed by the (possibly prototype-named) id, as the app sends it.
          const volatility = Object.fromEntries(productIds.map((id, i) => [ids(id), 0.2 + 0.05 * i]))
          const monteCarlo = runMonteCarlo(p, { ...DEFAULT_MC_SETTINGS, draws: 24, volatility })
          const tornado = computeTornado(p, { step: '0.1', stepOverrides: Object.fromEntries(productIds.map((id) => [`price:${ids(id)}`, '0.2'])) })
          const breakeven = computeBreakevenGrid(p)
          const wb = buildModelWorkbook(p, result, { exportedAt: '2026-12-02T00:00:00Z', appVersion: 'test', projectSha256: '0', verify: true, analysis: { computedAt: 'x', tornado, breakeven, ...(monteCarlo.ok ? { monteCarlo } : {}) } })
          const sheet = buildSheetHtml({ project: p, result, ...sheetAnalysis(p, result), meta: { date: '2026-12-02', modelVersion: 'test', projectSha256: '0', pageSize: 'A4' } })
          return { result, monteCarlo, tornado, breakeven, wb, sheet: sheet.document }
        }
        const forward = new Map([...back].map(([n, o]) => [o, n]))
        const a = run(plain, (id) => id)
        const b = run(tricky, (id) => forward.get(id) ?? id)
        if (productIds.some((id) => forward.has(id))) stats.prototypeKeyed++
        sameModuloIds(a, b, back)
        stats.full++
      }),
      { numRuns: 12, seed: 20261203 }
    )
    console.info(`[prototype-ids] full pipeline: ${stats.full} projects, ${stats.prototypeKeyed} with a prototype-named product`)
    expect(stats.prototypeKeyed).toBeGreaterThan(2)
  }, 240_000)
})
