import { DEFAULT_BREACH_SIZING, MAX_SIZING_DRAWS, chosenProbabilityText, millions, sizeToBreach, sizingSentence, type BreachSizingResult } from '@shared/analysis'
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, loadProject, type Output } from '../io'
import { numberOption, parseValueArgs } from './analysis-args'
import { MC_FLAGS, MC_VALUE_OPTIONS, parseMcOptions, withReferenceProcess } from './mc-args'

import { SIZE_USAGE } from './usages'
export { SIZE_USAGE }

const pct = (x: number) => `${(x * 100).toFixed(2)} %`

/**
 * `size FILE`: senior debt sized to a breach probability (issue 19). `--breach-prob 0.10`: the largest
 * debt with P(min DSCR < 1.00x over the loan life) ≤ 10 %; `--p90-covenant 1.30`: the largest with the
 * P90 (10th percentile) minimum DSCR ≥ 1.30x; both: both hold. The deterministic sizing's drawdowns and
 * schedule are scaled (profile and tranche split held), every amount on the same seeded draws as
 * `simulate` with the same options. Prints the sentence, the chosen point and the curve; `--json` for the
 * whole result. Exit 0 ok, 1 unreadable/invalid project or refused settings, 2 usage.
 */
export async function sizeCommand(args: string[], out: Output): Promise<number> {
  const p = parseValueArgs(args, [...MC_VALUE_OPTIONS, '--breach-prob', '--p90-covenant', '--points'], ['--json', ...MC_FLAGS])
  if (!p.ok) return usage(out, p.message)
  if (p.positionals.length !== 1) return usage(out, p.positionals.length === 0 ? 'missing FILE' : 'expects exactly one FILE')
  if (!p.values.has('--breach-prob') && !p.values.has('--p90-covenant')) return usage(out, 'give --breach-prob P, --p90-covenant DSCR, or both')
  const prob = numberOption(p.values, '--breach-prob', NaN, (x) => x >= 0 && x < 1, 'must be from 0 to below 1 (0.10 = 10 %)')
  const covenant = numberOption(p.values, '--p90-covenant', NaN, (x) => x > 0 && x <= 10, 'must be a DSCR above 0 and at most 10 (1.30 = 1.30x)')
  const points = numberOption(p.values, '--points', DEFAULT_BREACH_SIZING.curvePoints, (x) => Number.isInteger(x) && x >= 3 && x <= 101, 'must be a whole number from 3 to 101')
  for (const v of [prob, covenant, points]) if (typeof v === 'string') return usage(out, v)
  const mc = parseMcOptions(p.values, p.flags, MAX_SIZING_DRAWS)
  if (typeof mc === 'string') return usage(out, mc)
  const project = await loadProject(p.positionals[0]!, out)
  if (!project) return EXIT_PROBLEMS
  const target = { maxBreachProbability: p.values.has('--breach-prob') ? (prob as number) : null, p90Covenant: p.values.has('--p90-covenant') ? (covenant as number) : null }
  const r = sizeToBreach(project, { ...DEFAULT_BREACH_SIZING, curvePoints: points as number, mc: withReferenceProcess(project, mc, p.values), target })
  if (!r.ok) {
    out.stderr(`size: ${r.reason}\n`)
    return EXIT_PROBLEMS
  }
  out.stdout(p.flags.has('--json') ? `${JSON.stringify(r, null, 2)}\n` : `${report(r).join('\n')}\n`)
  return EXIT_OK
}

function report(r: BreachSizingResult): string[] {
  const c = r.currency
  const row = (label: string, x: BreachSizingResult['chosen']) =>
    `${label.padEnd(26)}${millions(c, x.amount).padStart(18)}${`${x.scale.toFixed(4)}×`.padStart(11)}${pct(x.breachProbability).padStart(11)}${`± ${pct(x.breachStandardError)}`.padStart(12)}${(x.p10MinDscr === null ? 'n/a' : `${x.p10MinDscr.toFixed(3)}x`).padStart(11)}`
  const head = `${''.padEnd(26)}${'debt'.padStart(18)}${'× det.'.padStart(11)}${'P(<1.00x)'.padStart(11)}${'1 s.e.'.padStart(12)}${'P90 DSCR'.padStart(11)}`
  return [
    sizingSentence(r),
    chosenProbabilityText(r),
    '',
    head,
    row('chosen', r.chosen),
    ...(r.next ? [row('next amount up', r.next)] : []),
    row(`deterministic (${r.deterministic.sizingMode})`, r.deterministic.point),
    '',
    'curve:',
    ...r.curve.map((x, i) => row(`  ${i + 1}`, x)),
    ...(r.nonMonotone.length > 0 ? [`not monotone: ${r.nonMonotone.length} curve point(s) above the first miss meet again (not chosen)`] : []),
    `(${r.evaluations} amounts on the same draws, tolerance ${millions(c, r.tolerance)}, ${r.elapsedMs} ms)`
  ]
}

function usage(out: Output, message: string): number {
  out.stderr(`size: ${message}\nusage: ${SIZE_USAGE}\n`)
  return EXIT_USAGE
}
