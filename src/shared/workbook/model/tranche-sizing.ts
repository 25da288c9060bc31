/**
 * The Sizing sheet with tranches (methodology §7, §10; docs/methodology.md "The Excel model"), live and
 * without circular references, as the single-debt sheet (model/sizing.ts): each fixed point the engine
 * iterates is a fixed number of blocks, each a copy of the rows it runs through, reading only the blocks
 * before it, with its last residual on the Checks sheet.
 * - Commitment passes: a tranche's commitment fee and ECA premium are charged on what it ends up
 *   drawing, which they increase (they are uses). Each pass funds construction on the commitments of
 *   the pass before (the first on none); the map is a strong contraction (≈ g × the fees), so the passes
 *   at the gearing cap close it to far below a minor unit. Every gearing block is one more pass, on the
 *   commitments of the block before, and two passes at the sized gearing close it for the Debt sheet.
 * - Gearing blocks (sculpted sizing): the funding gearing g whose debt D(g) is the capacity at the
 *   target DSCR, capped: D = MAX(0, MIN(capacity, D(gMax))), capacity = D · (1/target) / max_k Σ share_t
 *   · s_t (the allocation rule: each sculpted tranche on its share of CFADS to its own maturity, s_t =
 *   D_t / W_t). Each block runs the tranches' schedules on the ratios of the block before (scaled by the
 *   change in each tranche's debt), so the ratios converge with g; secant steps on g from g = gMax.
 * - Sculpting blocks: at the Debt sheet's drawdowns, each sculpted tranche's s_t with s_t · W_t = D_t
 *   (W_t the floored backward sum of its CFADS share at its own rates and hedge cost, in its currency);
 *   secant steps per tranche from the last gearing block's ratios (or 1/target).
 */
import { cfadsOfExcel } from '@shared/rules/cfads'
import { constructionFundingExcel } from '@shared/engine/construction'
import { trancheConstructionExcel } from '@shared/engine/tranche-construction'
import { tranchePlanExcel } from '@shared/engine/tranche-plan'
import { trancheScheduleExcel } from '@shared/engine/tranche-schedule'
import { trancheTermsExcel } from '@shared/engine/tranche-terms'
import type { PeriodCtx, SheetBuilder } from '../grid'
import { type ModelCtx, fx, num } from './context'
import { GEARING_BLOCKS, SCULPTING_BLOCKS } from './sizing'
import { writeDepreciationRows, writeTaxRows } from './tax'
import { SIZED, TK, atCod, hasSculptingBlocks, sumTranches, tranchePrincipal } from './tranche-debt'
import { TN } from './tranche-inputs'

/** Commitment passes at the gearing cap (from no commitment) and at the sized gearing (from the last gearing block's). */
export const COMMITMENT_PASSES = 8
export const POLISH_PASSES = 2
/** Passes of the tranches' ratios s ← D / W(s) in each gearing block (each a copy of the schedule rows). */
export const GEARING_INNER_PASSES = 2

const secant = (x1: string, h1: string, x0: string, h0: string) => `IF(${h1}=${h0},${x1},${x1}-${h1}*(${x1}-${x0})/(${h1}-${h0}))`

/**
 * The tranches' ratios solve one fixed point s = F(s) (F: D / W at s), coupled through one CFADS (the
 * interest tax shield), so a tranche-by-tranche secant does not converge much faster than plain
 * iteration. Anderson acceleration does: the step x + f − Σ γ_i (ΔX_i + ΔF_i) with γ the least-squares
 * fit of the residual f by the last residual differences ΔF_i (depth 1: one difference, the secant when
 * there is one tranche; depth 2: two, by the 2 × 2 normal equations). Squared differences below
 * Acceleration_Floor × the squared ratios count as converged (γ 0: a plain step), so no factor is fitted
 * on rounding noise, which LibreOffice also rounds differently (it snaps a difference of nearly equal
 * numbers to 0); two differences more parallel than Parallel_Tolerance fit one factor.
 */
const sumOf = (terms: readonly string[]) => `(${terms.join('+')})`
const dot = (a: readonly string[], b: readonly string[]) => sumOf(a.map((x, k) => `${x}*${b[k]}`))

/** γ of depth 1: ΔF·f / ΔF·ΔF, 0 when ΔF is negligible against the ratios `x`. */
const gammaDepth1 = (f: readonly string[], dF: readonly string[], x: readonly string[]) =>
  `IF(${dot(dF, dF)}<=Acceleration_Floor*${dot(x, x)},0,${dot(dF, f)}/${dot(dF, dF)})`
/** The least-squares γ1, γ2 of depth 2 from the normal equations; depth 1 where the two differences are (nearly) parallel or one is negligible. */
const gammaDepth2 = (which: 1 | 2, f: readonly string[], dF1: readonly string[], dF2: readonly string[], x: readonly string[]) => {
  const [a11, a12, a22, b1, b2] = [dot(dF1, dF1), dot(dF1, dF2), dot(dF2, dF2), dot(dF1, f), dot(dF2, f)]
  const det = `(${a11}*${a22}-${a12}*${a12})`
  const floor = `Acceleration_Floor*${dot(x, x)}`
  const full = which === 1 ? `(${a22}*${b1}-${a12}*${b2})/${det}` : `(${a11}*${b2}-${a12}*${b1})/${det}`
  const single = which === 1 ? `${b1}/${a11}` : '0'
  return `IF(${a11}<=${floor},0,IF(OR(${a22}<=${floor},${det}<=Parallel_Tolerance*${a11}*${a22}),${single},${full}))`
}

type Keys = (n: string) => string

export function writeTrancheSizing(ctx: ModelCtx, sh: SheetBuilder) {
  const p = ctx.project
  const f = p.financing
  const rep = p.reportingCurrency
  const fin = ctx.result.financing
  const tranches = f.tranches
  const sculpted = f.sizing === 'sculpted'
  const blocks = hasSculptingBlocks(ctx)
  sh.header('Sizing', `Tranche commitments, debt sizing and the sculpting ratios by iteration blocks (no circular references); ${rep} unless a row names a tranche's currency`)
  sh.section('Result')
  sh.scalar('sz.tolerance', 'Sizing tolerance (converged: the debt moves less than this)', rep, num('0.01', 'inQuantity'), 'Sizing_Tolerance')
  sh.scalar(null, 'Acceleration floor: a squared step below this share of the squared ratios counts as converged', 'x', num('1e-22', 'factor'), 'Acceleration_Floor', 'Solver constant')
  sh.scalar(null, 'Parallel tolerance: two steps this close to parallel fit one acceleration factor', 'x', num('1e-8', 'factor'), 'Parallel_Tolerance', 'Solver constant')
  const lastG = `zg${GEARING_BLOCKS - 1}`
  const lastC = `zc${COMMITMENT_PASSES - 1}`
  if (sculpted) {
    sh.scalar('sz.gearing', 'Funding gearing (last gearing block; the cap within tolerance)', '%',
      () => fx(`IF(ABS(${sh.c('sz.atCap')}-${sh.c(`${lastG}.debt`)})<Sizing_Tolerance,Debt_Gearing,${sh.c(`${lastG}.g`)})`, 'pct'), 'Sized_Gearing')
    sh.scalar('sz.capacity', 'Sculpted debt capacity at the target DSCR (last gearing block)', rep, () => fx(sh.c(`${lastG}.capacity`), 'money'))
  }
  sh.scalar('sz.atCap', 'Debt at the gearing cap (commitments closed)', rep, () => fx(sh.c(`${lastC}.debt`), 'money'))
  if (sculpted) sh.scalar('sz.capBinding', 'Gearing cap binds (capacity at or above the debt at the cap)', 'TRUE/FALSE', () => fx(`AND(${sh.c('sz.capacity')}>=${sh.c('sz.atCap')},${sh.c('sz.atCap')}>0)`, 'check'))
  tranches.forEach((t, k) => {
    const from = sculpted ? `zf${POLISH_PASSES - 1}` : lastC
    sh.scalar(`sz.t${k}.commitment`, `Tranche ${k + 1} (${t.name}): commitment = what it draws (last commitment pass)`, t.currency, () => fx(sh.c(`${from}.t${k}.D`), 'money'), SIZED.commitment(k))
    if (blocks) {
      const last = `zs${SCULPTING_BLOCKS - 1}.t${k}`
      sh.scalar(`sz.t${k}.s`, `Tranche ${k + 1}: sculpting ratio s = debt service / its share of CFADS (last sculpting block; 1/target when not sculpted)`, 'x',
        () => fx(`${sh.c(`${last}.s`)}+${sh.c(`${last}.h`)}`, 'factor'), SIZED.s(k))
      sh.scalar(`sz.t${k}.residual`, `Tranche ${k + 1}: sculpting residual = debt − s × W (last block)`, t.currency, () => fx(`${sh.c(`${last}.h`)}*${sh.c(`${last}.w`)}`, 'money'))
    }
  })
  sh.scalar('sz.gearingResidual', 'Gearing loop residual (last block; Checks: ≤ tolerance)', rep, () => fx(sculpted ? sh.c(`${lastG}.h`) : '0', 'money'))
  sh.scalar('sz.sculptResidual', 'Sculpting residual: the largest of the tranches\' (each in its currency)', '',
    () => fx(blocks ? `MAX(${tranches.map((_, k) => `ABS(${sh.c(`sz.t${k}.residual`)})`).join(',')})` : '0', 'money'))
  sh.scalar('sz.commitResidual', 'Commitment residual: the largest |commitment − debt at COD| of the tranches (each in its currency)', '',
    () => fx(`MAX(${tranches.map((_, k) => `ABS(${sh.c(`sz.t${k}.commitment`)}-${sh.c(TK(k, 'debtAtCodCcy'))})`).join(',')})`, 'money'))
  sh.section("The app's figures at export (for reference; not read by any formula)")
  sh.scalar(null, 'Debt at COD (app)', rep, num(fin.totalDebt.toNumber(), 'solved'))
  sh.scalar(null, 'Funding gearing (app)', '%', num(fin.gearing.toNumber(), 'solvedPct'))
  fin.tranches.forEach((t, k) => sh.scalar(null, `Tranche ${k + 1}: debt at COD in ${t.currency} (app)`, t.currency, num(t.debtAtCodInCurrency.toNumber(), 'solved')))

  for (let i = 0; i < COMMITMENT_PASSES; i++) {
    sh.section(`Commitment pass ${i + 1} of ${COMMITMENT_PASSES} at the gearing cap: funding on the commitments of the pass before${i === 0 ? ' (none)' : ''}`)
    writeFundingRows(ctx, sh, (x) => `zc${i}.${x}`, 'Debt_Gearing', (k) => (i === 0 ? '0' : sh.c(`zc${i - 1}.t${k}.D`)))
  }
  if (sculpted) {
    for (let i = 0; i < GEARING_BLOCKS; i++) writeGearingBlock(ctx, sh, i)
    for (let i = 0; i < POLISH_PASSES; i++) {
      sh.section(`Commitment pass ${i + 1} of ${POLISH_PASSES} at the sized gearing (Sized_Gearing)`)
      writeFundingRows(ctx, sh, (x) => `zf${i}.${x}`, 'Sized_Gearing', (k) => sh.c(i === 0 ? `${lastG}.t${k}.D` : `zf${i - 1}.t${k}.D`))
    }
  }
  if (blocks) for (let j = 0; j < SCULPTING_BLOCKS; j++) writeSculptingBlock(ctx, sh, j)
}

/** Tranche k's drawdown in its currency in a block: its share of the block's aggregate, converted. */
const drawInCurrency = (c: PeriodCtx, key: Keys, k: number) =>
  trancheTermsExcel.toTrancheCurrency(trancheConstructionExcel.draw(c.at(key('draw')), TN(k, 'Share')), c.at(TK(k, 'fx')))

/**
 * Construction funding at gearing `g` on the given commitments: each tranche's drawdowns to date in its
 * currency, IDC, the charges, grants and the aggregate drawdown; each tranche's debt at COD in its
 * currency (`t<k>.D`) and the debt (Σ drawdowns). Drawdowns to date, not the balance: principal (which
 * needs the debt at COD) must never feed back into construction, or the sheet would be circular.
 */
function writeFundingRows(ctx: ModelCtx, sh: SheetBuilder, key: Keys, g: string, commitment: (k: number) => string) {
  const rep = ctx.project.reportingCurrency
  const tranches = ctx.project.financing.tranches
  const all = (fn: (k: number) => string) => sumTranches(ctx, fn)
  // Construction columns only: nothing is drawn after COD, so these rows could only be zero there.
  const constr = { through: ctx.result.constructionPeriods }
  tranches.forEach((t, k) => sh.calc(key(`t${k}.drawn`), `Tranche ${k + 1}: drawdowns to date in ${t.currency} (construction)`, t.currency,
    (c) => `${c.prev(key(`t${k}.drawn`))}+${drawInCurrency(c, key, k)}`, constr))
  sh.calc(key('idc'), 'IDC (Σ tranches: opening balance × rate ÷ FX)', rep,
    (c) => all((k) => trancheConstructionExcel.idc(c.at('constr'), c.prev(key(`t${k}.drawn`)), c.at(TK(k, 'rate')), c.at(TK(k, 'fx')))), constr)
  sh.calc(key('charges'), 'Commitment fees, ECA premiums and hedge costs (Σ tranches)', rep, (c) => `${c.at('constr')}*(${all((k) => {
    const open = c.prev(key(`t${k}.drawn`))
    const x = c.at(TK(k, 'fx'))
    return `${trancheConstructionExcel.commitmentFee(c.at('constr'), commitment(k), open, TN(k, 'Commit_Periodic'), x)}+${trancheConstructionExcel.premium(c.at('constr'), c.at('period'), commitment(k), TN(k, 'ECA_Premium'), x)}+${trancheConstructionExcel.hedgeCost(open, x, TN(k, 'Hedge_Periodic'))}`
  })})`, constr)
  sh.calc(key('grants'), 'Grants (phased like capex, at most capex + IDC)', rep, (c) => constructionFundingExcel.grant(c.at('phase'), c.at('capexc'), c.at(key('idc'))), constr)
  sh.calc(key('draw'), 'Drawdown before the split = g × (capex + IDC − grants + charges) / (1 − g × Fee_Blend)', rep,
    (c) => trancheConstructionExcel.aggregateDraw(c.at('constr'), g, c.at('capexc'), c.at(key('idc')), c.at(key('grants')), c.at(key('charges')), 'Fee_Blend'), constr)
  tranches.forEach((t, k) => sh.scalar(key(`t${k}.D`), `Tranche ${k + 1}: debt at COD in ${t.currency} (the next pass's commitment)`, t.currency, () => fx(atCod(ctx, sh, key(`t${k}.drawn`)), 'money')))
  const nc = ctx.result.constructionPeriods
  sh.scalar(key('debt'), 'Debt = Σ drawdowns (each tranche its share)', rep, () => fx(`SUM(${sh.book.constructionSpanOf(key('draw'), sh.name, nc)})*Shares_Total`, 'money'))
}

/**
 * Each tranche's balance (its drawdowns `draw`, in its currency, less principal), interest, principal
 * (by its profile, at ratio `s(k)`) and the tax and CFADS they leave, then its floored backward sum W
 * (in its currency).
 */
function writeScheduleRows(ctx: ModelCtx, sh: SheetBuilder, key: Keys, from: { dep: string; debtAtCod: (k: number) => string; s: (k: number) => string; draw: (c: PeriodCtx, k: number) => string }) {
  const rep = ctx.project.reportingCurrency
  const tranches = ctx.project.financing.tranches
  const all = (fn: (k: number) => string) => sumTranches(ctx, fn)
  const bal = (k: number) => key(`t${k}.bal`)
  tranches.forEach((t, k) => sh.calc(bal(k), `Tranche ${k + 1}: balance in ${t.currency}`, t.currency,
    (c) => `${c.prev(bal(k))}+${from.draw(c, k)}-${c.at(key(`t${k}.principal`))}`))
  tranches.forEach((t, k) => sh.calc(key(`t${k}.interest`), `Tranche ${k + 1}: interest in ${t.currency} (after COD)`, t.currency,
    (c) => trancheScheduleExcel.interest(c.at('op'), c.prev(bal(k)), c.at(TK(k, 'rate')))))
  sh.calc(key('deductible'), 'Interest and hedge cost (Σ tranches, translated)', rep, (c) => `${c.at('op')}*(${all((k) =>
    `${trancheTermsExcel.toReporting(c.at(key(`t${k}.interest`)), c.at(TK(k, 'fx')))}+${trancheConstructionExcel.hedgeCost(c.prev(bal(k)), c.at(TK(k, 'fx')), TN(k, 'Hedge_Periodic'))}`)})`)
  writeTaxRows(ctx, sh, key, { ebitda: 'ebitda', depreciation: from.dep, interest: key('deductible') }, false)
  sh.calc(key('cfads'), 'CFADS = EBITDA − tax − ΔWC − maintenance capex', rep, (c) => cfadsOfExcel.inOneRow(c.at('ebitda'), c.at(key('tax')), c.at('dwc'), c.at('maint')))
  tranches.forEach((t, k) => sh.calc(key(`t${k}.principal`), `Tranche ${k + 1}: principal in ${t.currency} by its profile`, t.currency, (c) => tranchePrincipal(t, k, c, {
    opening: c.prev(bal(k)), interest: c.at(key(`t${k}.interest`)), debtAtCod: from.debtAtCod(k), cfads: c.at(key('cfads')), s: from.s(k), fxRow: TK(k, 'fx'), rateRow: TK(k, 'rate')
  })))
  tranches.forEach((t, k) => {
    const w = key(`t${k}.wRow`)
    sh.calc(w, `Tranche ${k + 1}: W row = MAX(next, (next + its share of CFADS in ${t.currency}) / (1 + rate + hedge cost)) in its window`, t.currency, (c) => tranchePlanExcel.flooredStep(
      `AND(${c.at('period')}>=${TN(k, 'First_Period')},${c.at('period')}<=${TN(k, 'Maturity')})`, c.next(w), c.at(key('cfads')), TN(k, 'Share'), c.at(TK(k, 'fx')), c.at(TK(k, 'rate')), TN(k, 'Hedge_Periodic')))
    sh.scalar(key(`t${k}.w`), `Tranche ${k + 1}: W = the floored sum at its first repayment`, t.currency, () => fx(`MAX(${sh.book.spanOf(w, sh.name)})`, 'money'))
  })
}

function writeGearingBlock(ctx: ModelCtx, sh: SheetBuilder, i: number) {
  const rep = ctx.project.reportingCurrency
  const tranches = ctx.project.financing.tranches
  const key = (x: string) => `zg${i}.${x}`
  const prev = (x: string) => sh.c(`zg${i - 1}.${x}`)
  const before = (x: string) => sh.c(`zg${i - 2}.${x}`)
  sh.section(`Gearing block ${i + 1} of ${GEARING_BLOCKS}: funding at gearing g, the tranches' schedules, and the debt the sculpted allocation at the target DSCR carries`)
  const clamp = (x: string) => `MIN(Debt_Gearing,MAX(0,${x}))`
  sh.scalar(key('g'), i === 0 ? 'g = the gearing cap' : i === 1 ? 'g = previous g × target debt / debt (first step)' : 'g by a secant step on the residual of the two previous blocks', '%', () => fx(
    i === 0 ? 'Debt_Gearing'
      : i === 1 ? `IF(${prev('debt')}>0,${clamp(`${prev('g')}*${prev('target')}/${prev('debt')}`)},0)`
        : clamp(secant(prev('g'), prev('h'), before('g'), before('h'))), 'pct'))
  // Commitments: block 1 takes the passes at the cap; later blocks one commitment pass of their own,
  // seeded with the block before's drawn amounts scaled by the change in g (drawdowns are nearly
  // proportional to it), so that a step in g does not leave the charges (and the secant) a step behind.
  if (i > 0) writeFundingRows(ctx, sh, (x) => key(`c.${x}`), sh.c(key('g')), (k) => `IF(${prev('g')}>0,${prev(`t${k}.D`)}*${sh.c(key('g'))}/${prev('g')},${prev(`t${k}.D`)})`)
  const commitment = (k: number) => (i === 0 ? sh.c(`zc${COMMITMENT_PASSES - 1}.t${k}.D`) : sh.c(key(`c.t${k}.D`)))
  writeFundingRows(ctx, sh, key, sh.c(key('g')), commitment)
  sh.calc(key('uses'), 'Uses = capex + contingency + IDC + charges + upfront fees (construction)', rep,
    (c) => constructionFundingExcel.uses(c.at('capexc'), c.at(key('idc')), `${c.at(key('charges'))}+${c.at(key('draw'))}*Fee_Blend`), { through: ctx.result.constructionPeriods })
  const nc = ctx.result.constructionPeriods
  sh.scalar(key('base'), 'Depreciable base (construction uses less land)', rep,
    () => fx(`SUM(${sh.book.constructionSpanOf(key('uses'), sh.name, nc)})-SUM(${sh.book.constructionSpanOf('land', sh.name, nc)})`, 'money'))
  writeDepreciationRows(ctx, sh, key, { base: sh.c(key('base')), uses: key('uses') }, false)
  // The tranches' ratios: the block before's scaled by the change in each tranche's debt (s is nearly
  // proportional to it), then GEARING_INNER_PASSES passes s ← D / W(s) at this block's funding.
  for (let q = 0; q < GEARING_INNER_PASSES; q++) {
    const pk = q === GEARING_INNER_PASSES - 1 ? key : (x: string) => key(`p${q}.${x}`)
    const before = q === 0 ? null : (x: string) => sh.c(key(`p${q - 1}.${x}`))
    tranches.forEach((t, k) => sh.scalar(pk(`t${k}.s`), `Tranche ${k + 1}: ratio the schedule runs at (${before ? 'the pass before\'s' : 'the block before\'s, × debt / debt before'})`, 'x', () => fx(
      before ? before(`t${k}.sNext`) : i === 0 ? '1/Target_DSCR' : `IF(${prev(`t${k}.D`)}>0,${prev(`t${k}.sStar`)}*${sh.c(key(`t${k}.D`))}/${prev(`t${k}.D`)},${prev(`t${k}.sStar`)})`, 'factor')))
    writeScheduleRows(ctx, sh, pk, { dep: key('dep'), debtAtCod: (k) => sh.c(key(`t${k}.D`)), s: (k) => sh.c(pk(`t${k}.s`)), draw: (c, k) => drawInCurrency(c, key, k) })
    tranches.forEach((_, k) => sh.scalar(pk(`t${k}.sNext`), `Tranche ${k + 1}: s = debt / W (sculpted; 1/target otherwise)`, 'x',
      () => fx(tranchePlanExcel.ratio(TN(k, 'Profile'), sh.c(key(`t${k}.D`)), sh.c(pk(`t${k}.w`)), sh.c(pk(`t${k}.s`))), 'factor')))
  }
  // s0 → s1 → s2 by the two passes; the accelerated ratio s2 − γ (s2 − s1) is what the capacity reads
  // (Anderson of depth 1 on the two passes: with ΔX + ΔF = s2 − s1).
  const f1 = tranches.map((_, k) => `(${sh.c(key(`t${k}.sNext`))}-${sh.c(key(`t${k}.s`))})`)
  if (GEARING_INNER_PASSES > 1) {
    const f0 = tranches.map((_, k) => `(${sh.c(key(`p${GEARING_INNER_PASSES - 2}.t${k}.sNext`))}-${sh.c(key(`p${GEARING_INNER_PASSES - 2}.t${k}.s`))})`)
    sh.scalar(key('gamma'), 'Acceleration factor γ of the last two passes (Anderson, depth 1)', 'x',
      () => fx(gammaDepth1(f1, f1.map((x, k) => `(${x}-${f0[k]})`), tranches.map((_, k) => sh.c(key(`t${k}.sNext`)))), 'factor'))
  }
  tranches.forEach((_, k) => sh.scalar(key(`t${k}.sStar`), GEARING_INNER_PASSES > 1 ? `Tranche ${k + 1}: s accelerated = s2 − γ × (s2 − s1)` : `Tranche ${k + 1}: s (the pass's)`, 'x',
    () => fx(GEARING_INNER_PASSES > 1 ? `${sh.c(key(`t${k}.sNext`))}-${sh.c(key('gamma'))}*${f1[k]}` : sh.c(key(`t${k}.sNext`)), 'factor')))
  sh.scalar(key('unsculptable'), 'A sculpted tranche has debt but nothing to sculpt on (W ≤ 0): no capacity', 'TRUE/FALSE',
    () => fx(`OR(${tranches.map((_, k) => tranchePlanExcel.unsculptable(TN(k, 'Profile'), sh.c(key(`t${k}.D`)), sh.c(key(`t${k}.w`)))).join(',')})`, 'flag'))
  sh.calc(key('S'), 'Debt service / CFADS = Σ share × s over the tranches repaying', 'x', (c) => tranchePlanExcel.aggregateRatio(tranches.map((_, k) => ({
    inWindow: `AND(${c.at('period')}>=${TN(k, 'First_Period')},${c.at('period')}<=${TN(k, 'Maturity')})`, share: TN(k, 'Share'), s: sh.c(key(`t${k}.sStar`))
  }))), { style: 'factor' })
  sh.scalar(key('worst'), 'The largest of them (1 / the lowest DSCR sculpted to)', 'x', () => fx(`MAX(${sh.book.spanOf(key('S'), sh.name)})`, 'factor'))
  sh.scalar(key('capacity'), 'Capacity = debt × (1/target) / the largest ratio', rep, () => fx(tranchePlanExcel.capacity(sh.c(key('debt')), sh.c(key('worst')), sh.c(key('unsculptable'))), 'money'))
  sh.scalar(key('target'), 'Debt to fund = MAX(0, MIN(capacity, debt at the cap))', rep, () => fx(`MAX(0,MIN(${sh.c(key('capacity'))},${sh.c('sz.atCap')}))`, 'money'))
  sh.scalar(key('h'), 'Residual = debt − debt to fund', rep, () => fx(`${sh.c(key('debt'))}-${sh.c(key('target'))}`, 'money'))
}

function writeSculptingBlock(ctx: ModelCtx, sh: SheetBuilder, j: number) {
  const tranches = ctx.project.financing.tranches
  const key = (x: string) => `zs${j}.${x}`
  const prev = (x: string) => sh.c(`zs${j - 1}.${x}`)
  const before = (x: string) => sh.c(`zs${j - 2}.${x}`)
  const sculpted = ctx.project.financing.sizing === 'sculpted'
  sh.section(`Sculpting block ${j + 1} of ${SCULPTING_BLOCKS}: each sculpted tranche's ratio s whose floored schedule repays exactly its debt`)
  // Block 1 starts from the last gearing block's ratios, scaled by each tranche's debt on the Debt sheet
  // over the block's (the same debt when it is sized on this case; a held debt differs).
  const lastG = (x: string) => sh.c(`zg${GEARING_BLOCKS - 1}.${x}`)
  const start = (k: number) => `IF(${lastG(`t${k}.D`)}>0,${lastG(`t${k}.sStar`)}*${sh.c(TK(k, 'debtAtCodCcy'))}/${lastG(`t${k}.D`)},${lastG(`t${k}.sStar`)})`
  tranches.forEach((_, k) => sh.scalar(key(`t${k}.s`), j === 0 ? `Tranche ${k + 1}: s = ${sculpted ? 'the last gearing block\'s × debt / its debt' : '1 / target DSCR'}` : j === 1 ? `Tranche ${k + 1}: s = debt / W of the previous block` : `Tranche ${k + 1}: s by an accelerated step (γ of the previous block)`, 'x', () => fx(
    j === 0 ? (sculpted ? start(k) : '1/Target_DSCR') : j === 1 ? `${prev(`t${k}.s`)}+${prev(`t${k}.h`)}`
      : `${prev(`t${k}.s`)}+${prev(`t${k}.h`)}-${prev('gamma1')}*(${prev(`t${k}.s`)}-${before(`t${k}.s`)}+${prev(`t${k}.h`)}-${before(`t${k}.h`)})${
        j >= 3 ? `-${prev('gamma2')}*(${before(`t${k}.s`)}-${sh.c(`zs${j - 3}.t${k}.s`)}+${before(`t${k}.h`)}-${sh.c(`zs${j - 3}.t${k}.h`)})` : ''}`, 'factor')))
  writeScheduleRows(ctx, sh, key, { dep: 'dep', debtAtCod: (k) => sh.c(TK(k, 'debtAtCodCcy')), s: (k) => sh.c(key(`t${k}.s`)), draw: (c, k) => c.at(TK(k, 'drawCcy')) })
  // Nothing to sculpt on (not sculpted, no debt, or no positive floored sum): the ratio stays and maturity clears the balance.
  tranches.forEach((_, k) => {
    const d = sh.c(TK(k, 'debtAtCodCcy'))
    const w = sh.c(key(`t${k}.w`))
    sh.scalar(key(`t${k}.h`), `Tranche ${k + 1}: residual = debt / W − s (0 when not sculpted, with no debt or W ≤ 0)`, 'x',
      () => fx(`IF(AND(${TN(k, 'Profile')}="sculpted",${d}>0,${w}>0),${d}/${w}-${sh.c(key(`t${k}.s`))},0)`, 'factor'))
  })
  // The next block's step: Anderson on this block's residuals and the differences from the blocks before.
  if (j >= 1 && j < SCULPTING_BLOCKS - 1) {
    const f = tranches.map((_, k) => sh.c(key(`t${k}.h`)))
    const x = tranches.map((_, k) => sh.c(key(`t${k}.s`)))
    const dF1 = tranches.map((_, k) => `(${f[k]}-${prev(`t${k}.h`)})`)
    const dF2 = j >= 2 ? tranches.map((_, k) => `(${prev(`t${k}.h`)}-${before(`t${k}.h`)})`) : null
    sh.scalar(key('gamma1'), `Acceleration factor γ1 for the next block (Anderson, depth ${dF2 ? 2 : 1})`, 'x',
      () => fx(dF2 ? gammaDepth2(1, f, dF1, dF2, x) : gammaDepth1(f, dF1, x), 'factor'))
    if (dF2) sh.scalar(key('gamma2'), 'Acceleration factor γ2 for the next block (Anderson, depth 2)', 'x', () => fx(gammaDepth2(2, f, dF1, dF2, x), 'factor'))
  }
}
