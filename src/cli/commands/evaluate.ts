import { sum, type Decimal } from '@shared/decimal'
import { computeAllPricesBreakeven, runModel, type Metric, type ModelResult } from '@shared/engine'
import { metricLabel as L, type MetricKey } from '@shared/metrics/registry'
import type { Project } from '@shared/model'
import { amount, percent, table } from '../text'
import { evaluateTaxJson, evaluateTaxText, type EvaluateTaxJson } from './evaluate-tax'
import { evaluateStatementsJson, type EvaluateStatementsJson } from './evaluate-statements'
import { buildStatements } from '@shared/engine/statements'
import { stat } from 'node:fs/promises'
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, loadProject, type Output } from '../io'
import { numberOption, parseValueArgs } from './analysis-args'
import { evaluateBatch, MAX_JOBS } from './evaluate-batch'
import { EVALUATE_USAGE } from './usages'
export { EVALUATE_USAGE }


/** The metric keys `evaluate --json` prints, in order (the CLI contract: exactly these); names, units and formats are in src/shared/metrics/registry.ts, except the breakeven's. */
export const EVALUATE_METRIC_KEYS = [
  'projectIrr', 'equityIrr', 'npv', 'minDscr', 'avgDscr', 'minDscrAllOperating', 'lowestOperatingCfads', 'llcr', 'plcr', 'paybackYears', 'debtAtCod', 'gearing', 'totalCapex', 'totalIdc',
  'totalFees', 'totalEquity', 'totalRevenue', 'totalEbitda', 'totalTax', 'offtakeCoverage', 'breakevenAllPricesDscr1', 'capacityUtilisation',
  'peakSponsorSupport', 'totalSponsorSupport', 'periodsInLockup', 'totalSwept', 'defaultPeriods',
  'supplyCoverage'
] as const satisfies readonly (MetricKey | 'breakevenAllPricesDscr1')[]
export type EvaluateMetricKey = (typeof EVALUATE_METRIC_KEYS)[number]

export type EvaluateJson = {
  metrics: Record<EvaluateMetricKey, number | null>
  /** Why a metric is null, per key. */
  notes: Partial<Record<EvaluateMetricKey, string>>
  periods: {
    index: number; start: string; revenue: number; ebitda: number; tax: number; cfads: number; interest: number; principal: number
    debtService: number; dscr: number | null; balance: number
    /** Each tranche in this period (reporting currency unless named InCurrency): closing balance, cash interest, principal, fees. */
    tranches: { id: string; balance: number; balanceInCurrency: number; interest: number; principal: number; fees: number }[]
    /** Tonnes of input processed, and offered above plant capacity and not processed (issue #16; 0 without a capacity). */
    processedTonnes: number; unprocessedTonnes: number
    /**
     * The cash waterfall (§11, issue #15): distributions (never negative), sponsor support, the closing
     * balances of the working-capital facility, DSRA (cash), MRA and lock-up account, cash swept, and
     * every cash account at period end (DSRA + MRA + lock-up; distributions empty the operating account).
     */
    distributions: number; sponsorSupport: number; wcFacilityBalance: number; dsraBalance: number; mraBalance: number; lockupBalance: number
    sweep: number; cashBalance: number
    /** The balance sheet (§12): total assets, and assets − liabilities − equity (|balanceCheck| ≤ 1e-9 · totalAssets in a valid project; printed to 1e-12 of a unit). */
    totalAssets: number; balanceCheck: number
    /** By-product sales, disposal of residues and EPR certificate sales (issue #16; 0 without them); in revenue and opex. */
    byproductRevenue: number; disposalCost: number; eprRevenue: number
  }[]
  /**
   * The senior tranches (issue #14), in project order: debt at COD in the reporting currency (they add up
   * to metrics.debtAtCod) and in the tranche's currency; final maturity is the last day of the tranche's
   * maturity period.
   */
  tranches: {
    id: string; name: string; lenderType: string; currency: string; hedged: boolean; debtAtCod: number; debtAtCodInCurrency: number; finalMaturity: string
  }[]
  annual: {
    year: number; revenue: number; ebitda: number; tax: number; cfads: number; interest: number; principal: number; debtService: number
    minDscr: number | null; debtBalance: number; distributions: number
    processedTonnes: number; unprocessedTonnes: number
    /** Inside revenue (by-products, EPR certificates) and opex (disposal of residues); 0 without them (§13). */
    byproductRevenue: number; eprRevenue: number; disposalCost: number
    /** Standby equity funding the year's shortfalls, and the waterfall's balances at year end (§11). */
    sponsorSupport: number; wcFacilityBalance: number; mraBalance: number; lockupBalance: number
  }[]
  /** The tax position (methodology §6, §14): blocks, loss expiry, holiday and the tax lines per period. */
  tax: EvaluateTaxJson
  /** Income statement, balance sheet and cash-flow statement per period and per year (§12, issue #15). */
  statements: EvaluateStatementsJson
}

const num = (d: Decimal): number => d.toNumber()
const orNull = (m: Metric): number | null => (m.ok ? m.value.toNumber() : null)
/**
 * The balance check as printed: to 1e-12 of a currency unit. The engine's Decimal (40 significant digits)
 * leaves dust near 1e-34 of the largest line, which is not an imbalance — but in a period whose assets are
 * all gone (a fully depreciated plant, working capital released) it would read as one relative to assets
 * of 1e-34. Anything at a trillionth of a cent or above is printed as it is; the unrounded largest check
 * is `statements.maxAbsBalanceCheck`.
 */
const checkNumber = (d: Decimal): number => d.toDecimalPlaces(12).toNumber() + 0

/** The JSON document of `evaluate --json`: JSON numbers (rates as fractions, amounts in the reporting currency). */
export function evaluateJson(result: ModelResult, breakevenDscr1: Metric, project: Project): EvaluateJson {
  const m = result.metrics
  const metrics: Record<EvaluateMetricKey, Metric | Decimal> = {
    projectIrr: m.projectIrr, equityIrr: m.equityIrr, npv: m.npv, minDscr: m.minDscr, avgDscr: m.avgDscr,
    minDscrAllOperating: m.minDscrAllOperating, lowestOperatingCfads: m.lowestOperatingCfads, llcr: m.llcr, plcr: m.plcr,
    paybackYears: m.paybackYears, debtAtCod: m.debtAtCod, gearing: m.gearing, totalCapex: m.totalCapex, totalIdc: m.totalIdc, totalFees: m.totalFees,
    totalEquity: m.totalEquity, totalRevenue: m.totalRevenue, totalEbitda: m.totalEbitda, totalTax: m.totalTax, offtakeCoverage: m.offtakeCoverage,
    breakevenAllPricesDscr1: breakevenDscr1, capacityUtilisation: m.capacityUtilisation,
    peakSponsorSupport: m.peakSponsorSupport, totalSponsorSupport: m.totalSponsorSupport, periodsInLockup: m.periodsInLockup, totalSwept: m.totalSwept, defaultPeriods: m.defaultPeriods,
    supplyCoverage: m.supplyCoverage
  }
  const out = {} as Record<EvaluateMetricKey, number | null>
  const notes: Partial<Record<EvaluateMetricKey, string>> = {}
  for (const key of EVALUATE_METRIC_KEYS) {
    const v = metrics[key]
    if ('ok' in v) {
      out[key] = orNull(v)
      if (!v.ok) notes[key] = v.reason
    } else out[key] = num(v)
  }
  const f = result.financing
  const st = buildStatements(result)
  return {
    metrics: out,
    notes,
    periods: result.periods.map((p, i) => ({
      index: p.index, start: p.start, revenue: num(result.operations.revenue[i]!), ebitda: num(result.operations.ebitda[i]!), tax: num(result.tax.tax[i]!),
      cfads: num(f.cfads[i]!), interest: num(f.interest[i]!), principal: num(f.principal[i]!), debtService: num(f.debtService[i]!),
      dscr: orNull(f.dscr[i]!), balance: num(f.closingBalance[i]!),
      tranches: f.tranches.map((t) => ({
        id: t.id, balance: num(t.balance[i]!), balanceInCurrency: num(t.balanceInCurrency[i]!), interest: num(t.interest[i]!), principal: num(t.principal[i]!), fees: num(t.fees[i]!)
      })),
      processedTonnes: num(result.operations.processedTonnes[i]!), unprocessedTonnes: num(result.operations.unprocessedTonnes[i]!),
      distributions: num(f.distributions[i]!), sponsorSupport: num(f.sponsorSupport[i]!), wcFacilityBalance: num(f.waterfall.wcFacilityBalance[i]!),
      dsraBalance: num(f.dsraBalance[i]!), mraBalance: num(f.waterfall.mraBalance[i]!), lockupBalance: num(f.waterfall.lockupBalance[i]!),
      sweep: num(f.waterfall.sweep[i]!), cashBalance: num(f.waterfall.cashBalance[i]!),
      totalAssets: num(st.perPeriod.balance.totalAssets[i]!), balanceCheck: checkNumber(st.perPeriod.balance.balanceCheck[i]!),
      byproductRevenue: num(result.operations.byproductRevenue[i]!), disposalCost: num(result.operations.disposalCost[i]!), eprRevenue: num(result.operations.eprRevenue[i]!)
    })),
    tranches: f.tranches.map((t) => ({
      id: t.id, name: t.name, lenderType: t.lenderType, currency: t.currency, hedged: t.hedged, debtAtCod: num(t.debtAtCod), debtAtCodInCurrency: num(t.debtAtCodInCurrency),
      finalMaturity: result.periods[t.maturityPeriod - 1]?.end ?? ''
    })),
    annual: result.annual.map((a) => ({
      year: a.year, revenue: num(a.revenue), ebitda: num(a.ebitda), tax: num(a.tax), cfads: num(a.cfads), interest: num(a.interest), principal: num(a.principal),
      debtService: num(a.debtService), minDscr: orNull(a.minDscr), debtBalance: num(a.debtBalance), distributions: num(a.distributions),
      processedTonnes: num(a.processedTonnes), unprocessedTonnes: num(a.unprocessedTonnes),
      byproductRevenue: num(a.byproductRevenue), eprRevenue: num(a.eprRevenue), disposalCost: num(a.disposalCost),
      sponsorSupport: num(a.sponsorSupport), wcFacilityBalance: num(a.wcFacilityBalance), mraBalance: num(a.mraBalance), lockupBalance: num(a.lockupBalance)
    })),
    tax: evaluateTaxJson(result, project),
    statements: evaluateStatementsJson(result, st)
  }
}

const ratio = (m: Metric) => (m.ok ? `${m.value.toFixed(3)}x` : `n/a (${m.reason})`)
const pct = (m: Metric) => (m.ok ? percent(m.value, 2) : `n/a (${m.reason})`)

/** The readable summary: key metrics, then the annual table. */
export function evaluateText(project: Project, r: ModelResult, breakevenDscr1: Metric): string {
  const name = project.name
  const m = r.metrics
  const c = r.currency
  const money = (d: Decimal) => `${amount(d, c, c === 'JPY' ? 0 : 2)} ${c}`
  const lines = [
    `${name} — ${r.periods.length} periods of ${r.periodMonths} months, COD ${r.codDate}`,
    '',
    table([
      ['Metric', 'Value'],
      [L('projectIrr'), pct(m.projectIrr)], [L('equityIrr'), pct(m.equityIrr)], [`${L('npv', 'shortLabel')} @ ${percent(m.discountRate, 2)}`, money(m.npv)],
      [L('minDscr'), ratio(m.minDscr)], [L('avgDscr'), ratio(m.avgDscr)],
      [L('minDscrAllOperating', 'cliLabel'), m.minDscrAllOperating.ok ? `${ratio(m.minDscrAllOperating)} (period ${m.minDscrAllOperatingPeriod})` : ratio(m.minDscrAllOperating)],
      [L('lowestOperatingCfads', 'cliLabel'), `${money(m.lowestOperatingCfads)} (period ${m.lowestOperatingCfadsPeriod})`],
      [L('llcr'), ratio(m.llcr)], [L('plcr'), ratio(m.plcr)],
      [L('paybackYears', 'longLabel'), m.paybackYears.ok ? `${m.paybackYears.value.toFixed(2)} years` : `n/a (${m.paybackYears.reason})`],
      [L('debtAtCod'), money(m.debtAtCod)], [L('gearing'), percent(m.gearing, 2)], [L('totalCapex'), money(m.totalCapex)],
      [L('totalIdc'), money(m.totalIdc)], [L('totalFees'), money(m.totalFees)], [L('totalEquity'), money(m.totalEquity)], [L('totalRevenue', 'cliLabel'), money(m.totalRevenue)],
      [L('totalEbitda'), money(m.totalEbitda)], [L('totalTax'), money(m.totalTax)], [L('offtakeCoverage', 'cliLabel'), pct(m.offtakeCoverage)],
      [L('bankableOfftakeCoverage', 'cliLabel'), pct(m.bankableOfftakeCoverage)],
      // The waterfall (§11): what funded shortfalls, what the lock-up held, the periods a lender calls a default.
      [L('totalSponsorSupport', 'cliLabel'), m.totalSponsorSupport.gt(0) ? `${money(m.totalSponsorSupport)} (largest ${money(m.peakSponsorSupport)} in period ${m.peakSponsorSupportPeriod})` : money(m.totalSponsorSupport)],
      ...(m.periodsInLockup.ok ? [[L('periodsInLockup', 'cliLabel'), m.periodsInLockup.value.toFixed(0)]] : []),
      ...(m.totalSwept.ok ? [[L('totalSwept', 'cliLabel'), money(m.totalSwept.value)]] : []),
      [L('defaultPeriods', 'cliLabel'), m.defaultPeriods.ok ? m.defaultPeriods.value.toFixed(0) : `n/a (${m.defaultPeriods.reason})`],
      ['Breakeven price multiplier (min DSCR 1.00x)', breakevenDscr1.ok ? `${breakevenDscr1.value.toFixed(4)}×` : `n/a (${breakevenDscr1.reason})`],
      // Plant capacity (issue #16): only for a project that sets one, so other summaries read as before.
      ...(r.plant.capacities.length > 0
        ? [[L('capacityUtilisation', 'cliLabel'), pct(m.capacityUtilisation)], ['Feed not processed (over capacity, life)', `${amount(sum(r.annual.map((y) => y.unprocessedTonnes)), c, 0)} t`]]
        : []),
      // Supply contracts (issue #16): only for a project that has them.
      ...(r.supply.contracts.length > 0 ? [[L('supplyCoverage', 'cliLabel'), pct(m.supplyCoverage)]] : []),
      // By-products, residues and EPR certificates (issue #16): only for a project that has them.
      ...(r.byproducts.length > 0
        ? [['By-product revenue (life)', money(sum(r.operations.byproductRevenue))], ['Disposal of residues (life)', money(sum(r.operations.disposalCost))]]
        : []),
      ...(r.epr ? [['EPR certificate revenue (life)', money(sum(r.operations.eprRevenue))]] : [])
    ]),
    table([
      ['Year', 'Revenue', 'EBITDA', 'Tax', 'CFADS', 'Debt service', L('minDscr', 'shortLabel'), 'Debt balance'],
      ...r.annual.map((a) => [String(a.year), amount(a.revenue, c, 0), amount(a.ebitda, c, 0), amount(a.tax, c, 0), amount(a.cfads, c, 0),
        amount(a.debtService, c, 0), a.minDscr.ok ? a.minDscr.value.toFixed(3) : '–', amount(a.debtBalance, c, 0)])
    ]),
    evaluateTaxText(r, project),
    statementsLine(r)
  ]
  if (r.issues.length > 0) lines.push(...r.issues.map((i) => `note: ${i.path}: ${i.message}`), '')
  return lines.join('\n')
}

/** One line on the statements (§12): whether the balance sheet balances, and the largest difference. */
function statementsLine(r: ModelResult): string {
  const st = buildStatements(r)
  const ok = st.maxRelativeBalanceCheck.lte('1e-9')
  return `Statements: the balance sheet ${ok ? 'balances' : 'DOES NOT BALANCE'} in every period (largest |assets − liabilities − equity| ${st.maxAbsBalanceCheck.toExponential(1)} ${r.currency}; --json has the three statements)\n`
}

/**
 * `evaluate FILE [--json]`: run the model (and the all-prices breakeven for min DSCR = 1.00x).
 * Exit 0 on success, 1 when the file cannot be read or is invalid (one `path: message` line per
 * problem), 2 on a usage error. More than one FILE, a DIR, `--csv` or `--jobs N` screen a batch
 * instead: one CSV summary row per file (evaluate-batch.ts).
 */
export async function evaluateCommand(args: string[], out: Output): Promise<number> {
  const parsed = parseValueArgs(args, ['--jobs'], ['--json', '--csv'])
  if (!parsed.ok) return usage(out, parsed.message)
  if (parsed.positionals.length === 0) return usage(out, 'missing FILE')
  const jobs = numberOption(parsed.values, '--jobs', 0, (x) => Number.isInteger(x) && x >= 1 && x <= MAX_JOBS, `must be a whole number from 1 to ${MAX_JOBS}`)
  if (typeof jobs === 'string') return usage(out, jobs)
  const [first] = parsed.positionals
  const batch = parsed.flags.has('--csv') || parsed.values.has('--jobs') || parsed.positionals.length > 1 || (await isDirectory(first!))
  if (batch) {
    if (parsed.flags.has('--json')) return usage(out, '--json prints one FILE; a batch prints --csv')
    return evaluateBatch(parsed.positionals, { jobs: parsed.values.has('--jobs') ? jobs : null }, out)
  }
  const file = first!
  const project = await loadProject(file, out)
  if (!project) return EXIT_PROBLEMS
  const result = runModel(project)
  // Only the all-prices cell is printed: the product rows would cost most of the breakeven evaluations.
  const breakeven = computeAllPricesBreakeven(project, 'minDscr1', { baseDebt: result.debt, baseRun: result }).metric
  if (parsed.flags.has('--json')) out.stdout(`${JSON.stringify(evaluateJson(result, breakeven, project))}\n`)
  else out.stdout(evaluateText(project, result, breakeven))
  return EXIT_OK
}

const isDirectory = (path: string): Promise<boolean> => stat(path).then((s) => s.isDirectory(), () => false)

function usage(out: Output, message: string): number {
  out.stderr(`evaluate: ${message}\nusage: ${EVALUATE_USAGE}\n`)
  return EXIT_USAGE
}
