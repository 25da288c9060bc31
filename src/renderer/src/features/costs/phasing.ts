import { dec, toDecimalString } from '@shared/decimal'
import type { Project } from '@shared/model'

/** Even shares for n periods that add up to exactly 1 (the last share takes the rounding). */
export function evenPhasing(n: number): string[] {
  if (n <= 0) return []
  const share = dec(1).div(n).toDecimalPlaces(6)
  const out = Array.from({ length: n - 1 }, () => toDecimalString(share))
  out.push(toDecimalString(dec(1).minus(share.times(n - 1))))
  return out
}

/** A phasing that no longer has one share per construction period falls back to even (it cannot stay valid). */
export function fitPhasing(d: Project): void {
  const n = d.timeline.constructionMonths / d.timeline.periodMonths
  if (d.costs.capex.phasing.length > 0 && d.costs.capex.phasing.length !== n) d.costs.capex.phasing = []
}
