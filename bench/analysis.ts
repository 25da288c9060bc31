import { readFileSync, readdirSync, existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { computeBreakevenGrid, computeTornado, referenceMcSettings, runMonteCarlo, sizeToBreach, DEFAULT_BREACH_SIZING, DEFAULT_MC_SETTINGS } from '../src/shared/analysis'
import { readProjectFile } from '../src/shared/model/project-file'
import type { Project } from '../src/shared/model'

const ROOT = resolve(__dirname, '..')

/** The shipped samples (resources/samples/*.json), or the analysis test projects when there are none yet. */
function benchProjects(): { name: string; project: Project }[] {
  const dir = join(ROOT, 'resources/samples')
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => join(dir, f)) : []
  const list = files.length > 0 ? files : [join(ROOT, 'tests/shared/analysis/rich-project.json'), join(ROOT, 'tests/fixtures/minimal-project.json')]
  return list.flatMap((f) => {
    const r = readProjectFile(readFileSync(f, 'utf8'))
    return r.ok ? [{ name: f.slice(ROOT.length + 1), project: r.value }] : []
  })
}

export type AnalysisBenchRow = { sample: string; periods: number; tornadoMs: number; tornadoRuns: number; breakevenMs: number; mcDraws: number; mcMs: number; sizingMs: number; sizingEvaluations: number }

/**
 * Analysis timings on one core: tornado (target ≤ 2 s), breakeven grid, 10,000 Monte Carlo draws
 * (target ≤ 5 s, set-up included) and senior debt sized to P(min DSCR < 1.00x) ≤ 10 % on 10,000 draws
 * (issue 19, target ≤ 5 s: 21 curve points, the deterministic sizing and the bisection) per sample. Prints a table; returns the rows and whether targets hold.
 */
export function benchAnalysis(log: (s: string) => void = console.log): { rows: AnalysisBenchRow[]; ok: boolean } {
  const rows: AnalysisBenchRow[] = []
  for (const { name, project } of benchProjects()) {
    let t = performance.now()
    const tornado = computeTornado(project, { step: '0.1' })
    const tornadoMs = performance.now() - t
    t = performance.now()
    computeBreakevenGrid(project)
    const breakevenMs = performance.now() - t
    t = performance.now()
    // The default a user gets: the reference price process (OU, a sourced volatility per metal).
    const settings = referenceMcSettings(project, { ...DEFAULT_MC_SETTINGS, draws: 10000, seed: 1, volumeSd: 0.05, recoverySd: 0.02 })
    const mc = runMonteCarlo(project, settings)
    const mcMs = performance.now() - t
    if (!mc.ok) throw new Error(`${name}: ${mc.reason}`)
    t = performance.now()
    const sized = sizeToBreach(project, { ...DEFAULT_BREACH_SIZING, mc: settings, target: { maxBreachProbability: 0.1, p90Covenant: null } })
    const sizingMs = performance.now() - t
    if (!sized.ok) throw new Error(`${name}: ${sized.reason}`)
    const periods = mc.draws.npv.length > 0 ? project.timeline.constructionMonths / project.timeline.periodMonths + (project.timeline.operatingYears * 12) / project.timeline.periodMonths : 0
    rows.push({ sample: name, periods, tornadoMs, tornadoRuns: tornado.evaluations, breakevenMs, mcDraws: 10000, mcMs, sizingMs, sizingEvaluations: sized.evaluations })
  }
  log('analysis bench (one core)')
  log('sample                                         periods  tornado ms (runs)  breakeven ms  MC 10,000 draws ms  breach sizing 10,000 draws ms (amounts)')
  for (const r of rows)
    log(`${r.sample.padEnd(45)}  ${String(r.periods).padStart(7)}  ${`${r.tornadoMs.toFixed(0)} (${r.tornadoRuns})`.padStart(17)}  ${r.breakevenMs.toFixed(0).padStart(12)}  ${r.mcMs.toFixed(0).padStart(18)}  ${`${r.sizingMs.toFixed(0)} (${r.sizingEvaluations})`.padStart(40)}`)
  const ok = rows.every((r) => r.tornadoMs <= 2000 && r.mcMs <= 5000 && r.sizingMs <= 5000)
  log(ok ? 'targets met: tornado ≤ 2 s, 10,000 MC draws ≤ 5 s, breach sizing on 10,000 draws ≤ 5 s' : 'TARGET MISSED: tornado ≤ 2 s, 10,000 MC draws ≤ 5 s, breach sizing on 10,000 draws ≤ 5 s')
  return { rows, ok }
}

if (typeof require !== 'undefined' && require.main === module) benchAnalysis()
