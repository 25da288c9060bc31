/**
 * The statements that balance (methodology §12) as three live sheets — Income, Balance sheet, Cash flow
 * statement — each line a formula on the model's own rows (read by row key), the rule of
 * src/shared/engine/statements.ts in its Excel form. Nothing is solved for: the balance sheet's check row
 * (assets − liabilities − equity) is what Checks!chk.statements tests.
 *
 * The waterfall lines the engine has beyond the DSRA (LC, working-capital facility, sponsor support, MRA,
 * lock-up) join here as the Cash flow sheet lays them out (`optional` below reads a row only where the
 * book has it), so the sheets balance against the Cash flow sheet the workbook actually carries.
 */
import { fxRevaluationLossExcel } from '@shared/rules/fx-revaluation'
import type { PeriodCtx, SheetBuilder } from '../grid'
import type { ModelCtx } from './context'
import { TK } from './tranche-debt'
import { wfKey } from './cash-waterfall'

export type StatementSheets = { income: SheetBuilder; balance: SheetBuilder; cashFlow: SheetBuilder }

/**
 * Waterfall rows (§11) by the keys the Cash flow sheet gives them (model/cash-waterfall.ts wfKey): the
 * facility's and the LC's repayment from cash and their last-period clearing are separate rows there.
 * `wf.sweep` is read when the sheet has it (a cash sweep in the terms): a financing line of its own.
 */
const WATERFALL = {
  lcFee: wfKey('lcFee'), lcInterest: wfKey('lcInterest'), wcInterest: wfKey('wcInterest'), wcDraw: wfKey('wcDraw'), wcRepay: wfKey('wcRepay'), clearWc: wfKey('clearWc'),
  wcBal: wfKey('wcBal'), lcDraw: wfKey('lcDraw'), lcRepay: wfKey('lcRepay'), clearLc: wfKey('clearLc'), lcBal: wfKey('lcBal'), sponsor: wfKey('sponsorSupport'),
  mraBal: wfKey('mraBal'), lockupBal: wfKey('lockupBal'), sweep: 'wf.sweep'
} as const

export function writeStatements(ctx: ModelCtx, s: StatementSheets) {
  const rep = ctx.project.reportingCurrency
  const book = s.income.book
  const has = (key: string) => book.hasRow(key)
  const tranches = ctx.debt ? [] : ctx.project.financing.tranches.map((t, k) => ({ t, k, foreign: t.currency !== rep }))
  // Σ of the rows the book has (0 when none): the waterfall's optional lines.
  const sumOf = (c: PeriodCtx, keys: readonly string[]) => {
    const present = keys.filter(has).map((k) => c.at(k))
    return present.length ? present.join('+') : '0'
  }
  const op = (c: PeriodCtx, x: string) => `${c.at('op')}*${x}`

  // Income statement.
  const is = s.income
  is.header('Income', `Income statement; ${rep}; income positive, expenses negative (methodology §12)`)
  is.section('Operations')
  is.calc('is.revenue', 'Revenue', rep, (c) => c.at('revenue'), { total: 'sum' })
  is.calc('is.feedstock', 'Feedstock purchases', rep, (c) => `-${c.at('feedstock')}`, { total: 'sum' })
  is.calc('is.opex', 'Operating costs', rep, (c) => `-${c.at('opex')}`, { total: 'sum' })
  is.calc('is.ebitda', 'EBITDA', rep, (c) => `${c.at('is.revenue')}+${c.at('is.feedstock')}+${c.at('is.opex')}`, { total: 'sum', style: 'total' })
  is.calc('is.dep', 'Depreciation (tax book: one ledger)', rep, (c) => `-${c.at('dep')}`, { total: 'sum' })
  is.calc('is.maint', 'Maintenance capex expensed (as tax treats it)', rep, (c) => `-${c.at('maintDeducted')}`, { total: 'sum' })
  is.calc('is.ebit', 'Operating profit (EBIT)', rep, (c) => `${c.at('is.ebitda')}+${c.at('is.dep')}+${c.at('is.maint')}`, { total: 'sum', style: 'total' })
  is.section('Finance costs')
  is.calc('is.interest', 'Senior interest (after COD; IDC is capitalised)', rep, (c) => `-${op(c, c.at('interest'))}`, { total: 'sum' })
  is.calc('is.hedge', 'Hedge cost of swapped tranches', rep, (c) => (has('debtFees') ? `-${op(c, c.at('debtFees'))}` : '0'), { total: 'sum' })
  is.calc('is.wfFees', 'LC fee, LC draw and facility interest', rep, (c) => `-(${sumOf(c, [WATERFALL.lcFee, WATERFALL.lcInterest, WATERFALL.wcInterest])})`, { total: 'sum' })
  for (const { t, k, foreign } of tranches)
    if (foreign)
      is.calc(`is.fx${k}`, `FX revaluation: ${t.name} (opening ${t.currency} balance at this period's FX vs carried; gain +)`, rep,
        (c) => `-(${fxRevaluationLossExcel(c.prev(TK(k, 'balCcy')), c.at(TK(k, 'fx')), c.prev(TK(k, 'bal')))})`, { total: 'sum' })
  const fxKeys = tranches.filter((x) => x.foreign).map((x) => `is.fx${x.k}`)
  is.calc('is.fx', 'FX revaluation of foreign-currency debt', rep, (c) => (fxKeys.length ? fxKeys.map((k) => c.at(k)).join('+') : '0'), { total: 'sum' })
  is.calc('is.pbt', 'Profit before tax', rep, (c) => ['is.ebit', 'is.interest', 'is.hedge', 'is.wfFees', 'is.fx'].map((k) => c.at(k)).join('+'), { total: 'sum', style: 'total' })
  is.calc('is.tax', 'Tax', rep, (c) => `-${c.at('tax')}`, { total: 'sum' })
  is.calc('is.ni', 'Net income', rep, (c) => `${c.at('is.pbt')}+${c.at('is.tax')}`, { total: 'sum', style: 'total' })

  // Cash-flow statement.
  const cs = s.cashFlow
  cs.header('Cash flow statement', `Cash-flow statement; ${rep}; cash in positive; cash = the reserve accounts (methodology §12)`)
  cs.section('Operating')
  cs.calc('cs.ebitda', 'EBITDA', rep, (c) => c.at('is.ebitda'), { total: 'sum' })
  cs.calc('cs.wc', 'Working capital (increase −)', rep, (c) => `-${c.at('dwc')}`, { total: 'sum' })
  cs.calc('cs.tax', 'Tax paid', rep, (c) => `-${c.at('tax')}`, { total: 'sum' })
  cs.calc('cs.op', 'Operating cash flow', rep, (c) => `${c.at('cs.ebitda')}+${c.at('cs.wc')}+${c.at('cs.tax')}`, { total: 'sum', style: 'total' })
  cs.section('Investing')
  cs.calc('cs.capex', 'Capex and contingency', rep, (c) => `-${c.at('capexc')}`, { total: 'sum' })
  cs.calc('cs.capFin', 'Capitalised interest and fees (uses − capex)', rep, (c) => `-(${c.at('uses')}-${c.at('capexc')})`, { total: 'sum' })
  cs.calc('cs.maint', 'Maintenance capex', rep, (c) => `-${c.at('maint')}`, { total: 'sum' })
  cs.calc('cs.inv', 'Investing cash flow', rep, (c) => `${c.at('cs.capex')}+${c.at('cs.capFin')}+${c.at('cs.maint')}`, { total: 'sum', style: 'total' })
  cs.section('Financing')
  cs.calc('cs.draw', 'Senior debt drawn', rep, (c) => c.at('draw'), { total: 'sum' })
  cs.calc('cs.principal', 'Principal repaid', rep, (c) => `-${op(c, c.at('principal'))}`, { total: 'sum' })
  cs.calc('cs.interest', 'Interest and fees paid', rep, (c) => `${c.at('is.interest')}+${c.at('is.hedge')}+${c.at('is.wfFees')}`, { total: 'sum' })
  cs.calc('cs.facilities', 'Facility and LC draws less repayments', rep,
    (c) => `(${sumOf(c, [WATERFALL.wcDraw, WATERFALL.lcDraw])})-(${sumOf(c, [WATERFALL.wcRepay, WATERFALL.clearWc, WATERFALL.lcRepay, WATERFALL.clearLc])})`, { total: 'sum' })
  cs.calc('cs.equity', 'Equity paid in (incl. the DSRA\'s initial funding)', rep, (c) => c.at('equity'), { total: 'sum' })
  cs.calc('cs.sponsor', 'Sponsor support', rep, (c) => sumOf(c, [WATERFALL.sponsor]), { total: 'sum' })
  cs.calc('cs.grants', 'Grants received', rep, (c) => c.at('grants'), { total: 'sum' })
  // The cash sweep prepays senior debt (a liability), so it is a financing line of its own and never leaves
  // retained earnings as distributions do (engine/statements.ts: its own `sweep` flow).
  const swept = has(WATERFALL.sweep)
  if (swept) cs.calc('cs.sweep', 'Cash sweep: senior debt prepaid', rep, (c) => `-${c.at(WATERFALL.sweep)}`, { total: 'sum' })
  cs.calc('cs.dist', 'Distributions', rep, (c) => (swept ? `-${c.at('distributions')}` : `-${c.at('distributions')}-(0)`), { total: 'sum' })
  cs.calc('cs.fin', 'Financing cash flow', rep,
    (c) => ['cs.draw', 'cs.principal', ...(swept ? ['cs.sweep'] : []), 'cs.interest', 'cs.facilities', 'cs.equity', 'cs.sponsor', 'cs.grants', 'cs.dist'].map((k) => c.at(k)).join('+'), { total: 'sum', style: 'total' })
  cs.calc('cs.change', 'Change in cash', rep, (c) => `${c.at('cs.op')}+${c.at('cs.inv')}+${c.at('cs.fin')}`, { total: 'sum', style: 'total' })
  cs.calc('cs.closing', 'Cash at the end', rep, (c) => `${c.prev('cs.closing')}+${c.at('cs.change')}`)

  // Balance sheet.
  const bs = s.balance
  bs.header('Balance sheet', `Balance sheet at each period end; ${rep}; fixed assets at the tax book value (methodology §12)`)
  bs.section('Assets')
  bs.calc('bs.fixed', 'Fixed assets (tax book value)', rep, (c) => c.at('book'))
  bs.calc('bs.land', 'Land (at cost)', rep, (c) => `${c.prev('bs.land')}+${c.at('land')}`)
  bs.calc('bs.recv', 'Receivables', rep, (c) => c.at('receivables'))
  bs.calc('bs.inv', 'Inventory', rep, (c) => c.at('inventory'))
  bs.calc('bs.cash', 'Cash (DSRA, MRA and lock-up accounts)', rep, (c) => `${c.at('dsraBal')}+${sumOf(c, [WATERFALL.mraBal, WATERFALL.lockupBal])}`)
  bs.calc('bs.assets', 'Total assets', rep, (c) => ['bs.fixed', 'bs.land', 'bs.recv', 'bs.inv', 'bs.cash'].map((k) => c.at(k)).join('+'), { style: 'total' })
  bs.section('Liabilities')
  bs.calc('bs.payables', 'Payables', rep, (c) => c.at('payables'))
  for (const { t, k } of tranches) bs.calc(`bs.debt${k}`, `Senior debt: ${t.name} (${t.currency}, at the period's FX or swap rate)`, rep, (c) => c.at(TK(k, 'bal')))
  bs.calc('bs.debt', 'Senior debt', rep, (c) => c.at('closing'))
  bs.calc('bs.facilities', 'Working-capital facility and LC drawn', rep, (c) => sumOf(c, [WATERFALL.wcBal, WATERFALL.lcBal]))
  bs.calc('bs.liab', 'Total liabilities', rep, (c) => `${c.at('bs.payables')}+${c.at('bs.debt')}+${c.at('bs.facilities')}`, { style: 'total' })
  bs.section('Equity')
  bs.calc('bs.paidIn', 'Paid-in equity', rep, (c) => `${c.prev('bs.paidIn')}+${c.at('equity')}`)
  bs.calc('bs.sponsor', 'Sponsor support', rep, (c) => `${c.prev('bs.sponsor')}+${c.at('cs.sponsor')}`)
  bs.calc('bs.grants', 'Capital grants (reserve)', rep, (c) => `${c.prev('bs.grants')}+${c.at('grants')}`)
  bs.calc('bs.retained', 'Retained earnings = previous + net income − distributions', rep, (c) => `${c.prev('bs.retained')}+${c.at('is.ni')}+${c.at('cs.dist')}`)
  bs.calc('bs.equity', 'Total equity', rep, (c) => ['bs.paidIn', 'bs.sponsor', 'bs.grants', 'bs.retained'].map((k) => c.at(k)).join('+'), { style: 'total' })
  bs.section('Check')
  bs.calc('bs.check', 'Balance check: assets − liabilities − equity', rep, (c) => `${c.at('bs.assets')}-${c.at('bs.liab')}-${c.at('bs.equity')}`)
  bs.calc('bs.checkAbs', '|Balance check|', rep, (c) => `ABS(${c.at('bs.check')})`)
  bs.calc('bs.cashTie', 'Cash flow statement\'s cash − balance sheet cash', rep, (c) => `ABS(${c.at('cs.closing')}-${c.at('bs.cash')})`)
}

/** The check Checks lays out (chk.statements): the largest |assets − liabilities − equity| and cash tie-out within the tolerance. */
export function statementsCheck(sh: SheetBuilder): { test: () => string; detail: () => string } {
  const span = (k: string) => sh.book.spanOf(k, sh.name)
  const detail = () => `MAX(${span('bs.checkAbs')},${span('bs.cashTie')})`
  return { test: () => `${detail()}<=Check_Tolerance`, detail }
}
