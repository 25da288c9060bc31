import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { computeBreakevens, runModel } from '../src/shared/engine'
import { readProjectFile } from '../src/shared/model/project-file'
import type { Project } from '../src/shared/model'

const ROOT = resolve(__dirname, '..')
const SAMPLES = ['resources/samples/india-black-mass-hydromet.json', 'resources/samples/pgm-catalyst-recovery.json']

function load(path: string): Project {
  const r = readProjectFile(readFileSync(resolve(ROOT, path), 'utf8'))
  if (!r.ok) throw new Error(`${path}: ${r.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`)
  return r.value
}

/**
 * The stress case of the performance target: 30 operating years, monthly periods, 20 feedstock streams
 * (10 battery, 10 catalyst), 6 products, 10 offtake contracts, sculpted debt with DSRA — built from the
 * India sample so every input is realistic.
 */
export function largeProject(): Project {
  const p = structuredClone(load(SAMPLES[0]!))
  const pgm = load(SAMPLES[1]!)
  p.id = 'bench-large'
  p.timeline = { startDate: '2026-01-01', constructionMonths: 24, operatingYears: 30, periodMonths: 1 }
  p.financing.tranches[0]!.tenorYears = 15
  p.financing.tranches[0]!.graceMonths = 12
  const battery = p.feedstock.filter((s) => s.kind === 'battery')
  const catalyst = pgm.feedstock
  p.feedstock = Array.from({ length: 20 }, (_, i) => {
    const base = structuredClone(i % 2 === 0 ? battery[i % battery.length]! : catalyst[i % catalyst.length]!)
    return { ...base, id: `s${i}`, name: `${base.name} #${i}`, routeId: base.kind === 'battery' ? 'hydro' : 'smelt' }
  })
  p.routes = [...p.routes, ...pgm.routes]
  p.products = [...p.products, ...pgm.products]
  const deck = p.prices.decks.find((d) => d.id === p.prices.activeDeckId)!
  deck.prices = [...deck.prices, ...pgm.prices.decks[0]!.prices]
  p.prices.decks = [deck]
  p.scenarios = p.scenarios.filter((s) => !s.priceDeckId)
  const products = p.products.map((x) => x.id)
  p.offtake = Array.from({ length: 10 }, (_, i) => ({
    ...structuredClone(pgm.offtake[0]!), id: `k${i}`, counterparty: `Buyer ${i}`, productId: products[i % products.length]!, priority: 1 + (i % 3),
    volume: { basis: 'share' as const, share: '0.3' }, floor: null, cap: null, startDate: '2028-01-01', endDate: `${2040 + i}-12-31`
  }))
  return p
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]!
}

/** Median wall and CPU milliseconds per call after one warm-up call (CPU time is the fairer figure on a shared machine). */
function time(f: () => void, runs: number): { wall: number; cpu: number } {
  f() // warm-up: JIT and caches
  const wall: number[] = []
  const cpu: number[] = []
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage()
    const t = performance.now()
    f()
    wall.push(performance.now() - t)
    const used = process.cpuUsage(c)
    cpu.push((used.user + used.system) / 1000)
  }
  return { wall: median(wall), cpu: median(cpu) }
}

export type EngineBenchRow = {
  case: string; periods: number; runModelMs: number; runModelCpuMs: number; breakevenMs: number; breakevenCpuMs: number; breakevenEvaluations: number
}

/** Median runModel time per sample and for the large case, and the full breakeven search time (targets: 15 ms, 300 ms, 1 s). */
export function benchEngine(log: (s: string) => void = console.log): EngineBenchRow[] {
  const cases: { name: string; project: Project; runs: number }[] = [
    ...SAMPLES.map((s) => ({ name: s.replace('resources/samples/', ''), project: load(s), runs: 30 })),
    { name: 'large (30 yrs monthly, 20 streams, 10 contracts)', project: largeProject(), runs: 7 }
  ]
  const rows: EngineBenchRow[] = []
  for (const c of cases) {
    const result = runModel(c.project)
    const run = time(() => void runModel(c.project), c.runs)
    let evaluations = 0
    const be = time(() => {
      evaluations = computeBreakevens(c.project).evaluations
    }, c.runs > 10 ? 5 : 2)
    rows.push({
      case: c.name, periods: result.periods.length, runModelMs: run.wall, runModelCpuMs: run.cpu, breakevenMs: be.wall, breakevenCpuMs: be.cpu, breakevenEvaluations: evaluations
    })
  }
  log('engine: median wall / CPU ms (targets: runModel ≤ 15 ms samples, ≤ 300 ms large; all breakevens ≤ 1 s)')
  for (const r of rows)
    log(
      `  ${r.case.padEnd(50)} ${String(r.periods).padStart(4)} periods  runModel ${r.runModelMs.toFixed(1).padStart(7)} / ${r.runModelCpuMs.toFixed(1).padStart(7)} ms` +
        `  breakevens ${r.breakevenMs.toFixed(0).padStart(6)} / ${r.breakevenCpuMs.toFixed(0).padStart(6)} ms (${r.breakevenEvaluations} evaluations)`
    )
  return rows
}

if (require.main === module) benchEngine()
