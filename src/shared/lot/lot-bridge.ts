import { Decimal, ZERO, sum } from '../decimal'
import type { Project } from '../model'
import type { BlackMassLot, CatalystLot, LotFile } from './lot-file'
import { valueBlackMassLot, containedValuesPerTonne, blackMassGrades, blackMassPricesPerTonne } from './black-mass-lot'
import { valueCatalystLot } from './catalyst-lot'
import { PGM_METALS } from '../model/metals'

type Stream = Project['feedstock'][number]

/** One input the bridge would change: its model path (relative to the stream), label, and the value before and after. */
export type BridgeChange = { field: string; label: string; from: string; to: string }

export type LotBridge =
  | {
      ok: true
      /** Lots of the stream's kind that were read. */
      lots: number
      /** Their mass: dry kg (catalyst lots) or dry tonnes (black mass), the grades' weights. */
      dryMass: Decimal
      massUnit: 'kg dry' | 't dry'
      /** Σ net settlement ÷ Σ contained value at the lots' own prices; null with the reason when it cannot be formed. */
      pctOfContained: Decimal | null
      pctNote: string | null
      changes: BridgeChange[]
      /** The stream with the lots' grades (and, when formed, their purchase terms as % of contained). */
      stream: Stream
    }
  | { ok: false; reason: string }

/** Decimal places kept in the stream: ppm to 0.01, grades to 1e-6, shares to 1e-6 (enough for the model, readable in the form). */
const PLACES = { ppm: 2, grade: 6, share: 6 } as const
const fixed = (x: Decimal, dp: number) => x.toDecimalPlaces(dp, Decimal.ROUND_HALF_UP).toFixed()

/**
 * The feed a stream was really bought at (issue 16, the lot-to-project bridge): grades weighted by the
 * lots' dry mass, and the price paid as a share of contained value, Σ net settlement ÷ Σ contained value,
 * each lot at its own prices (so the share weights lots by value, as a buyer's average price does).
 *
 * - Catalyst lots set a ppm loading on the monolith (the stream keeps its monolith kg per converter);
 *   a stream loaded in grams per converter has no monolith mass to carry ppm, so it is refused.
 * - Black-mass lots set the Ni, Co and Li grades of black mass (Mn is not assayed in a lot: kept).
 * - The share needs one currency across the lots and a positive contained value; a share outside
 *   0–100 % (charges above the metal's value, or a premium over it) is reported, not applied.
 * - Escalation and logistics of the stream's terms are kept: lots say nothing about them.
 */
export function bridgeStreamFromLots(stream: Stream, lots: readonly LotFile[]): LotBridge {
  if (stream.kind === 'catalyst') {
    const own = lots.filter((l): l is CatalystLot => l.kind === 'catalyst-lot')
    if (own.length === 0) return { ok: false, reason: 'no catalyst lots: import the settled lots of this feed first' }
    const loading = stream.loading
    if (loading.mode !== 'monolithPpm')
      return { ok: false, reason: 'the stream is loaded in grams per converter: switch its loading to ppm on the monolith (with the monolith kg per converter) to take the lots\' assays' }
    const vals = own.map(valueCatalystLot)
    const dry = sum(vals.map((v) => v.netDryKg))
    const ppm = Object.fromEntries(PGM_METALS.map((m) => {
      const w = sum(own.map((l, i) => vals[i]!.netDryKg.times(l.assays[m]?.ppm ?? 0)))
      return [m, fixed(w.div(dry), PLACES.ppm)]
    })) as Record<(typeof PGM_METALS)[number], string>
    const contained = vals.map((v) => sum(v.metals.map((x) => x.containedToz.times(x.pricePerToz))))
    const share = shareOfContained(own.map((l) => l.currency), vals.map((v) => v.net), contained)
    const changes: BridgeChange[] = PGM_METALS.map((m) => ({ field: `loading.ppm.${m}`, label: `${m} loading (ppm on the monolith)`, from: loading.ppm[m], to: ppm[m] }))
    return done(stream, { ...structuredClone(stream), loading: { ...loading, ppm } }, own.length, dry, 'kg dry', share, changes)
  }
  const own = lots.filter((l): l is BlackMassLot => l.kind === 'black-mass-lot')
  if (own.length === 0) return { ok: false, reason: 'no black-mass lots: import the settled lots of this feed first' }
  const vals = own.map(valueBlackMassLot)
  const dry = sum(vals.map((v) => v.dryTonnes))
  const grade = (m: 'Ni' | 'Co' | 'Li') => fixed(sum(own.map((l, i) => vals[i]!.dryTonnes.times(l.grades[m]))).div(dry), PLACES.grade)
  const contained = own.map((l, i) => {
    const c = containedValuesPerTonne(blackMassGrades(l), blackMassPricesPerTonne(l))
    return c.nickel.plus(c.cobalt).plus(c.lithiumCarbonate).times(vals[i]!.dryTonnes)
  })
  const share = shareOfContained(own.map((l) => l.currency), vals.map((v) => v.net), contained)
  const grades = { ...stream.grades, Ni: grade('Ni'), Co: grade('Co'), Li: grade('Li') }
  const changes: BridgeChange[] = (['Ni', 'Co', 'Li'] as const).map((m) => ({ field: `grades.${m}`, label: `${m} grade in black mass`, from: stream.grades[m], to: grades[m] }))
  return done(stream, { ...structuredClone(stream), grades }, own.length, dry, 't dry', share, changes)
}

type Share = { value: Decimal | null; note: string | null }

function shareOfContained(currencies: readonly string[], net: readonly Decimal[], contained: readonly Decimal[]): Share {
  const kinds = [...new Set(currencies)]
  if (kinds.length > 1) return { value: null, note: `the lots are settled in ${kinds.join(' and ')}: the price paid as a share of contained value needs lots in one currency` }
  const c = sum(contained)
  if (!c.gt(ZERO)) return { value: null, note: 'the lots contain no priced metal: no share of contained value to take' }
  const s = sum(net).div(c)
  if (s.lt(0) || s.gt(1)) return { value: null, note: `the lots settled at ${s.times(100).toDecimalPlaces(1).toFixed()} % of contained value, outside 0–100 %: the purchase terms are left as they are` }
  return { value: s.toDecimalPlaces(PLACES.share, Decimal.ROUND_HALF_UP), note: null }
}

function done(before: Stream, next: Stream, lots: number, dryMass: Decimal, massUnit: 'kg dry' | 't dry', share: Share, changes: BridgeChange[]): LotBridge {
  if (share.value !== null) {
    const was = before.purchase.basis === 'pctOfContained' ? before.purchase.pctOfContained : ''
    next.purchase = { basis: 'pctOfContained', pctOfContained: share.value.toFixed(), logisticsPerTonne: before.purchase.logisticsPerTonne, escalation: before.purchase.escalation }
    changes.push({ field: 'purchase.pctOfContained', label: 'Price paid (share of contained metal value)', from: was, to: share.value.toFixed() })
  }
  return { ok: true, lots, dryMass, massUnit, pctOfContained: share.value, pctNote: share.note, changes, stream: next }
}
