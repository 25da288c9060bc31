import { Decimal } from '../decimal'
import type { Project } from '../model'
import type { TornadoResult } from './tornado'

/**
 * Why a driver's two bars fall on the same side of the base (issue 17: on the India sample capex
 * −10 % and +10 % both lower the minimum DSCR, 2.08x and 2.16x against 2.19x). Not a bug: the
 * tornado holds the debt at the base case, and a debt sculpted to one cover leaves every repayment
 * year at the same DSCR, so a fall of CFADS in ANY year sets a new minimum. Capex moves CFADS two
 * ways: less capex is less depreciation, so more tax; more capex is more maintenance capex (it
 * scales with capex, methodology §10), which comes out of CFADS before tax is even due.
 */
export type TornadoNote = { driverId: string; text: string }

const ratio = (v: string) => `${new Decimal(v).toFixed(2, Decimal.ROUND_HALF_UP)}x`

export function tornadoNotes(project: Project, result: TornadoResult): TornadoNote[] {
  const base = result.base.minDscr
  if (!base.ok) return []
  const out: TornadoNote[] = []
  for (const r of result.rows) {
    const lo = r.low.minDscr
    const hi = r.high.minDscr
    if (!lo.ok || !hi.ok || !new Decimal(lo.value).lt(base.value) || !new Decimal(hi.value).lt(base.value)) continue
    const pct = `${(Number(r.step) * 100).toFixed(0)} %`
    const head = `${r.label} −${pct} and +${pct} both lower the minimum DSCR (${ratio(lo.value)} and ${ratio(hi.value)} against ${ratio(base.value)}).`
    const held =
      project.financing.sizing === 'sculpted'
        ? ' The debt is held at the base case, sculpted to the same cover in every repayment year, so a fall of CFADS in any one year sets a new minimum.'
        : ' The debt is held at the base case, so the minimum moves to whichever year’s CFADS falls most against its debt service.'
    const why: string[] = []
    if (r.kind === 'capex') {
      if (new Decimal(project.tax.rate).gt(0)) why.push('less capex means less depreciation, so more tax')
      if (new Decimal(project.costs.maintenanceCapexPerYear).gt(0)) why.push('more capex means more maintenance capex (it scales with capex), paid out of CFADS')
    }
    out.push({ driverId: r.driverId, text: `${head}${held}${why.length ? ` Here ${why.join('; ')}.` : ''}` })
  }
  return out
}
