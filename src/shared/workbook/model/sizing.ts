/**
 * Debt sizing and the sculpting ratio, live (methodology §7; docs/methodology.md "The Excel model").
 * The app solves two fixed points by iteration; the workbook repeats the same iteration as a fixed
 * number of blocks, each a full copy of the rows the fixed point runs through (construction funding,
 * depreciation, tax with losses, the sculpted schedule and the floored backward sum). Every block
 * reads only the block before it, so there is no circular reference and no macro, and an edited input
 * re-sizes the debt when the workbook recalculates:
 * - gearing loop (sculpted sizing only): the funding gearing g whose drawdowns D(g) equal the debt the
 *   floored sculpted schedule at the target DSCR repays, capped at the gearing cap: D(g) = MAX(0,
 *   MIN(capacity(g), D(gMax))); secant steps from g = gMax;
 * - sculpting loop (sculpted repayment): s = 1/DSCR* with s·W(CFADS(s)) = D, W the floored backward sum
 *   of CFADS (= PV at the periodic rate when the floor never binds); secant steps from s = 1/target.
 * The last block's residual is on the Checks sheet: if an edit pushes the iteration beyond what the
 * blocks can converge, the check turns FALSE instead of showing a wrong debt.
 */
import { constructionFundingExcel } from '@shared/engine/construction'
import { periodInterestExcel, principalExcel } from '@shared/engine/debt-schedule'
import { cfadsOfExcel } from '@shared/rules/cfads'
import { FIRST_PERIOD_COL, type SheetBuilder } from '../grid'
import { type ModelCtx, fx, num } from './context'
import { writeDepreciationRows, writeTaxRows } from './tax'

/** Blocks per loop. Secant steps converge superlinearly; the residual checks say if this ever falls short. */
export const GEARING_BLOCKS = 8
export const SCULPTING_BLOCKS = 6

/** Whether the workbook needs the Sizing sheet: only a sculpted schedule or sculpted sizing is solved by iteration. */
export const needsSizingSheet = (ctx: ModelCtx) => (ctx.debt ? ctx.debt.repayment === 'sculpted' : true)

/** Debt at COD: drawdowns to the end of construction, the last construction column of a cumulative row. */
const atCod = (ctx: ModelCtx, sh: SheetBuilder, key: string) =>
  sh.book.refAt(key, FIRST_PERIOD_COL + ctx.result.constructionPeriods - 1, sh.name, true)

/** Secant step on a residual h(x) from the two previous blocks; where h did not move, x stays. */
const secant = (x1: string, h1: string, x0: string, h0: string) => `IF(${h1}=${h0},${x1},${x1}-${h1}*(${x1}-${x0})/(${h1}-${h0}))`

export function writeSizing(ctx: ModelCtx, sh: SheetBuilder) {
  const p = ctx.project
  const f = p.financing
  const rep = p.reportingCurrency
  const fin = ctx.result.financing
  sh.header('Sizing', `Debt sizing by iteration blocks (no circular references); ${rep}`)
  sh.section('Result')
  sh.scalar('sz.tolerance', 'Sizing tolerance (converged: the debt moves less than this)', rep, num('0.01', 'inQuantity'), 'Sizing_Tolerance')
  if (f.sizing === 'sculpted') {
    sh.scalar('sz.gearing', 'Funding gearing (last gearing block; the cap within tolerance)', '%',
      () => fx(`IF(ABS(${sh.c('zg0.debt')}-${sh.c(`zg${GEARING_BLOCKS - 1}.debt`)})<Sizing_Tolerance,Debt_Gearing,${sh.c(`zg${GEARING_BLOCKS - 1}.g`)})`, 'pct'), 'Sized_Gearing')
    sh.scalar('sz.capacity', 'Sculpted debt capacity at the target DSCR (last gearing block)', rep, () => fx(sh.c(`zg${GEARING_BLOCKS - 1}.capacity`), 'money'))
    sh.scalar('sz.atCap', 'Debt at the gearing cap', rep, () => fx(sh.c('zg0.debt'), 'money'))
    sh.scalar('sz.capBinding', 'Gearing cap binds (capacity at or above the debt at the cap)', 'TRUE/FALSE', () => fx(`AND(${sh.c('sz.capacity')}>=${sh.c('sz.atCap')},${sh.c('sz.atCap')}>0)`, 'check'))
  }
  const last = `zs${SCULPTING_BLOCKS - 1}`
  sh.scalar('sz.dscr', 'Sculpting DSCR* (last sculpting block)', 'x', () => fx(`1/(${sh.c(`${last}.s`)}+${sh.c(`${last}.h`)})`, 'ratio'), 'Sized_DSCR')
  sh.scalar('sz.gearingResidual', 'Gearing loop residual (last block; Checks: ≤ tolerance)', rep,
    () => fx(f.sizing === 'sculpted' ? sh.c(`zg${GEARING_BLOCKS - 1}.h`) : '0', 'money'))
  sh.scalar('sz.sculptResidual', 'Sculpting loop residual = debt − s·W (last block)', rep,
    () => fx(`${sh.c(`${last}.h`)}*${sh.c(`${last}.w`)}`, 'money'))
  sh.section("The app's figures at export (for reference; not read by any formula)")
  sh.scalar(null, 'Debt at COD (app)', rep, num(fin.totalDebt.toNumber(), 'solved'))
  sh.scalar(null, 'Funding gearing (app)', '%', num(fin.gearing.toNumber(), 'solvedPct'))
  sh.scalar(null, 'Sculpting DSCR* (app)', 'x', num((fin.sculptingDscr ?? ctx.project.financing.targetDscr).toString(), 'solvedRatio'))

  if (f.sizing === 'sculpted') for (let i = 0; i < GEARING_BLOCKS; i++) writeGearingBlock(ctx, sh, i)
  for (let j = 0; j < SCULPTING_BLOCKS; j++) writeSculptingBlock(ctx, sh, j)
}

/** The floored backward sum W of a CFADS row over the repayment window, and its first-repayment value. */
function writeFlooredSum(sh: SheetBuilder, rep: string, key: (n: string) => string) {
  sh.calc(key('wRow'), 'W row: MAX(next, (next + CFADS) / (1 + periodic rate))', rep,
    (c) => `IF(${c.at('repay')}=1,MAX(${c.next(key('wRow'))},(${c.next(key('wRow'))}+${c.at(key('cfads'))})/(1+Periodic_Rate)),0)`)
  sh.scalar(key('w'), 'W = the floored sum at the first repayment period', rep, () => fx(`MAX(${sh.book.spanOf(key('wRow'), sh.name)})`, 'money'))
}

/** Interest, tax, CFADS, the sculpted principal at `service` and the balance, for one block. */
function writeScheduleRows(ctx: ModelCtx, sh: SheetBuilder, key: (n: string) => string, from: { draw: string; dep: string; service: (cfads: string) => string; debtAtCod: string }) {
  const rep = ctx.project.reportingCurrency
  sh.calc(key('opening'), 'Opening balance', rep, (c) => c.prev(key('closing')))
  sh.calc(key('interest'), 'Interest (after COD)', rep, (c) => periodInterestExcel(c.at('op'), c.at(key('opening'))))
  writeTaxRows(ctx, sh, key, { ebitda: 'ebitda', depreciation: from.dep, interest: key('interest') }, false)
  sh.calc(key('cfads'), 'CFADS = EBITDA − tax − ΔWC − maintenance capex', rep,
    (c) => cfadsOfExcel.inOneRow(c.at('ebitda'), c.at(key('tax')), c.at('dwc'), c.at('maint')))
  sh.calc(key('principal'), 'Principal = MIN(opening, MAX(0, CFADS / DSCR − interest))', rep, (c) => principalExcel('sculpted', {
    repay: c.at('repay'), opening: c.at(key('opening')), period: c.at('period'), interest: c.at(key('interest')), debtAtCod: from.debtAtCod,
    sculptedService: from.service(c.at(key('cfads')))
  }))
  sh.calc(key('closing'), 'Closing balance', rep, (c) => `${c.at(key('opening'))}+${c.at(from.draw)}-${c.at(key('principal'))}`)
}

function writeGearingBlock(ctx: ModelCtx, sh: SheetBuilder, i: number) {
  const rep = ctx.project.reportingCurrency
  const key = (n: string) => `zg${i}.${n}`
  const prev = (n: string) => sh.c(`zg${i - 1}.${n}`)
  const before = (n: string) => sh.c(`zg${i - 2}.${n}`)
  sh.section(`Gearing block ${i + 1} of ${GEARING_BLOCKS}: funding at gearing g, then the debt the sculpted schedule at the target DSCR repays`)
  const clamp = (x: string) => `MIN(Debt_Gearing,MAX(0,${x}))`
  sh.scalar(key('g'), i === 0 ? 'g = the gearing cap' : i === 1 ? 'g = previous g × target debt / debt (first step)' : 'g by a secant step on the residual of the two previous blocks', '%', () => fx(
    i === 0 ? 'Debt_Gearing'
      : i === 1 ? `IF(${prev('debt')}>0,${clamp(`${prev('g')}*${prev('target')}/${prev('debt')}`)},0)`
        : clamp(secant(prev('g'), prev('h'), before('g'), before('h'))), 'pct'))
  const g = sh.c(key('g'))
  sh.calc(key('idc'), 'IDC = cumulative drawdowns × periodic rate', rep, (c) => constructionFundingExcel.idc(c.at('constr'), c.prev(key('drawn'))))
  sh.calc(key('grants'), 'Grants (phased like capex, at most capex + IDC)', rep, (c) => constructionFundingExcel.grant(c.at('phase'), c.at('capexc'), c.at(key('idc'))))
  sh.calc(key('draw'), 'Drawdown = g × (capex + IDC − grants) / (1 − g × fee)', rep, (c) => constructionFundingExcel.draw(c.at('constr'), g, c.at('capexc'), c.at(key('idc')), c.at(key('grants'))))
  sh.calc(key('uses'), 'Uses = capex + contingency + IDC + fee', rep, (c) => constructionFundingExcel.uses(c.at('capexc'), c.at(key('idc')), constructionFundingExcel.fee(c.at(key('draw')))))
  sh.calc(key('drawn'), 'Cumulative drawdowns', rep, (c) => `${c.prev(key('drawn'))}+${c.at(key('draw'))}`)
  sh.scalar(key('debt'), 'Debt at COD', rep, () => fx(atCod(ctx, sh, key('drawn')), 'money'))
  const nc = ctx.result.constructionPeriods
  sh.scalar(key('base'), 'Depreciable base (construction uses less land)', rep,
    () => fx(`SUM(${sh.book.constructionSpanOf(key('uses'), sh.name, nc)})-SUM(${sh.book.constructionSpanOf('land', sh.name, nc)})`, 'money'))
  writeDepreciationRows(ctx, sh, key, { base: sh.c(key('base')), uses: key('uses') }, false)
  writeScheduleRows(ctx, sh, key, { draw: key('draw'), dep: key('dep'), service: (cfads) => `${cfads}/Target_DSCR`, debtAtCod: sh.c(key('debt')) })
  writeFlooredSum(sh, rep, key)
  sh.scalar(key('capacity'), 'Capacity = W / target DSCR', rep, () => fx(`${sh.c(key('w'))}/Target_DSCR`, 'money'))
  sh.scalar(key('target'), 'Debt to fund = MAX(0, MIN(capacity, debt at the cap))', rep, () => fx(`MAX(0,MIN(${sh.c(key('capacity'))},${sh.c('zg0.debt')}))`, 'money'))
  sh.scalar(key('h'), 'Residual = debt − debt to fund', rep, () => fx(`${sh.c(key('debt'))}-${sh.c(key('target'))}`, 'money'))
}

function writeSculptingBlock(ctx: ModelCtx, sh: SheetBuilder, j: number) {
  const rep = ctx.project.reportingCurrency
  const key = (n: string) => `zs${j}.${n}`
  const prev = (n: string) => sh.c(`zs${j - 1}.${n}`)
  const before = (n: string) => sh.c(`zs${j - 2}.${n}`)
  sh.section(`Sculpting block ${j + 1} of ${SCULPTING_BLOCKS}: the ratio s = 1/DSCR* whose floored schedule repays exactly the debt`)
  sh.scalar(key('s'), j === 0 ? 's = 1 / target DSCR' : j === 1 ? 's = debt / W of the previous block' : 's by a secant step on the residual of the two previous blocks', 'x', () => fx(
    j === 0 ? '1/Target_DSCR' : j === 1 ? `${prev('s')}+${prev('h')}` : secant(prev('s'), prev('h'), before('s'), before('h')), 'factor'))
  sh.scalar(key('debt'), 'Debt at COD (Debt sheet)', rep, () => fx(sh.c('debtAtCod'), 'money'))
  writeScheduleRows(ctx, sh, key, { draw: 'draw', dep: 'dep', service: (cfads) => `${cfads}*${sh.c(key('s'))}`, debtAtCod: sh.c(key('debt')) })
  writeFlooredSum(sh, rep, key)
  // Nothing to sculpt on (no debt, or no positive floored sum): the ratio stays and maturity clears the balance.
  sh.scalar(key('h'), 'Residual = debt / W − s (0 with no debt or W ≤ 0)', 'x',
    () => fx(`IF(AND(${sh.c(key('debt'))}>0,${sh.c(key('w'))}>0),${sh.c(key('debt'))}/${sh.c(key('w'))}-${sh.c(key('s'))},0)`, 'factor'))
}
