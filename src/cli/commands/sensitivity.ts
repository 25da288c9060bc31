import { computeBreakevenGrid, computeTornado, validateStep, type PlainMetric } from '@shared/analysis'
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, type Output } from '../io'
import { parseValueArgs } from './analysis-args'
import { loadProject } from '../io'
import { SENSITIVITY_USAGE } from './usages'
export { SENSITIVITY_USAGE }


const show = (m: PlainMetric, kind: 'pct' | 'x' | 'money') => {
  if (!m.ok) return 'n/a'
  const x = Number(m.value)
  return kind === 'pct' ? `${(x * 100).toFixed(2)} %` : kind === 'x' ? `${x.toFixed(3)}x` : Math.round(x).toLocaleString('en-US')
}

/**
 * `sensitivity FILE`: tornado (each driver ±step, debt held at base), breakeven price multipliers
 * (min DSCR = 1.00x, = covenant, NPV = 0) and, when some amount is in INR or JPY, the FX breakeven (the
 * annual depreciation against USD for the same targets). `--json` prints both at full precision. Exit 0/1/2.
 */
export async function sensitivityCommand(args: string[], out: Output): Promise<number> {
  const p = parseValueArgs(args, ['--step'], ['--json'])
  if (!p.ok) return usage(out, p.message)
  if (p.positionals.length !== 1) return usage(out, p.positionals.length === 0 ? 'missing FILE' : 'expects exactly one FILE')
  const step = p.values.get('--step') ?? '0.1'
  const bad = validateStep(step)
  if (bad) return usage(out, bad)
  const project = await loadProject(p.positionals[0]!, out)
  if (!project) return EXIT_PROBLEMS
  const tornado = computeTornado(project, { step })
  const breakeven = computeBreakevenGrid(project)
  if (p.flags.has('--json')) {
    out.stdout(`${JSON.stringify({ project: project.name, currency: project.reportingCurrency, tornado, breakeven }, null, 2)}\n`)
    return EXIT_OK
  }
  const lines = [`${project.name}: tornado ±${Number(step) * 100} % (debt held at base), sorted by equity IRR swing`, 'Driver                          Equity IRR low/high        NPV low/high                    Min DSCR low/high']
  for (const r of tornado.rows)
    lines.push(
      `${r.label.padEnd(30)}  ${`${show(r.low.equityIrr, 'pct')} / ${show(r.high.equityIrr, 'pct')}`.padEnd(25)}  ${`${show(r.low.npv, 'money')} / ${show(r.high.npv, 'money')}`.padEnd(30)}  ${show(r.low.minDscr, 'x')} / ${show(r.high.minDscr, 'x')}`
    )
  lines.push('', `Breakeven price multipliers (covenant ${Number(breakeven.covenantDscr).toFixed(2)}x)`)
  for (const r of breakeven.rows) {
    const cell = (m: PlainMetric) => (m.ok ? `${Number(m.value).toFixed(4)}×` : `not reachable: ${m.reason}`)
    lines.push(`${r.name}: min DSCR 1.00x at ${cell(r.cells.minDscr1.multiplier)}; covenant at ${cell(r.cells.covenant.multiplier)}; NPV 0 at ${cell(r.cells.npv0.multiplier)}`)
  }
  const fx = breakeven.fx
  if (fx) {
    const cell = (m: PlainMetric) => (m.ok ? `${(Number(m.value) * 100).toFixed(2)} %/yr` : `not reachable: ${m.reason}`)
    lines.push('', `FX breakeven: ${fx.currencies.join(' and ')} depreciation against USD a year from ${fx.fromYear} (debt held at base)`)
    lines.push(`min DSCR 1.00x at ${cell(fx.cells.minDscr1)}; covenant at ${cell(fx.cells.covenant)}; NPV 0 at ${cell(fx.cells.npv0)}`)
  }
  out.stdout(`${lines.join('\n')}\n`)
  return EXIT_OK
}

function usage(out: Output, message: string): number {
  out.stderr(`sensitivity: ${message}\nusage: ${SENSITIVITY_USAGE}\n`)
  return EXIT_USAGE
}
