import { type Decimal, ONE, ZERO, dec } from '../decimal'
import { METALS, isPgm, type Currency, type Metal, type Project } from '../model'
import { byproductDeckPrice, byproductRevenue, byproductTonnes, byproductUnitPrice, disposalCost } from '../rules/byproducts'
import { eprCertificatesKg, eprPriceForYear, eprPriceInReporting, eprPriceSeries, eprRevenue, type EprPriceSource } from '../rules/epr-certificates'
import type { StreamVolumes } from './feedstock'
import { escalationFactors, gmap, zeros } from './series'
import type { Timeline } from './timeline'
import type { MetalSeries, ModelIssue, Series } from './types'

type Deck = Project['prices']['decks'][number]

/** One by-product or residue line of a stream (§13). Amounts in the reporting currency. */
export type ByproductResult = {
  streamId: string
  byproductId: string
  name: string
  fate: 'sold' | 'disposed'
  /** Tonnes of the by-product (input tonnes processed × mass fraction). */
  tonnes: Series
  /** Sales (zero for a disposed residue). */
  revenue: Series
  /** Disposal cost (zero for a sold by-product). */
  disposalCost: Series
}

export type PreparedByproducts = { lines: ByproductResult[]; revenue: Series; disposalCost: Series }

/**
 * By-products and residues of every stream (§13). A sold one is priced by its line's own price when set
 * (reporting currency, escalated at its own rate: every file before deck prices) or else by the deck the
 * case prices with — the deck's price of its kind for the period's calendar year × deck→reporting FX (an
 * unpriced kind: 0 with an issue, as an unpriced product). Neither is a metal product, so the product
 * multipliers, breakevens and Monte Carlo price draws leave them; a case that prices with another deck
 * moves them. Disposed at a cost escalated at the opex rate × the opex multiplier (`opexEscalation`).
 * Null when no stream has one, so nothing else changes.
 */
export function prepareByproducts(
  volumes: readonly StreamVolumes[], tl: Timeline, rep: readonly number[], opexEscalation: Series, deck: Deck, toReportingOf: () => Series, issues: ModelIssue[]
): PreparedByproducts | null {
  if (!volumes.some((v) => (v.stream.byproducts?.length ?? 0) > 0)) return null
  const toReporting = toReportingOf()
  const steps = tl.periods.map((p) => p.escalationYears)
  const lines: ByproductResult[] = []
  for (const v of volumes) {
    for (const b of v.stream.byproducts ?? []) {
      const fraction = dec(b.massFraction)
      const tonnes = gmap(rep, (i) => byproductTonnes(v.inputTonnes[i]!, fraction))
      const none = zeros(tl.count)
      if (b.fate.kind === 'sold') {
        const payable = dec(b.fate.payable)
        let revenue: Series
        if (b.fate.pricePerTonne !== undefined) {
          const price = dec(b.fate.pricePerTonne)
          const esc = escalationFactors(dec(b.fate.escalation), steps)
          revenue = gmap(rep, (i) => byproductRevenue(tonnes[i]!, price, payable, esc[i]!))
        } else {
          const deckPrice = deckByproductPrices(deck, b.kind, tl, `feedstock.${v.stream.id}.byproducts.${b.id}`, issues)
          revenue = gmap(rep, (i) => byproductRevenue(tonnes[i]!, byproductUnitPrice(null, ONE, deckPrice[i]!, toReporting[i]!), payable, ONE))
        }
        lines.push({ streamId: v.stream.id, byproductId: b.id, name: b.name, fate: 'sold', tonnes, revenue, disposalCost: none })
      } else {
        const cost = dec(b.fate.costPerTonne)
        lines.push({ streamId: v.stream.id, byproductId: b.id, name: b.name, fate: 'disposed', tonnes, revenue: none, disposalCost: gmap(rep, (i) => disposalCost(tonnes[i]!, cost, opexEscalation[i]!)) })
      }
    }
  }
  const sum = (pick: (l: ByproductResult) => Series) => gmap(rep, (i) => lines.reduce((a, l) => a.plus(pick(l)[i]!), ZERO))
  return { lines, revenue: sum((l) => l.revenue), disposalCost: sum((l) => l.disposalCost) }
}

/** The deck's price of a by-product kind per period (deck currency per tonne, calendar year of the period); zeros with an issue when the deck has none. */
function deckByproductPrices(deck: Deck, kind: string | undefined, tl: Timeline, path: string, issues: ModelIssue[]): Series {
  // A line without a kind finds no row (every priced row has an id).
  const row = deck.byproductPrices?.find((x) => x.byproductId === kind)
  if (!row) {
    // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent, the schema refuses a sold line with neither its own price nor a kind, so `kind` is never undefined here
    const named = kind === undefined ? '(no kind)' : `"${kind}"`
    issues.push({ code: 'unpriced-byproduct', path, message: `deck "${deck.name}" has no price for by-product ${named}; price 0 used` })
    return zeros(tl.count)
  }
  const points = row.points.map((x) => ({ year: x.year, pricePerTonne: dec(x.pricePerTonne) }))
  return tl.periods.map((p) => byproductDeckPrice(points, p.calendarYear))
}

/**
 * EPR certificates per period (§13): kg generated, the price per kg in the reporting currency, revenue;
 * the currency the price series is stated in and where it came from (the deck's series or the block's).
 */
export type EprResult = { activePeriods: boolean[]; certificatesKg: Series; pricePerKg: Series; revenue: Series; currency: Currency; source: EprPriceSource }

const TONNES_PER_GRAM = dec('0.000001')
/** Recovered metal in tonnes: PGMs are held in grams. */
const recoveredTonnes = (ms: MetalSeries, i: number): Decimal => (isPgm(ms.metal) ? ms.recovered[i]!.times(TONNES_PER_GRAM) : ms.recovered[i]!)

/**
 * EPR certificate revenue (§13): Σ recovered tonnes × kg per tonne of each metal, at the price of the
 * period's calendar year — the series of the deck the case prices with, else the EPR block's own
 * (`eprPriceSeries`) — in its currency, translated at the period's FX, from the active date.
 * Null without an EPR block.
 */
export function prepareEpr(project: Project, metals: readonly MetalSeries[], tl: Timeline, rep: readonly number[], fx: Record<string, Series>, deck: Deck): EprResult | null {
  const epr = project.epr
  if (!epr) return null
  const eligible = METALS.filter((m: Metal) => epr.kgPerTonneRecovered[m] !== undefined)
  const rates = eligible.map((m) => dec(epr.kgPerTonneRecovered[m]!))
  const metalSeries = eligible.map((m) => metals.find((x) => x.metal === m) ?? null)
  const activePeriods = tl.periods.map((p) => p.phase === 'operations' && p.start >= epr.activeFrom)
  const certificatesKg = gmap(rep, (i) => eprCertificatesKg(metalSeries.map((s) => (s ? recoveredTonnes(s, i) : ZERO)), rates))
  const series = eprPriceSeries(epr, deck)
  const points = series.points.map((x) => ({ year: x.year, pricePerKg: dec(x.pricePerKg) }))
  const fxR = fx[project.reportingCurrency]!
  const fxE = fx[series.currency]!
  const pricePerKg = gmap(rep, (i) => eprPriceInReporting(eprPriceForYear(points, tl.periods[i]!.calendarYear), fxR[i]!, fxE[i]!))
  const revenue = gmap(rep, (i) => eprRevenue(certificatesKg[i]!, pricePerKg[i]!, ONE, activePeriods[i]!))
  return { activePeriods, certificatesKg, pricePerKg, revenue, currency: series.currency, source: series.source }
}

