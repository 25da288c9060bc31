/**
 * The breakeven probe before and after it skipped the cash waterfall (issue 18, item 5): the same lean
 * evaluation timed both ways in one run — "before" walks the full financing block (buildFinancing,
 * waterfall included) as the probe did, "after" is the probe — and the whole breakeven search as it
 * now runs. tests/shared/analysis/breakeven-probe.test.ts shows both give the same answers.
 */
import { Decimal } from '../src/shared/decimal'
import { breakevenHeldDebt, probe } from '../src/shared/analysis/breakeven-solver'
import { computeBreakevens, prepare } from '../src/shared/engine'
import { buildFinancing } from '../src/shared/engine/financing-result'
import { evaluateOperations } from '../src/shared/engine/operations'
import { planDebt } from '../src/shared/engine/sizing'
import type { Project } from '../src/shared/model'
import { largeProject } from './engine'
import { sampleProjects } from '../tests/shared/analysis/fixtures'

const cpuMs = () => {
  const c = process.cpuUsage()
  return (c.user + c.system) / 1000
}

/** Median CPU ms of `runs` calls after one warm-up. */
function cpuOf(f: () => void, runs: number): number {
  f()
  const xs: number[] = []
  for (let i = 0; i < runs; i++) {
    const c = cpuMs()
    f()
    xs.push(cpuMs() - c)
  }
  return xs.sort((a, b) => a - b)[Math.floor(runs / 2)]!
}

export function benchProbe(log: (s: string) => void = console.log): void {
  const cases: { name: string; project: Project; runs: number }[] = [
    ...sampleProjects().filter((s) => s.name.endsWith('.json')).map((s) => ({ ...s, runs: 9 })),
    { name: 'large (30 yrs monthly, 20 streams, 10 contracts)', project: largeProject(), runs: 3 }
  ]
  log('breakeven probe: median CPU ms per probe, with the waterfall walked (before) and without (after); then all breakevens now')
  for (const c of cases) {
    const prep = prepare(c.project, undefined)
    const fixed = breakevenHeldDebt(c.project, undefined, prep)
    const m = { all: new Decimal('0.9') }
    const before = cpuOf(() => {
      const op = evaluateOperations(prep, m)
      buildFinancing(prep, planDebt(prep, op.operations, fixed), op.operations.maintenanceCapex)
    }, c.runs)
    const after = cpuOf(() => probe(prep, fixed, m), c.runs)
    let evaluations = 0
    const all = cpuOf(() => {
      evaluations = computeBreakevens(c.project).evaluations
    }, c.runs > 3 ? 3 : 1)
    log(`  ${c.name.padEnd(50)} probe ${before.toFixed(1).padStart(7)} → ${after.toFixed(1).padStart(7)} ms (${(before / after).toFixed(2)}×)  all breakevens ${all.toFixed(0).padStart(6)} ms CPU (${evaluations} evaluations; target ≤ 150 ms on the large model)`)
  }
}

if (require.main === module) benchProbe()
