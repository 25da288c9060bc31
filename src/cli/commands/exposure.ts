import { computeExposureLedger, computeJointStress, jointSentence, OFFSET_KEYS, OFFSET_LABELS, validateStep, type ExposureLedger, type JointStress } from '@shared/analysis'
import { Decimal } from '@shared/decimal'
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, loadProject, type Output } from '../io'
import { amount, percent, table } from '../text'
import { parseValueArgs } from './analysis-args'

import { EXPOSURE_USAGE } from './usages'
export { EXPOSURE_USAGE }

const ratio = (s: string | null) => (s === null ? 'n/a' : `${new Decimal(s).toFixed(3)}x`)

/** The ledger as text: one row per driver, the offsets as columns, money in the reporting currency over the window. */
export function ledgerText(name: string, l: ExposureLedger): string {
  const pct = `${new Decimal(l.step).times(100).toString()} %`
  const cur = l.currency
  const money = (s: string) => amount(new Decimal(s), cur, 0)
  const head = [
    `${name}: natural-hedge ledger, per +${pct} move, summed over the ${l.window.kind === 'loanLife' ? 'loan life' : 'operating life (no debt)'} ${l.window.from} to ${l.window.to} (periods ${l.window.firstPeriod}–${l.window.lastPeriod}), debt held as sized`,
    `Base: CFADS ${money(l.baseCfads)} ${cur}, debt service ${money(l.baseDebtService)} ${cur}, minimum DSCR ${ratio(l.baseMinDscr)} (covenant ${new Decimal(l.covenantDscr).toFixed(2)}x). Offsets: amount removed (negative adds exposure).`,
    ''
  ]
  const rows = [['Driver', 'Gross', ...OFFSET_KEYS.map((k) => OFFSET_LABELS[k]), 'Net', '% of CFADS', `Min DSCR +${pct}`, `Net −${pct}`, `Min DSCR −${pct}`]]
  for (const r of l.rows)
    rows.push([
      r.label, money(r.gross), ...OFFSET_KEYS.map((k) => money(r.removed[k])), money(r.net), r.shareOfCfads === null ? 'n/a' : percent(new Decimal(r.shareOfCfads), 2),
      ratio(r.minDscrUp), money(r.netDown), ratio(r.minDscrDown)
    ])
  return `${head.join('\n')}\n${table(rows)}`
}

/** The joint stress as a grid of minimum DSCR, rows = A's moves, columns = B's, and the corner's sentence. */
export function jointText(j: JointStress): string {
  const mv = (m: string) => `${new Decimal(m).gt(0) ? '+' : ''}${new Decimal(m).times(100).toString()} %`
  const rows = [[`${j.a.label} \\ ${j.b.label}`, ...j.bMoves.map(mv)], ...j.aMoves.map((a, i) => [mv(a), ...j.cells[i]!.map((c) => ratio(c.minDscr))])]
  return `\nJoint stress: minimum DSCR over the loan life, debt held as sized\n${table(rows)}${jointSentence(j, 0, j.bMoves.length - 1)}\n`
}

/**
 * `exposure FILE`: the natural-hedge ledger (issue 19) — per metal, FX and by-products, the gross
 * exposure to a +step move, what each offset removes and what is left, with the loan-life minimum
 * DSCR after the move — and with `--joint A,B` the 5 × 5 joint stress of two drivers (ids as in the
 * JSON: metal:Li, fx:INR, fx:JPY, byproducts). `--json` prints everything at full precision. Exit 0/1/2.
 */
export async function exposureCommand(args: string[], out: Output): Promise<number> {
  const p = parseValueArgs(args, ['--step', '--joint'], ['--json'])
  if (!p.ok) return usage(out, p.message)
  if (p.positionals.length !== 1) return usage(out, p.positionals.length === 0 ? 'missing FILE' : 'expects exactly one FILE')
  const step = p.values.get('--step') ?? '0.1'
  const bad = validateStep(step)
  if (bad) return usage(out, bad)
  const jointIds = p.values.get('--joint')?.split(',').map((s) => s.trim())
  if (jointIds && jointIds.length !== 2) return usage(out, '--joint takes two driver ids, e.g. metal:Li,fx:INR')
  const project = await loadProject(p.positionals[0]!, out)
  if (!project) return EXIT_PROBLEMS
  const ledger = computeExposureLedger(project, { step })
  let joint: JointStress | null = null
  if (jointIds) {
    const r = computeJointStress(project, { a: jointIds[0]!, b: jointIds[1]! })
    if (!r.ok) return usage(out, r.reason)
    joint = r.value
  }
  if (p.flags.has('--json')) {
    out.stdout(`${JSON.stringify({ project: project.name, ledger, ...(joint ? { joint } : {}) }, null, 2)}\n`)
    return EXIT_OK
  }
  out.stdout(ledgerText(project.name, ledger) + (joint ? jointText(joint) : ''))
  return EXIT_OK
}

function usage(out: Output, message: string): number {
  out.stderr(`exposure: ${message}\nusage: ${EXPOSURE_USAGE}\n`)
  return EXIT_USAGE
}
