/**
 * By-products, residues and EPR certificates in the Excel model (methodology §13): their inputs, the
 * by-product sales and EPR revenue on Revenue (added to revenue, not to offtake coverage), the disposal
 * of residues on Costs (added to opex), by the Excel forms of src/shared/rules/byproducts.ts and (in
 * ./epr.ts) epr-certificates.ts. Nothing is written for a project without them, so its workbook is unchanged.
 */
import type { Project } from '@shared/model'
import { byproductDeckPriceExcel, byproductRevenueExcel, byproductTonnesExcel, byproductUnitPriceExcel, disposalCostExcel } from '@shared/rules/byproducts'
import type { SheetBuilder } from '../grid'
import { type ModelCtx, K, STRUCTURE_NOTE, num } from './context'
import { writeEprInputs, writeEprRevenue } from './epr'
import { SCN, decksLaidOut } from './scenarios'

type At = { at(k: string): string }

/** Inputs name of stream i's by-product k (0-based). */
export const byproductName = (i: number, k: number, field: string) => `Stream${i + 1}_By${k + 1}_${field}`
const lines = (p: Project) => p.feedstock.flatMap((s, i) => (s.byproducts ?? []).map((b, k) => ({ s, i, b, k })))
export const hasByproducts = (p: Project) => lines(p).length > 0
/** The kinds the sold lines name (each gets its deck prices laid out), in first-seen order. */
const byproductKinds = (p: Project) => [...new Set(lines(p).flatMap(({ b }) => (b.fate.kind === 'sold' && b.kind !== undefined ? [b.kind] : [])))]
/** Inputs name of deck d's (0-based, as laid out) price list of the j-th kind. */
const deckByproductName = (d: number, j: number, field: string) => `Deck${d + 1}_ByKind${j + 1}_${field}`

export function writeByproductInputs(ctx: ModelCtx, sh: SheetBuilder) {
  const p = ctx.project
  const rep = p.reportingCurrency
  if (hasByproducts(p)) {
    sh.section(`By-products and residues (tonnes per tonne of input processed; an own price in ${rep} per tonne, money of the start date)`)
    for (const { s, i, b, k } of lines(p)) {
      const label = (t: string) => `${s.name}: ${b.name}: ${t}`
      sh.scalar(null, label('mass fraction of input'), 't/t input', num(b.massFraction, 'inPct'), byproductName(i, k, 'Frac'), b.source)
      if (b.fate.kind === 'sold') {
        const own = b.fate.pricePerTonne
        sh.scalar(null, label(`own price (blank = the deck price of ${b.kind === undefined ? 'its kind' : `"${b.kind}"`})`), `${rep}/t`,
          own !== undefined ? { ...num(own, 'inMoney'), blankOk: true } : { t: 'blank', style: 'inMoney', blankOk: true }, byproductName(i, k, 'Price'))
        sh.scalar(null, label('payable'), '%', num(b.fate.payable, 'inPct'), byproductName(i, k, 'Payable'))
        sh.scalar(null, label('price escalation'), '%/yr', num(b.fate.escalation, 'inPct'), byproductName(i, k, 'Esc'))
      } else sh.scalar(null, label('disposal cost (escalated at the opex rate)'), `${rep}/t`, num(b.fate.costPerTonne, 'inMoney'), byproductName(i, k, 'Cost'))
    }
  }
  // Each laid-out deck's by-product prices (deck currency per tonne by calendar year), for the kinds the lines name.
  const kinds = byproductKinds(p)
  if (kinds.length > 0)
    decksLaidOut(p).forEach((deck, d) => {
      sh.section(`By-product prices in deck ${d + 1} "${deck.name}" (${deck.currency} per tonne; the latest listed year not after the period's)`)
      kinds.forEach((kind, j) => {
        const row = deck.byproductPrices?.find((x) => x.byproductId === kind)
        if (!row) sh.scalar(null, `${kind}: no price in this deck (0 used, as in the app)`, `${deck.currency}/t`, num(0, 'money'), undefined, STRUCTURE_NOTE)
        else {
          // One listed price applies to every year (byproductDeckPriceExcel's `single`): its year is named in
          // the label, not laid out as an input cell no formula reads (as the EPR table does).
          const single = row.points.length === 1
          if (!single) sh.list(deckByproductName(d, j, 'Years'), `${kind}: calendar year`, 'year', row.points.map((x) => num(x.year, 'inYear')))
          sh.list(deckByproductName(d, j, 'Prices'), single ? `${kind}: price (listed for ${row.points[0]!.year}, applies to every year)` : `${kind}: price`, `${deck.currency}/t`, row.points.map((x) => num(x.pricePerTonne, 'inMoney')))
        }
      })
    })
  writeEprInputs(ctx, sh)
}

/** Revenue rows (before the totals): each sold by-product, their sum, and EPR certificates. Returns the keys revenue adds. */
export function writeByproductRevenue(ctx: ModelCtx, sh: SheetBuilder): string[] {
  const p = ctx.project
  const rep = p.reportingCurrency
  const keys: string[] = []
  const sold = lines(p).filter((x) => x.b.fate.kind === 'sold')
  const kinds = byproductKinds(p)
  if (hasByproducts(p)) {
    sh.section('By-product sales (not in offtake coverage)')
    for (const { s, i, b, k } of sold) {
      const key = `bp${i}_${k}`
      sh.calc(`${key}.t`, `${s.name}: ${b.name} tonnes = input tonnes × mass fraction`, 't', (c) => byproductTonnesExcel(c.at(K.streamTonnes(i)), byproductName(i, k, 'Frac')), { total: 'sum', style: 'quantity' })
      const j = b.kind === undefined ? -1 : kinds.indexOf(b.kind)
      sh.calc(`${key}.price`, `${b.name} price = own price × (1 + escalation)^steps, or (blank) the deck price of its kind × ${rep} per deck currency`, `${rep}/t`, (c) =>
        byproductUnitPriceExcel(byproductName(i, k, 'Price'), `(1+${byproductName(i, k, 'Esc')})^${c.at('escYears')}`, j < 0 ? '0' : deckByproductPrice(sh, p, j, c), `${c.at(K.fx(rep))}/${c.at('deckFx')}`), { style: 'money' })
      sh.calc(`${key}.rev`, `${b.name} sales = tonnes × price × payable`, rep, (c) =>
        byproductRevenueExcel(c.at(`${key}.t`), c.at(`${key}.price`), byproductName(i, k, 'Payable'), '1'), { total: 'sum' })
    }
    sh.calc('byproductRev', 'By-product revenue', rep, (c) => (sold.length ? sold.map(({ i, k }) => c.at(`bp${i}_${k}.rev`)).join('+') : `0*${c.at('op')}`), { total: 'sum', style: 'total' })
    keys.push('byproductRev')
  }
  if (p.epr) keys.push(writeEprRevenue(ctx, sh))
  return keys
}

/** The deck in view's price of the j-th kind in period c (CHOOSE by Scn_Deck among the decks laid out; 0 where a deck has none, as the engine). */
function deckByproductPrice(sh: SheetBuilder, p: Project, j: number, c: At): string {
  const kind = byproductKinds(p)[j]!
  const prices = decksLaidOut(p).map((deck, d) => {
    const row = deck.byproductPrices?.find((x) => x.byproductId === kind)
    if (!row) return '0'
    const ys = deckByproductName(d, j, 'Years')
    const vs = deckByproductName(d, j, 'Prices')
    // A single listed price has no year list laid out (the by-product price inputs above): the rule's `single` form reads the price only.
    const single = row.points.length === 1
    return byproductDeckPriceExcel(c.at('calYear'), ys, vs, single ? '' : sh.book.nth(ys, 1), sh.book.nth(vs, 1), single)
  })
  return prices.length === 1 ? prices[0]! : `CHOOSE(${SCN.deck},${prices.join(',')})`
}

/** Costs rows: each disposed residue and their sum (added to opex). Null for a project without residues. */
export function writeDisposalCosts(ctx: ModelCtx, sh: SheetBuilder, opexEscalation: (c: At) => string): string | null {
  const p = ctx.project
  const disposed = lines(p).filter((x) => x.b.fate.kind === 'disposed')
  if (!hasByproducts(p)) return null
  const rep = p.reportingCurrency
  sh.section('Disposal of residues (a cost line of its own, inside opex)')
  for (const { s, i, b, k } of disposed) {
    const key = `rd${i}_${k}`
    sh.calc(`${key}.t`, `${s.name}: ${b.name} tonnes = input tonnes × mass fraction`, 't', (c) => byproductTonnesExcel(c.at(K.streamTonnes(i)), byproductName(i, k, 'Frac')), { total: 'sum', style: 'quantity' })
    sh.calc(`${key}.cost`, `${b.name} disposal = tonnes × cost × opex escalation × opex multiplier`, rep, (c) => disposalCostExcel(c.at(`${key}.t`), byproductName(i, k, 'Cost'), opexEscalation(c)), { total: 'sum' })
  }
  sh.calc('disposal', 'Disposal cost', rep, (c) => (disposed.length ? disposed.map(({ i, k }) => c.at(`rd${i}_${k}.cost`)).join('+') : `0*${c.at('op')}`), { total: 'sum' })
  return 'disposal'
}
