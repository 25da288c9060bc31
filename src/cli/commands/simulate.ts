import { DEFAULT_MC_SETTINGS, drawsCsv, runMonteCarlo } from '@shared/analysis'
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, type Output } from '../io'
import { metricLabel as L } from '@shared/metrics/registry'
import { parseValueArgs } from './analysis-args'
import { MC_FLAGS, MC_VALUE_OPTIONS, parseMcOptions, withReferenceProcess } from './mc-args'
import { loadProject } from '../io'
import { SIMULATE_USAGE } from './usages'
export { SIMULATE_USAGE }


const pct = (x: number | null) => (x === null ? 'n/a' : `${(x * 100).toFixed(2)} %`)
const ratio = (x: number | null) => (x === null ? 'n/a' : `${x.toFixed(3)}x`)

/**
 * `simulate FILE`: Monte Carlo on prices (GBM by default, Ornstein–Uhlenbeck with `--ou κ`), debt held
 * at the base case in each tranche's currency. `--fx` (or any `--fx-…` option) adds FX as a random driver:
 * every non-USD currency of the project on a GBM at `--fx-volatility` (default 10 %/yr), correlated
 * `--fx-price-correlation` with each price and `--fx-correlation` between INR and JPY. Prints
 * P10/P50/P90/mean and covenant-breach probabilities; `--json` for the full statistics, `--csv` for every
 * draw. Exit 0 ok, 1 unreadable/invalid project or refused settings, 2 usage.
 */
export async function simulateCommand(args: string[], out: Output): Promise<number> {
  const p = parseValueArgs(args, MC_VALUE_OPTIONS, ['--json', '--csv', ...MC_FLAGS])
  if (!p.ok) return usage(out, p.message)
  if (p.positionals.length !== 1) return usage(out, p.positionals.length === 0 ? 'missing FILE' : 'expects exactly one FILE')
  if (p.flags.has('--json') && p.flags.has('--csv')) return usage(out, '--json and --csv exclude each other')
  const mc = parseMcOptions(p.values, p.flags, DEFAULT_MC_SETTINGS.draws)
  if (typeof mc === 'string') return usage(out, mc)
  const { fxVol, fxPrice } = mc
  const project = await loadProject(p.positionals[0]!, out)
  if (!project) return EXIT_PROBLEMS
  const settings = withReferenceProcess(project, mc, p.values)
  const r = runMonteCarlo(project, settings)
  if (!r.ok) {
    out.stderr(`simulate: ${r.reason}\n`)
    return EXIT_PROBLEMS
  }
  if (p.flags.has('--csv')) {
    out.stdout(drawsCsv(r))
    return EXIT_OK
  }
  if (p.flags.has('--json')) {
    const { draws: _draws, ...summary } = r
    out.stdout(`${JSON.stringify(summary, null, 2)}\n`)
    return EXIT_OK
  }
  const s = r.stats
  const lines = [
    `${project.name}: ${settings.draws} draws, seed ${settings.seed}, ${settings.process.kind === 'gbm' ? 'GBM' : `OU κ=${settings.process.meanReversionPerYear}`}${mc.referenceProcess ? ' (reference price process)' : ''}, volatility ${
      Object.keys(settings.volatility).length > 0 ? project.products.map((x) => `${x.name} ${pct(settings.volatility[x.id] ?? settings.defaultVolatility)}`).join(', ') : pct(settings.defaultVolatility)
    }${
      r.draws.fx ? `; FX ${r.draws.fx.currencies.join(', ')} volatility ${pct(fxVol)}, FX–price correlation ${fxPrice.toFixed(2)}` : settings.fx ? '; FX: every amount in USD, nothing to draw' : '; FX fixed on the table path'
    }`,
    `${''.padEnd(13)}${['P10', 'P50', 'P90', 'mean'].map((h) => h.padStart(15)).join('')}`,
    `${L('equityIrr').padEnd(13)}${[s.equityIrr.p10, s.equityIrr.p50, s.equityIrr.p90, s.equityIrr.mean].map((x) => pct(x).padStart(15)).join('')}`,
    `${L('projectIrr').padEnd(13)}${[s.projectIrr.p10, s.projectIrr.p50, s.projectIrr.p90, s.projectIrr.mean].map((x) => pct(x).padStart(15)).join('')}`,
    `${`${L('npv', 'shortLabel')} (${r.currency})`.padEnd(13)}${[s.npv.p10, s.npv.p50, s.npv.p90, s.npv.mean].map((x) => (x === null ? 'n/a' : Math.round(x).toLocaleString('en-US')).padStart(15)).join('')}`,
    `${L('minDscr', 'shortLabel').padEnd(13)}${[s.minDscr.p10, s.minDscr.p50, s.minDscr.p90, s.minDscr.mean].map((x) => ratio(x).padStart(15)).join('')}`,
    `P(min DSCR < covenant ${r.covenantDscr.toFixed(2)}x) = ${pct(r.probabilityBelowCovenant)};  P(min DSCR < 1.00x) = ${pct(r.probabilityBelowOne)}`,
    `(${r.elapsedMs} ms)`
  ]
  out.stdout(`${lines.join('\n')}\n`)
  return EXIT_OK
}

function usage(out: Output, message: string): number {
  out.stderr(`simulate: ${message}\nusage: ${SIMULATE_USAGE}\n`)
  return EXIT_USAGE
}
