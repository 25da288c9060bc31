/** Integrity checks, each TRUE/FALSE with the figure it tests beside it, and one overall flag. */
import { inRow } from '../a1'
import type { SheetBuilder } from '../grid'
import { type ModelCtx, N, fx } from './context'
import { BASE_LANE, SCN, scenarioInputsValid } from './scenarios'
import { statementsCheck } from './statements'
import { taxBlockInputNames } from './tax-inputs'
import { TK, hasSculptingBlocks } from './tranche-debt'
import { TN, TRANCHE_PROFILES } from './tranche-inputs'
import { waterfallInputsValid } from './waterfall-inputs'

type Check = (key: string, label: string, test: () => string, detail: () => string, unit?: string) => void

/**
 * The tranches' own checks (§10): commitments closed, shares adding up, profiles spelled as the model
 * reads them, drawdowns funding g × (uses − grants), each tranche repaid to zero at its maturity, and
 * the tranches adding up to the aggregate at COD.
 */
function writeTrancheChecks(ctx: ModelCtx, sh: SheetBuilder, check: Check) {
  const tranches = ctx.project.financing.tranches
  const span = (k: string) => sh.book.spanOf(k, sh.name)
  const base = (k: string) => `${BASE_LANE.prefix}:${k}`
  const each = (f: (k: number) => string) => tranches.map((_, k) => f(k)).join(',')
  check('chk.commitment', "Tranche commitments closed: each tranche's commitment equals what it draws (Sizing sheet; each in its currency; debt sized on the case in view)",
    () => `OR(${SCN.resize}=0,${sh.c('sz.commitResidual')}<=Sizing_Tolerance)`, () => sh.c('sz.commitResidual'), '')
  check('chk.baseCommitment', 'Base case (the debt a scenario holds): tranche commitments closed (Base Sizing sheet)',
    () => `${sh.c(base('sz.commitResidual'))}<=Base_Sizing_Tolerance`, () => sh.c(base('sz.commitResidual')), '')
  check('chk.shares', 'Tranche shares add up to 100 %', () => 'ABS(Shares_Total-1)<=Ratio_Tolerance', () => 'Shares_Total', '%')
  const words = TRANCHE_PROFILES.filter((w) => w !== 'sculpted' || hasSculptingBlocks(ctx))
  const badProfiles = () => tranches.map((_, k) => `IF(OR(${words.map((w) => `${TN(k, 'Profile')}="${w}"`).join(',')}),0,1)`).join('+')
  check('chk.profiles', `Every tranche's profile is one of: ${words.join(', ')}${hasSculptingBlocks(ctx) ? '' : " ('sculpted' needs the sculpting blocks: re-export from the app)"}`, () => `${badProfiles()}=0`, badProfiles, '#')
  const unfunded = () => `SUM(${span('draw')})-${sh.c('fundGearing')}*(SUM(${span('uses')})-SUM(${span('grants')}))`
  check('chk.trDraws', 'Σ tranche drawdowns = the debt-funded uses, g × (uses − grants) (debt sized on the case in view)',
    () => `OR(${SCN.resize}=0,ABS(${unfunded()})<=Check_Tolerance)`, unfunded)
  const atMaturity = () => `MAX(${each((k) => `ABS(${inRow(span(TK(k, 'balCcy')), TN(k, 'Maturity'))})`)},${each((k) => `ABS(${inRow(span(TK(k, 'balCcy')), 'Total_Periods')})`)})`
  check('chk.trMaturity', "Each tranche's balance is zero at its maturity and in the last period (each in its currency)", () => `${atMaturity()}<=Check_Tolerance`, atMaturity, '')
  check('chk.trPrincipal', 'No tranche repays a negative principal (sculpted: floored at zero)', () => `MIN(${each((k) => `MIN(${span(TK(k, 'principalCcy'))})`)})>=-Check_Tolerance`,
    () => `MIN(${each((k) => `MIN(${span(TK(k, 'principalCcy'))})`)})`, '')
  const cod = () => `${tranches.map((_, k) => sh.c(TK(k, 'debtAtCod'))).join('+')}-${sh.c('debtAtCod')}`
  check('chk.trCod', 'Σ tranche debt at COD = the aggregate debt at COD', () => `ABS(${cod()})<=Check_Tolerance`, cod)
}

/**
 * The cash waterfall's own checks (§11): nothing reaches equity as a negative distribution, no reserve,
 * facility or account goes below zero (nor the facility above its limit), the facility and LC draws
 * are cleared by the last period, the cash of every period is conserved, and the terms are spelled as
 * the model reads them.
 */
function writeWaterfallChecks(sh: SheetBuilder, check: Check, sweepTranches: number | undefined) {
  const span = (k: string) => sh.book.spanOf(k, sh.name)
  const last = (k: string) => inRow(span(k), 'Total_Periods')
  check('chk.dist', 'Distributions never negative (a shortfall is funded by the DSRA, the facility or sponsor support)', () => `MIN(${span('distributions')})>=-Check_Tolerance`, () => `MIN(${span('distributions')})`)
  const balances = ['dsraBal', 'wf.lcBal', 'wf.mraBal', 'wf.wcBal', 'wf.lockupBal']
  const lowest = () => `MIN(${balances.map(span).join(',')})`
  check('chk.reserves', 'DSRA, LC drawn, MRA, facility and lock-up balances never negative; the facility within its limit; facility and LC draws cleared in the last period',
    () => `AND(${lowest()}>=-Check_Tolerance,MAX(${span('wf.wcBal')})<=WC_Limit+Check_Tolerance,ABS(${last('wf.wcBal')})+ABS(${last('wf.lcBal')})<=Check_Tolerance)`, lowest)
  const residual = () => `MAX(MAX(${span('wf.residual')}),-MIN(${span('wf.residual')}))`
  check('chk.waterfall', 'Waterfall cash conserved in every period (sources − uses − distributions = 0)', () => `${residual()}<=Check_Tolerance`, residual)
  check('chk.wfInputs', 'Waterfall terms are valid: DSRA_Cash, Lockup_On and Lockup_Trailing 1 or 0; MRA_Months a whole number ≥ 0; Lockup_Release_Periods a whole number ≥ 1; WC_Limit ≥ 0',
    () => waterfallInputsValid(sweepTranches), () => 'Lockup_On', '#')
}

/**
 * The cash sweep's own checks (§11): every unit the waterfall sweeps reaches a tranche, none beyond what
 * is owed after the scheduled principal, and the debt is repaid to zero under it; the DSRA projection
 * laid out covers DSRA_Months (a longer reserve typed in the file needs a re-export).
 */
function writeSweepChecks(sh: SheetBuilder, check: Check) {
  const span = (k: string) => sh.book.spanOf(k, sh.name)
  const gap = () => `MAX(MAX(${span('sweepGap')}),-MIN(${span('sweepGap')}))`
  check('chk.sweep', 'Cash sweep: allocated in full to the tranches in every period, never above the debt owed after principal, and the debt repaid to zero under it',
    () => `AND(${gap()}<=Check_Tolerance,MIN(${span('sweepRoom')})>=-Check_Tolerance,ABS(${inRow(span('closing'), 'Total_Periods')})<=Check_Tolerance)`, gap)
  const need = () => 'DSRA_Full_Periods+IF(DSRA_Part_Period>0,1,0)'
  check('chk.sweepDsra', 'Cash sweep: the DSRA projection on the Debt sheet covers DSRA_Months (periods needed ≤ periods laid out)',
    () => `${need()}<=${sh.c('dsraLookahead')}`, need, '#')
}

export function writeChecks(ctx: ModelCtx, sh: SheetBuilder) {
  const p = ctx.project
  const rep: string = p.reportingCurrency
  const span = (k: string) => sh.book.spanOf(k, sh.name)
  const last = (k: string) => inRow(span(k), 'Total_Periods')
  sh.header('Checks', 'Every check must be TRUE; column D shows the figure tested')
  sh.section('Model integrity')
  const rows: number[] = []
  const check = (key: string, label: string, test: () => string, detail: () => string, unit = rep) => {
    // A check that cannot be evaluated (a #REF! from an edited timeline) is a failed check, not an error.
    const row = sh.scalar(key, label, 'TRUE/FALSE', () => fx(`IFERROR(${test()},FALSE)`, 'check'))
    sh.set(row, 2, { t: 's', v: unit, style: 'unit' })
    rows.push(row)
    // An amount within the tolerance shows as 0: float dust (−0.000000001) would read as a red "-0".
    const shown = () => (unit === rep ? `IF(ABS(${detail()})<=Check_Tolerance,0,${detail()})` : detail())
    sh.pendingCell(row, 4, () => fx(shown(), unit === '%' ? 'pct' : unit === 'x' ? 'ratio' : unit === '#' ? 'number' : 'money'))
  }
  // An edited construction or operating length changes Total_Periods but not the columns laid out for
  // it: the model would be truncated or padded while every other check still passed.
  const layout = () => `COLUMNS(${span('period')})-Total_Periods`
  // The Annual sheet has one column per calendar year the timeline spans (a start date moved in the file can add one).
  const years = () => `COLUMNS(Annual_Years)=${last('calYear')}-${inRow(span('calYear'), 1)}+1`
  check('chk.layout', 'Timeline lengths match the columns laid out (construction, operations, phasing, annual years; re-export from the app to change them)',
    () => `AND(${layout()}=0,COUNT(Capex_Phasing)=Constr_Periods,${years()})`, layout, '#')
  const su = () => `${sh.c('draw')}+${sh.c('equity')}+${sh.c('grants')}-${sh.c('uses')}-${sh.c('dsraInit')}`
  check('chk.su', 'Sources = uses (debt + equity + grants − uses − initial DSRA)', () => `ABS(${su()})<=Check_Tolerance`, su)
  check('chk.scenario', 'Scenario in view is one of Scenario_Names, and its deck, offtake, debt and ramp-up entries are whole numbers in range',
    () => scenarioInputsValid(ctx), () => 'Scenario_Index', '#')
  if (p.financing.sizing === 'sculpted')
    check('chk.sizing', 'Sculpted sizing converged: the debt drawn is the debt the schedule at the target DSCR repays, capped (Sizing sheet, last gearing block)',
      () => `ABS(${sh.c('sz.gearingResidual')})<=Sizing_Tolerance`, () => sh.c('sz.gearingResidual'))
  const sculpting = ctx.debt ? ctx.debt.repayment === 'sculpted' : hasSculptingBlocks(ctx)
  if (sculpting)
    check('chk.sculpting', 'Sculpting ratio converged: the floored schedule at DSCR* repays exactly the debt (Sizing sheet, last sculpting block)',
      () => `ABS(${sh.c('sz.sculptResidual')})<=Sizing_Tolerance`, () => sh.c('sz.sculptResidual'))
  // The base case sizes the debt a scenario holds: its loops must converge too.
  const base = (k: string) => `${BASE_LANE.prefix}:${k}`
  if (p.financing.sizing === 'sculpted')
    check('chk.baseSizing', 'Base case (the debt a scenario holds): sculpted sizing converged (Base Sizing sheet)',
      () => `ABS(${sh.c(base('sz.gearingResidual'))})<=Base_Sizing_Tolerance`, () => sh.c(base('sz.gearingResidual')))
  if (sculpting)
    check('chk.baseSculpting', 'Base case (the debt a scenario holds): sculpting ratio converged (Base Sizing sheet)',
      () => `ABS(${sh.c(base('sz.sculptResidual'))})<=Base_Sizing_Tolerance`, () => sh.c(base('sz.sculptResidual')))
  if (!ctx.debt) writeTrancheChecks(ctx, sh, check)
  check('chk.repaid', 'Debt fully repaid (closing balance in the last period)', () => `ABS(${last('closing')})<=Check_Tolerance`, () => last('closing'))
  check('chk.balance', 'Debt balance never negative', () => `MIN(${span('closing')})>=-Check_Tolerance`, () => `MIN(${span('closing')})`)
  check('chk.dsra', 'DSRA balance (after draws, top-ups and releases) never negative and released at maturity', () => `AND(MIN(${span('dsraBal')})>=-Check_Tolerance,ABS(${last('dsraBal')})<=Check_Tolerance)`, () => `MIN(${span('dsraBal')})`)
  writeWaterfallChecks(sh, check, p.financing.waterfall?.sweep ? p.financing.tranches.length : undefined)
  if (p.financing.waterfall?.sweep) writeSweepChecks(sh, check)
  const statements = statementsCheck(sh)
  check('chk.statements', 'Statements balance: assets − liabilities − equity, and the cash-flow statement\'s cash against the balance sheet\'s, in every period (Balance sheet)', statements.test, statements.detail)
  check('chk.wc', 'Working capital fully released in the last period', () => `ABS(${last('wc')})<=Check_Tolerance`, () => last('wc'))
  // A tax block or maintenance treatment typed as another word would be read as depreciable / expensed
  // (or, with blocks of their own, counted in no block); the loss life must be a whole number of years.
  const own = (p.tax.blocks ?? []).map((_, k) => taxBlockInputNames(k).id)
  const unclassified = () => ['Capex_Total', ...['"land"', '"depreciable"', ...own].map((b) => `SUMIF(Capex_Blocks,${b},Capex_Amounts)`)].join('-')
  const words = [
    'OR(Maint_Tax="capitalised",Maint_Tax="expensed")',
    ...(own.length ? [`OR(${['"depreciable"', ...own].map((b) => `Maint_Block=${b}`).join(',')})`] : []),
    ...(p.tax.lossExpiryYears !== undefined ? ['AND(Loss_Expiry_Years>=1,INT(Loss_Expiry_Years)=Loss_Expiry_Years)'] : [])
  ]
  check('chk.taxWords', `Tax inputs are valid: every capex item in a block ('depreciable', 'land'${own.length ? ' or a block id' : ''}), maintenance 'capitalised' or 'expensed'${own.length ? ', Maint_Block a block' : ''}${p.tax.lossExpiryYears !== undefined ? ', Loss_Expiry_Years a whole number ≥ 1' : ''} (figure: capex in no block)`,
    () => `AND(ABS(${unclassified()})<=Check_Tolerance,${words.join(',')})`, unclassified)
  check('chk.phasing', 'Capex phasing adds up to 100 %', () => `ABS(SUM(Capex_Phasing)-1)<=Ratio_Tolerance`, () => 'SUM(Capex_Phasing)', '%')
  // A held loan is the base case's: under other capex its share of uses is what it is, not a sizing rule.
  check('chk.gearing', 'Gearing within the maximum (when the debt is sized on the case in view)', () => `OR(${SCN.resize}=0,${sh.c('m.gearing')}<=Debt_Gearing+Ratio_Tolerance)`, () => sh.c('m.gearing'), '%')
  const merch = p.products.map((_, pi) => `MIN(${span(`p${pi}.merchQty`)})`)
  check('chk.alloc', 'Contracts never take more than the output (merchant quantity ≥ 0)', () => merch.length ? `MIN(${merch.join(',')})>=-Check_Tolerance` : 'TRUE', () => merch.length ? `MIN(${merch.join(',')})` : '0', 'unit')
  if (ctx.contractOrder.length) {
    // A contract currency typed into Inputs must be one with an FX row, else its revenue is #N/A.
    const missing = () => ctx.contractOrder.map((j) => `IF(ISNUMBER(MATCH(${N.contract(j, 'Currency')},FX_Currencies,0)),0,1)`).join('+')
    check('chk.currency', 'Every contract currency has an FX row (one of FX_Currencies; others need a re-export)', () => `${missing()}=0`, missing, '#')
  }
  if (ctx.debt?.repayment === 'sculpted' && ctx.result.metrics.minDscr.ok) {
    check('chk.dscr', 'Sculpted: DSCR equals the solved DSCR* in every repayment period where the floor does not bind (debt sized on the case in view)', () => `OR(${SCN.resize}=0,MAX(${span('dscrGap')})<=Ratio_Tolerance)`, () => `MAX(${span('dscrGap')})`, 'x')
    check('chk.floor', 'Sculpted: principal never negative (floored at zero)', () => `MIN(${span('principal')})>=-Check_Tolerance`, () => `MIN(${span('principal')})`)
    check('chk.dscrTarget', 'Sculpted: DSCR* at or above the target DSCR (debt sized on the case in view)', () => `OR(${SCN.resize}=0,Sized_DSCR>=Target_DSCR-Ratio_Tolerance)`, () => 'Sized_DSCR-Target_DSCR', 'x')
  }
  sh.next++
  sh.scalar('chk.all', 'ALL CHECKS PASS', 'TRUE/FALSE', () => fx(`AND(${rows.map((r) => `$C$${r}`).join(',')})`, 'check'))
}
