/**
 * "Breach sizing (values)": senior debt sized to a breach probability (issue 19) as the app computed it —
 * the sentence, the chosen amount with its probability and standard error, the deterministic sizing on
 * the same draws, the next amount up, the probability curve, and the settings and distribution
 * assumptions with their sources. VALUES only: the Monte Carlo cannot be a worksheet formula, so the
 * sheet says in its own words that nothing here moves when an input changes.
 */
import type { BreachSizingPoint, BreachSizingResult } from '@shared/analysis/breach-sizing/size-to-breach'
import { sizingSentence, targetText } from '@shared/analysis/breach-sizing/sentence'
import type { Cell, SheetDesc } from '../types'
import { ValueSheet, text, value } from './value-sheet'

export const BREACH_SIZING_SHEET = 'Breach sizing (values)'

const pointCells = (p: BreachSizingPoint): (Cell | undefined)[] => [
  value(p.amount, 'money'), value(p.scale, 'multiplier'), value(p.breachProbability, 'pct'), value(p.breachStandardError, 'pct'),
  value(p.breachCi95[0], 'pct'), value(p.breachCi95[1], 'pct'), value(p.p10MinDscr, 'ratio', 'no DSCR'), value(p.covenantProbability, 'pct', '—'), text(p.meets ? 'meets' : 'misses')
]

export function breachSizingSheet(r: BreachSizingResult, title: string, banner: string): SheetDesc {
  const sh = new ValueSheet(BREACH_SIZING_SHEET, title, banner, [34, 16, 14, 14, 14, 14, 14, 16, 12])
  sh.line([text('VALUES, NOT FORMULAS: computed by the app’s Monte Carlo (seeded); no cell here is linked to the model, and none moves when you change an input. Re-run the sizing in the app or with `bankable size` after a change.', 'banner')])
  sh.line([text(sizingSentence(r), 'note')])
  const header = ['Debt amount (' + r.currency + ')', '× deterministic', 'P(min DSCR < 1.00x)', 'Std error', '95 % low', '95 % high', 'P90 min DSCR (x)', 'P(< covenant)', 'Target']
  sh.section(`Result — target ${targetText(r.target)}`)
  sh.line([text('', 'header'), ...header.map((h) => text(h, 'header'))])
  sh.line([text('Chosen (largest amount meeting the target)', 'label'), ...pointCells(r.chosen)])
  if (r.next) sh.line([text('Next amount up (misses)', 'label'), ...pointCells(r.next)])
  else sh.line([text('Next amount up', 'label'), text('none: the target holds to the top of the range (the chosen amount is a lower bound)', 'note')])
  sh.line([text(`Deterministic sizing (${r.deterministic.sizingMode})`, 'label'), ...pointCells(r.deterministic.point)])
  sh.section('Probability curve (the same draws at every amount: common random numbers)')
  sh.line([text('Point', 'header'), ...header.map((h) => text(h, 'header'))])
  r.curve.forEach((p, i) => sh.line([{ t: 'n', v: i + 1, style: 'count' }, ...pointCells(p)]))
  if (r.nonMonotone.length > 0) sh.note(`Not monotone: ${r.nonMonotone.length} curve point(s) above the first miss meet the target again; they are not chosen (the answer is the largest amount below which every evaluated amount meets it).`)
  sh.section('Settings and assumptions')
  const m = r.settings.mc
  const rows: [string, Cell | undefined][] = [
    ['Draws', { t: 'n', v: m.draws, style: 'count' }], ['Seed', { t: 'n', v: m.seed, style: 'count' }],
    ['Search tolerance (' + r.currency + ')', value(r.tolerance, 'money')], ['Amounts evaluated', { t: 'n', v: r.evaluations, style: 'count' }],
    ['Top of the range (× deterministic)', value(r.upperScale, 'multiplier')], ['Price process', text(r.assumptions.process)],
    ...r.assumptions.prices.map((p): [string, Cell | undefined] => [`${p.product} volatility (per year)`, text(`${(p.volatility * 100).toFixed(1)} % — ${p.source}`)]),
    ['Correlation', text(r.assumptions.correlation)], ['Volume', text(r.assumptions.volume)], ['Recovery', text(r.assumptions.recovery)], ['FX', text(r.assumptions.fx)]
  ]
  for (const [label, cell] of rows) sh.line([text(label, 'label'), cell])
  if (r.cappedAtFullFunding) sh.note('The range stops where debt would fund 100 % of a construction period’s uses.')
  return sh.toDesc()
}
