import { Decimal } from '../decimal'

/**
 * How the bankability checklist grades a metric against a lender threshold, in the two forms that
 * must agree: Decimal for the app (src/shared/format/checklist.ts) and Excel for the workbook's
 * Covenants sheet. `tests/shared/rules/grade.test.ts` holds them to each other on a grid of values
 * that includes every boundary.
 *
 * - green: on the good side of the threshold;
 * - amber: misses it by less than AMBER_BAND (10 % of the threshold) — or, for the minimum DSCR when
 *   the lock-up level is below the covenant, between lock-up and covenant (short of the lender's
 *   minimum, but above the lock-up, so distributions still flow);
 * - red: misses by more.
 *
 * "On the good side" allows GRADE_TOLERANCE × max(1, |edge|): a metric is computed in Decimal by the
 * app and in binary floating point by the spreadsheet, and the two agree to about 1e-13 (methodology
 * §9), so a sculpted DSCR that is the covenant "exactly" must not grade green in one and amber in the
 * other. 1e-9 is the model's comparison tolerance; no threshold a lender writes is finer.
 */
export type Side = 'atLeast' | 'atMost'
export type Graded = 'green' | 'amber' | 'red'

/** How close to a threshold counts as amber: within 10 % of it. */
// Stryker disable next-line StringLiteral: false survivor, module-level initialiser (see docs/mutation-testing.md); the value is tested in grade.test.ts ('the constants')
export const AMBER_BAND = new Decimal('0.1')
/** Relative slack at an edge (absolute below 1), see above. */
// Stryker disable next-line StringLiteral: false survivor, module-level initialiser (see docs/mutation-testing.md); the value is tested in grade.test.ts ('the constants')
export const GRADE_TOLERANCE = new Decimal('1e-9')

/** `value` on the good side of `edge`, within the tolerance. */
export function onSide(value: Decimal, edge: Decimal, side: Side): boolean {
  const slack = GRADE_TOLERANCE.times(Decimal.max(1, edge.abs()))
  return side === 'atLeast' ? value.gte(edge.minus(slack)) : value.lte(edge.plus(slack))
}

/** Excel form of onSide; `tol` names the cell holding GRADE_TOLERANCE. */
export function onSideExcel(value: string, edge: string, side: Side, tol: string): string {
  const slack = `${tol}*MAX(1,ABS(${edge}))`
  return side === 'atLeast' ? `${value}>=${edge}-${slack}` : `${value}<=${edge}+${slack}`
}

/** Where amber ends: the threshold moved by the band, away from the good side. */
const amberEdge = (threshold: Decimal, side: Side, band: Decimal) => threshold.times(side === 'atLeast' ? Decimal.sub(1, band) : Decimal.add(1, band))
export const amberEdgeExcel = (threshold: string, side: Side, band: string) => `${threshold}*(1${side === 'atLeast' ? '-' : '+'}${band})`

/** Grade `value` against `threshold` on one side, amber within `band` of the threshold. */
export function gradeAgainst(value: Decimal, threshold: Decimal, side: Side, band: Decimal = AMBER_BAND): Graded {
  if (onSide(value, threshold, side)) return 'green'
  return onSide(value, amberEdge(threshold, side, band), side) ? 'amber' : 'red'
}

export function gradeAgainstExcel(value: string, threshold: string, side: Side, band: string, tol: string): string {
  return `IF(${onSideExcel(value, threshold, side, tol)},"green",IF(${onSideExcel(value, amberEdgeExcel(threshold, side, band), side, tol)},"amber","red"))`
}

/**
 * Minimum DSCR: against the covenant, but when the lock-up level is below the covenant, amber is the
 * band between them (distributions still flow: a lock-up traps cash only below its level) instead of
 * the 10 % band; below the lock-up, red.
 */
export function gradeMinDscr(value: Decimal, covenant: Decimal, lockup: Decimal, band: Decimal = AMBER_BAND): Graded {
  if (!lockup.lt(covenant)) return gradeAgainst(value, covenant, 'atLeast', band)
  if (onSide(value, covenant, 'atLeast')) return 'green'
  return onSide(value, lockup, 'atLeast') ? 'amber' : 'red'
}

/** Excel: where the minimum DSCR's amber ends (the lock-up level when below the covenant). */
export const minDscrAmberEdgeExcel = (covenant: string, lockup: string, band: string) => `IF(${lockup}<${covenant},${lockup},${amberEdgeExcel(covenant, 'atLeast', band)})`

export function gradeMinDscrExcel(value: string, covenant: string, lockup: string, band: string, tol: string): string {
  const amber = `IF(${lockup}<${covenant},${onSideExcel(value, lockup, 'atLeast', tol)},${onSideExcel(value, amberEdgeExcel(covenant, 'atLeast', band), 'atLeast', tol)})`
  return `IF(${onSideExcel(value, covenant, 'atLeast', tol)},"green",IF(${amber},"amber","red"))`
}

/** The debt service reserve in months (0 = none) against the months the lender asks for: short is amber, none is red. */
export function gradeDsra(haveMonths: number, needMonths: number): Graded {
  if (haveMonths >= needMonths) return 'green'
  return haveMonths > 0 ? 'amber' : 'red'
}

export function gradeDsraExcel(have: string, need: string): string {
  return `IF(${have}>=${need},"green",IF(${have}>0,"amber","red"))`
}

/** Project NPV: green when it is not negative (the project earns at least the discount rate), else red. */
export function gradeNpv(npv: Decimal): Graded {
  return onSide(npv, new Decimal(0), 'atLeast') ? 'green' : 'red'
}

export function gradeNpvExcel(npv: string, tol: string): string {
  return `IF(${onSideExcel(npv, '0', 'atLeast', tol)},"green","red")`
}

/**
 * Cover in every operating period with debt service, grace included (§11): green at or above the
 * lock-up level; amber from 1.00x up to it (debt service is met but distributions would be trapped);
 * red below 1.00x (CFADS does not meet debt service: the DSRA or the sponsor pays, an event of default
 * unless cured).
 */
export function gradeCoverAllOperating(value: Decimal, lockup: Decimal): Graded {
  if (onSide(value, Decimal.max(lockup, 1), 'atLeast')) return 'green'
  return onSide(value, new Decimal(1), 'atLeast') ? 'amber' : 'red'
}

export function gradeCoverAllOperatingExcel(value: string, lockup: string, tol: string): string {
  return `IF(${onSideExcel(value, `MAX(${lockup},1)`, 'atLeast', tol)},"green",IF(${onSideExcel(value, '1', 'atLeast', tol)},"amber","red"))`
}

/**
 * Sponsor support (§11): none is green; support only before the first repayment (ramp-up losses, the
 * first working-capital build, grace-period interest) is amber — a known funding need the sponsor's
 * standby commitment must cover, shown in sources and uses; any support from the first repayment on
 * is red: the project cannot carry its own debt service and reserves.
 */
export function gradeSponsorSupport(total: Decimal, fromFirstRepayment: Decimal): Graded {
  if (!total.gt(0)) return 'green'
  return fromFirstRepayment.gt(0) ? 'red' : 'amber'
}

export function gradeSponsorSupportExcel(total: string, fromFirstRepayment: string): string {
  return `IF(${total}<=0,"green",IF(${fromFirstRepayment}>0,"red","amber"))`
}

/** Periods in default (§11: DSCR below 1.00x or a reserve below target): none is green, any is red. */
export const gradeDefaultPeriods = (count: number): Graded => (count === 0 ? 'green' : 'red')
export const gradeDefaultPeriodsExcel = (count: string): string => `IF(${count}=0,"green","red")`
