/**
 * By-products, residues and EPR certificates in the Excel model (methodology §13): their inputs, the
 * by-product sales and EPR revenue on Revenue (added to revenue, not to offtake coverage), the disposal
 * of residues on Costs (added to opex), by the Excel forms of src/shared/rules/byproducts.ts and
 * epr-certificates.ts. Nothing is written for a project without them, so its workbook is unchanged.
 */
import { METALS, isPgm, type Project } from '@shared/model'
import { byproductRevenueExcel, byproductTonnesExcel, disposalCostExcel } from '@shared/rules/byproducts'
import { eprCertificatesKgExcel, eprPriceForYearExcel, eprRevenueExcel } from '@shared/rules/epr-certificates'
import { dateToSerial } from '../a1'
import type { SheetBuilder } from '../grid'
import { type ModelCtx, K, STRUCTURE_NOTE, num, str, streamMetals } from './context'

type At = { at(k: string): string }

/** Inputs name of stream i's by-product k (0-based). */
export const byproductName = (i: number, k: number, field: string) => `Stream${i + 1}_By${k + 1}_${field}`
const lines = (p: Project) => p.feedstock.flatMap((s, i) => (s.byproducts ?? []).map((b, k) => ({ s, i, b, k })))
export const hasByproducts = (p: Project) => lines(p).length > 0

export function writeByproductInputs(ctx: ModelCtx, sh: SheetBuilder) {
  const p = ctx.project
  const rep = p.reportingCurrency
  if (hasByproducts(p)) {
    sh.section(`By-products and residues (tonnes per tonne of input processed; ${rep} per tonne, money of the start date)`)
    for (const { s, i, b, k } of lines(p)) {
      const label = (t: string) => `${s.name}: ${b.name}: ${t}`
      sh.scalar(null, label('mass fraction of input'), 't/t input', num(b.massFraction, 'inPct'), byproductName(i, k, 'Frac'), b.source)
      if (b.fate.kind === 'sold') {
        sh.scalar(null, label('sold at'), `${rep}/t`, num(b.fate.pricePerTonne, 'inMoney'), byproductName(i, k, 'Price'))
        sh.scalar(null, label('payable'), '%', num(b.fate.payable, 'inPct'), byproductName(i, k, 'Payable'))
        sh.scalar(null, label('price escalation'), '%/yr', num(b.fate.escalation, 'inPct'), byproductName(i, k, 'Esc'))
      } else sh.scalar(null, label('disposal cost (escalated at the opex rate)'), `${rep}/t`, num(b.fate.costPerTonne, 'inMoney'), byproductName(i, k, 'Cost'))
    }
  }
  const epr = p.epr
  if (epr) {
    sh.section(`EPR certificates (India BWMR 2022): kg per tonne of recovered metal, price per kg in ${epr.currency}`)
    sh.scalar(null, 'EPR certificates count from', 'date', num(dateToSerial(epr.activeFrom), 'inDate'), 'EPR_Active_From')
    sh.scalar(null, 'EPR certificate currency', '', str(epr.currency, 'text'), undefined, STRUCTURE_NOTE)
    for (const m of METALS) {
      const v = epr.kgPerTonneRecovered[m]
      if (v !== undefined) sh.scalar(null, `EPR certificates per tonne of ${m} recovered`, 'kg/t', num(v, 'inQuantity'), `EPR_Kg_${m}`)
    }
    // One listed price applies to every year (the engine's table rule), so its year would be an input no
    // formula reads: it is named in the label instead of laid out as a dead input cell.
    const single = epr.pricePerKg.length === 1
    if (!single) sh.list('EPR_Years', 'EPR price years (ascending; the latest not after the period applies)', 'year', epr.pricePerKg.map((x) => num(x.year, 'inYear')))
    sh.list('EPR_Prices', single ? `EPR certificate price (listed for ${epr.pricePerKg[0]!.year}, applies to every year)` : 'EPR certificate price', `${epr.currency}/kg`, epr.pricePerKg.map((x) => num(x.pricePerKg, 'inMoney')), epr.source)
  }
}

/** Revenue rows (before the totals): each sold by-product, their sum, and EPR certificates. Returns the keys revenue adds. */
export function writeByproductRevenue(ctx: ModelCtx, sh: SheetBuilder): string[] {
  const p = ctx.project
  const rep = p.reportingCurrency
  const keys: string[] = []
  const sold = lines(p).filter((x) => x.b.fate.kind === 'sold')
  if (hasByproducts(p)) {
    sh.section('By-product sales (not in offtake coverage)')
    for (const { s, i, b, k } of sold) {
      const key = `bp${i}_${k}`
      sh.calc(`${key}.t`, `${s.name}: ${b.name} tonnes = input tonnes × mass fraction`, 't', (c) => byproductTonnesExcel(c.at(K.streamTonnes(i)), byproductName(i, k, 'Frac')), { total: 'sum', style: 'quantity' })
      sh.calc(`${key}.rev`, `${b.name} sales = tonnes × price × payable × (1 + escalation)^steps`, rep, (c) =>
        byproductRevenueExcel(c.at(`${key}.t`), byproductName(i, k, 'Price'), byproductName(i, k, 'Payable'), `(1+${byproductName(i, k, 'Esc')})^${c.at('escYears')}`), { total: 'sum' })
    }
    sh.calc('byproductRev', 'By-product revenue', rep, (c) => (sold.length ? sold.map(({ i, k }) => c.at(`bp${i}_${k}.rev`)).join('+') : `0*${c.at('op')}`), { total: 'sum', style: 'total' })
    keys.push('byproductRev')
  }
  const epr = p.epr
  if (epr) {
    sh.section('EPR certificates (uncontracted; not in offtake coverage)')
    const eligible = METALS.filter((m) => epr.kgPerTonneRecovered[m] !== undefined)
    const recovered = (c: At, m: (typeof METALS)[number]) => {
      const parts = p.feedstock.map((s, i) => ({ s, i })).filter(({ s }) => streamMetals(s.kind).includes(m)).map(({ i }) => c.at(K.streamRecovered(i, m)))
      const sum = parts.length ? `(${parts.join('+')})` : '0'
      return isPgm(m) ? `${sum}/1000000` : sum
    }
    sh.calc('epr.active', 'EPR active (operations, period starting on or after the date)', '1/0', (c) => `${c.at('op')}*IF(${c.at('start')}>=EPR_Active_From,1,0)`, { style: 'flag' })
    sh.calc('epr.kg', 'EPR certificates = Σ recovered tonnes × kg per tonne (PGM grams / 10⁶)', 'kg', (c) =>
      eprCertificatesKgExcel(eligible.map((m) => recovered(c, m)), eligible.map((m) => `EPR_Kg_${m}`)), { total: 'sum', style: 'quantity' })
    // One listed price applies to every year (and Gnumeric answers #REF! for INDEX over a single cell).
    sh.calc('epr.price', `EPR price of the calendar year (${epr.currency}/kg)`, `${epr.currency}/kg`, (c) => (epr.pricePerKg.length === 1 ? 'EPR_Prices'
      : eprPriceForYearExcel(c.at('calYear'), 'EPR_Years', 'EPR_Prices', sh.book.nth('EPR_Years', 1), sh.book.nth('EPR_Prices', 1))), { style: 'money' })
    sh.calc('eprRev', `EPR revenue = certificates × price × ${rep} per ${epr.currency}`, rep, (c) =>
      eprRevenueExcel(c.at('epr.kg'), c.at('epr.price'), `${c.at(K.fx(rep))}/${c.at(K.fx(epr.currency))}`, c.at('epr.active')), { total: 'sum', style: 'total' })
    keys.push('eprRev')
  }
  return keys
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
