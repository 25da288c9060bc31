/**
 * Analysis on the large model (issue 18): all breakevens (`computeBreakevens`: all prices and each
 * product, min DSCR 1.00x and NPV = 0; target ≤ 150 ms), the full breakeven grid (three targets and the
 * FX row) and the tornado (target ≤ 300 ms), median wall and CPU of three runs after a warm-up, with
 * the Decimal engine evaluations each spent. Breakevens search on the float fast model and confirm each
 * answer with one Decimal probe (breakeven-fast.ts); the tornado still runs the Decimal engine per bar. A last line
 * splits the breakevens' Decimal floor: the sizing run and the confirmation probes, which no float search removes.
 * Printed figures, not a pass/fail test: on a shared machine read CPU time.
 */
import { computeBreakevens, prepare } from '../src/shared/engine'
import { computeBreakevenGrid, computeTornado } from '../src/shared/analysis'
import { breakevenHeldRun, probe } from '../src/shared/analysis/breakeven-solver'
import { Decimal } from '../src/shared/decimal'
import { largeProject } from './engine'

const cpuMs = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000 }
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

function timed(f: () => number): { wall: number; cpu: number; evaluations: number } {
  f()
  const runs = Array.from({ length: 3 }, () => {
    const c = cpuMs()
    const t = performance.now()
    const evaluations = f()
    return { wall: performance.now() - t, cpu: cpuMs() - c, evaluations }
  })
  return { wall: median(runs.map((r) => r.wall)), cpu: median(runs.map((r) => r.cpu)), evaluations: runs[0]!.evaluations }
}

export function benchAnalysisLarge(log: (s: string) => void = console.log): void {
  const project = largeProject()
  const rows: [string, number | null, ReturnType<typeof timed>][] = [
    ['all breakevens (computeBreakevens)', 150, timed(() => computeBreakevens(project).evaluations)],
    ['breakeven grid (3 targets + FX row)', null, timed(() => computeBreakevenGrid(project).evaluations)],
    ['tornado ±10 %', 300, timed(() => computeTornado(project, { step: '0.1' }).evaluations)]
  ]
  log('analysis on the large model (30 yrs monthly, 20 streams, 10 contracts): median wall / CPU ms of 3 after a warm-up')
  for (const [name, target, r] of rows)
    log(`  ${name.padEnd(38)} ${r.wall.toFixed(0).padStart(6)} / ${r.cpu.toFixed(0).padStart(6)} ms  ${String(r.evaluations).padStart(3)} Decimal evaluations  ${target === null ? '' : `target ≤ ${target} ms: ${r.wall <= target ? 'OK' : r.cpu <= target ? 'CPU within target' : `MISSED (${(r.cpu / target).toFixed(1)}× over on CPU)`}`}`)
  // The Decimal floor of the breakevens: the run that sizes the held debt, and one Decimal probe per answer
  // confirmed (evaluations − 1): what is left once the float search is free.
  const prep = prepare(project, undefined)
  const held = breakevenHeldRun(project, undefined, prep)
  const sizing = timed(() => (breakevenHeldRun(project, undefined, prep), 1))
  const oneProbe = timed(() => (probe(prep, held.debt, { all: new Decimal('0.8') }), 1))
  const confirmations = rows[0]![2].evaluations - 1
  log(`  of which the Decimal floor: sizing run ${sizing.cpu.toFixed(0)} ms CPU + ${confirmations} confirmation probes × ${oneProbe.cpu.toFixed(0)} ms = ${(sizing.cpu + confirmations * oneProbe.cpu).toFixed(0)} ms CPU (the float search and the fast model are the rest)`)
}

if (process.argv[1]?.endsWith('analysis-large.ts')) benchAnalysisLarge()
