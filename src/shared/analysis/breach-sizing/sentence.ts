import { assumptionsLine } from './assumptions'
import type { BreachTarget } from './cover'
import type { BreachSizingResult } from './size-to-breach'

/** 12,345,678 → "USD 12.35 m", 3,296,235,745 → "INR 3,296.2 m": millions as a term sheet quotes them (two decimals below 100 m, one above). */
export function millions(currency: string, x: number): string {
  const digits = Math.abs(x) < 100e6 ? 2 : 1
  return `${currency} ${(x / 1e6).toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })} m`
}

const percent = (p: number) => `${(p * 100).toLocaleString('en-US', { maximumFractionDigits: 2 })} %`

/** "P(min DSCR < 1.00x) ≤ 10 %", "P90 min DSCR ≥ 1.30x", or both joined by "and". */
export function targetText(t: BreachTarget): string {
  const parts: string[] = []
  if (t.maxBreachProbability !== null) parts.push(`P(min DSCR < 1.00x) ≤ ${percent(t.maxBreachProbability)}`)
  if (t.p90Covenant !== null) parts.push(`P90 min DSCR ≥ ${t.p90Covenant.toFixed(2)}x`)
  return parts.join(' and ')
}

/**
 * The plain sentence a lender reads (panel, CLI, project sheet, memo): the target, the amount, the
 * deterministic sizing beside it, draws, seed and the distribution assumptions with their sources.
 */
export function sizingSentence(r: BreachSizingResult): string {
  const c = r.currency
  const bound = r.next === null
    ? ` (the target holds up to the top of the range searched, ${r.upperScale.toFixed(2)}× the deterministic sizing: a lower bound)`
    : r.chosen.amount === 0
      ? ` — no senior debt meets it: even the smallest amount tried, ${r.next.amount < 1e4 ? `${c} ${Math.round(r.next.amount).toLocaleString('en-US')}` : millions(c, r.next.amount)}, breaches in ${percent(r.next.breachProbability)} of draws, those whose CFADS falls to about zero or below in a repayment period, which no debt amount can cover`
      : ''
  return `Sized to ${targetText(r.target)}: ${millions(c, r.chosen.amount)}${bound} (deterministic sizing ${millions(c, r.deterministic.amount)}), ${r.settings.mc.draws.toLocaleString('en-US')} draws, seed ${r.settings.mc.seed}, ${assumptionsLine(r.assumptions)}.`
}

/** The chosen point's probability with its standard error: "P(min DSCR < 1.00x) = 9.96 % ± 0.30 % (1 s.e.)". */
export function chosenProbabilityText(r: BreachSizingResult): string {
  const p = r.chosen
  const base = `P(min DSCR < 1.00x) = ${percent(p.breachProbability)} ± ${percent(p.breachStandardError)} (1 s.e.; 95 % ${percent(p.breachCi95[0])}–${percent(p.breachCi95[1])})`
  return r.target.p90Covenant !== null && p.p10MinDscr !== null ? `${base}; P90 min DSCR ${p.p10MinDscr.toFixed(3)}x` : base
}
