/**
 * Builds the lender-styled Excel model of a project as a plain WorkbookDesc (no exceljs here):
 * live formulas by default, or a values-only variant for reviewers. Every number written must be
 * finite (inputs and solved values; else "Cannot export: …"). The values-only variant evaluates every
 * formula, and `verify` does the same for the live model: anything undefined (#DIV/0!, #NUM!, …)
 * then blocks the export with the cell named. (Evaluating a 30-year monthly model takes seconds, so
 * the live export relies on the tests, which verify every formula against LibreOffice and the engine.)
 */
import type { ModelResult } from '../engine/types'
import { singleDebtTerms, type Project } from '../model'
import { contractOrder } from '../rules/contract-priority'
import { cellRef } from './a1'
import { WorkbookEvaluator, isError } from './formula-eval'
import { Book, type Lane, type SheetBuilder } from './grid'
import { appendAnalysisSheets, type WorkbookAnalysis } from './model/analysis-sheets'
import { writeAnnual, writeAnnualHelpers } from './model/annual'
import { writeCashFlow } from './model/cashflow'
import { writeChecks } from './model/checks'
import type { ModelCtx } from './model/context'
import { writeCosts } from './model/costs'
import { writeCovenants, writeLenderInputs } from './model/covenants'
import { eprCurrencies } from './model/epr'
import { type CoverInfo, writeCover } from './model/cover'
import { writeDebt } from './model/debt'
import { writeInputs } from './model/inputs'
import { writeMetrics } from './model/metrics'
import { writeOperations } from './model/operations'
import { writeRevenue } from './model/revenue'
import { writeStatements } from './model/statements'
import { needsSizingSheet, writeSizing } from './model/sizing'
import { writeTax } from './model/tax'
import { writeTrancheDebt } from './model/tranche-debt'
import { writeTrancheSizing } from './model/tranche-sizing'
import { writeFxRows, writeTimeline } from './model/timeline'
import { BASE_LANE, baseLaneNames, decksLaidOut, workbookScenarios, writeScenarioTable } from './model/scenarios'
import type { Cell, WorkbookDesc } from './types'

/** `analysis`: last computed analysis results, appended as values-only sheets (model/analysis-sheets.ts). */
export type BuildOptions = Omit<CoverInfo, 'valuesOnly'> & { valuesOnly?: boolean; verify?: boolean; analysis?: WorkbookAnalysis }
export type RowMap = Record<string, { sheet: string; row: number }>
export type BuildResult = { ok: true; workbook: WorkbookDesc; rows: RowMap } | { ok: false; code: 'undefined-value' | 'invalid-project'; message: string }

export function buildModelWorkbook(project: Project, result: ModelResult, options: BuildOptions): BuildResult {
  const raw = describeModel(project, result, options)
  if (!raw.ok) return raw
  const built = options.valuesOnly !== true && options.verify !== true ? raw : evaluateAll(raw.workbook, options.valuesOnly === true)
  if (!built.ok) return built
  // Analysis sheets hold values only and come after evaluation: nothing in the model refers to them.
  const workbook = options.analysis ? appendAnalysisSheets(built.workbook, project, result, options.analysis, options, raw.rows) : built.workbook
  return { ok: true, workbook, rows: raw.rows }
}

/** The live-formula description, before evaluation (tests use it to inspect formulas). */
export function describeModel(project: Project, result: ModelResult, options: BuildOptions): BuildResult {
  const valuesOnly = options.valuesOnly === true
  // One reporting-currency tranche at a fixed rate without commitment fee or ECA premium (the engine's
  // single-debt lane) keeps the one-debt layout (model/debt.ts, model/sizing.ts); any other structure is
  // laid out a block per tranche (model/tranche-*.ts), as the engine's tranche planner computes it.
  // A cash sweep re-walks the debt a tranche at a time (engine/sweep.ts), so even one reporting-currency
  // debt is laid out as a tranche block with the swept walk (model/tranche-debt.ts).
  const single = singleDebtTerms(project)
  const swept = project.financing.waterfall?.sweep !== undefined
  const order = contractOrder(project.offtake)
  const currencies = [...new Set(['USD', project.reportingCurrency, ...decksLaidOut(project).map((d) => d.currency), ...project.offtake.map((c) => c.currency),
    ...project.financing.tranches.map((t) => t.currency), ...eprCurrencies(project)])] as ModelCtx['currencies']
  const book = new Book(`${project.name}: bankability model`, result.periods.length)
  const ctx: ModelCtx = { project, book, result, contractOrder: order, currencies, scenarios: workbookScenarios(project), debt: single.ok && !swept ? single.terms : null }
  const sheets = {
    cover: book.addSheet('Cover', false),
    inputs: book.addSheet('Inputs', false),
    scenarios: book.addSheet('Scenarios', false),
    timeline: book.addSheet('Timeline', true),
    operations: book.addSheet('Operations', true),
    revenue: book.addSheet('Revenue', true),
    costs: book.addSheet('Costs', true),
    tax: book.addSheet('Tax', true),
    debt: book.addSheet('Debt', true),
    sizing: needsSizingSheet(ctx) ? book.addSheet('Sizing', true) : null,
    cash: book.addSheet('Cash flow', true),
    // The statements of §12 (model/statements.ts), read by Checks.
    income: book.addSheet('Income', true),
    balance: book.addSheet('Balance sheet', true),
    cashFlowStatement: book.addSheet('Cash flow statement', true),
    metrics: book.addSheet('Metrics', true),
    annual: book.addSheet('Annual', false),
    covenants: book.addSheet('Covenants', false),
    checks: book.addSheet('Checks', false)
  }
  sheets.inputs.freeze = { rows: 2, cols: 0 }
  sheets.inputs.tabColor = 'FFFFC000'
  sheets.scenarios.tabColor = 'FFFFC000'
  sheets.scenarios.freeze = { rows: 0, cols: 2 }
  sheets.checks.tabColor = 'FF70AD47'
  sheets.covenants.tabColor = 'FF70AD47'
  sheets.covenants.landscape = false
  sheets.cover.landscape = false
  // Landscape: Inputs then prints one page wide at a readable scale (labels, units, values and the short lists).
  sheets.inputs.landscape = true
  try {
    writeTimeline(ctx, sheets.timeline)
    writeInputs(ctx, sheets.inputs)
    writeLenderInputs(ctx, sheets.inputs)
    writeScenarioTable(ctx, sheets.scenarios)
    writeOperations(ctx, sheets.operations)
    writeRevenue(ctx, sheets.revenue)
    writeCosts(ctx, sheets.costs)
    writeTax(ctx, sheets.tax)
    writeDebtSheet(ctx, sheets.debt)
    if (sheets.sizing) writeSizingSheet(ctx, sheets.sizing)
    writeCashFlow(ctx, sheets.cash)
    writeStatements(ctx, { income: sheets.income, balance: sheets.balance, cashFlow: sheets.cashFlowStatement })
    writeMetrics(ctx, sheets.metrics)
    writeCovenants(ctx, sheets.covenants)
    writeChecks(ctx, sheets.checks)
    writeAnnualHelpers(sheets.metrics)
    writeAnnual(ctx, sheets.annual)
    writeBaseLane(ctx)
    writeCover(ctx, sheets.cover, { ...options, valuesOnly })
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e)
    return { ok: false, code: message.startsWith('Cannot export') ? 'undefined-value' : 'invalid-project', message }
  }
  return { ok: true, workbook: book.toDesc(), rows: book.rowMap() }
}

/**
 * The base case beside the case in view: the sheets from operations to CFADS and the debt again, with
 * every scenario input neutral, so a scenario that holds the debt takes the base case's drawdowns and
 * repayments live (model/scenarios.ts). Shared sheets (Timeline, Inputs) are read, never copied.
 */
function writeBaseLane(ctx: ModelCtx) {
  const { book } = ctx
  const lane: Lane = { prefix: BASE_LANE.prefix, namePrefix: BASE_LANE.namePrefix, names: baseLaneNames(ctx.project), shared: new Set(['Timeline', 'Inputs', 'Scenarios']) }
  book.inLane(lane, () => {
    const add = (name: string) => {
      const sh = book.addSheet(`${BASE_LANE.sheetPrefix}${name}`, true)
      sh.tabColor = 'FFA6A6A6'
      return sh
    }
    const operations = add('Operations')
    writeOperations(ctx, operations)
    writeFxRows(ctx, operations)
    writeRevenue(ctx, add('Revenue'))
    writeCosts(ctx, add('Costs'))
    writeTax(ctx, add('Tax'))
    writeDebtSheet(ctx, add('Debt'))
    if (needsSizingSheet(ctx)) writeSizingSheet(ctx, add('Sizing'))
    writeCashFlow(ctx, add('Cash flow'))
    for (const s of book.sheets.filter((x) => x.lane === lane)) s.set(1, 1, { t: 's', v: `Base case: ${s.name.slice(BASE_LANE.sheetPrefix.length)}`, style: 'title' })
  })
}

const writeDebtSheet = (ctx: ModelCtx, sh: SheetBuilder) => (ctx.debt ? writeDebt(ctx, sh) : writeTrancheDebt(ctx, sh))
const writeSizingSheet = (ctx: ModelCtx, sh: SheetBuilder) => (ctx.debt ? writeSizing(ctx, sh) : writeTrancheSizing(ctx, sh))

/** Evaluates every formula; blocks on any error value; replaces formulas by values when asked. */
function evaluateAll(wb: WorkbookDesc, valuesOnly: boolean): { ok: true; workbook: WorkbookDesc } | Extract<BuildResult, { ok: false }> {
  const ev = new WorkbookEvaluator(wb)
  const sheets = wb.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => r.slice()) }))
  for (let si = 0; si < wb.sheets.length; si++) {
    const s = wb.sheets[si]!
    // Column-major order keeps the recursion shallow: earlier periods are evaluated first.
    const width = Math.max(0, ...s.rows.map((r) => r.length))
    for (let c = 1; c <= width; c++) {
      for (let r = 1; r <= s.rows.length; r++) {
        const cell = s.rows[r - 1]![c - 1]
        if (!cell || cell.t !== 'f') continue
        const v = ev.at({ sheet: si, row: r, col: c })
        if (isError(v) || (typeof v === 'number' && !Number.isFinite(v))) {
          const label = s.rows[r - 1]![0]
          const what = label && label.t === 's' ? label.v : cellRef(r, c)
          return { ok: false, code: 'undefined-value', message: `Cannot export: ${what} (${s.name}!${cellRef(r, c)}) is undefined (${isError(v) ? v.error : String(v)})` }
        }
        if (valuesOnly) {
          const out: Cell = typeof v === 'number' ? { t: 'n', v, style: cell.style } : typeof v === 'boolean' ? { t: 'b', v, style: cell.style } : { t: 's', v: v ?? '', style: cell.style }
          sheets[si]!.rows[r - 1]![c - 1] = out
        }
      }
    }
  }
  return { ok: true, workbook: valuesOnly ? { ...wb, sheets } : wb }
}
