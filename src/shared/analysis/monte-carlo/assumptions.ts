import type { Project } from '@shared/model'
import { fxCurrencies } from '../drivers'
import { DEFAULT_FX_VOLATILITY, type McSettings } from './simulate'
import { t, type Locale, type MessageKey, type MessageValues } from '@shared/i18n'
import { productMeanReversionSource, productVolatilitySource, type FigureSource } from './reference-settings'

/**
 * The distribution assumptions of a Monte Carlo run, as a lender asks for them (issue 17): the price
 * model, each product's volatility, the correlations, volume/recovery and FX uncertainty, each with
 * where it comes from — the user's own figure, the reference price process (resources/reference/
 * price-process.json: estimated from price history, a published estimate, or a judgement, each cited),
 * or the app's flat default, an assumption (FX's default is set against realised history).
 */
export type Assumption = { label: string; value: string; source: string }

const pct = (x: number) => `${(x * 100).toLocaleString('en-US', { maximumFractionDigits: 2 })} %`

/** The app's own words in the reader's language (#20); the reference library's citations are its data and stay as stored. */
type Say = (key: MessageKey, values?: MessageValues) => string

/** A computed citation (reference-settings.ts writes it in English) in `locale`; a library citation unchanged. */
function citationText(citation: string, say: Say, locale: Locale): string {
  if (locale === 'en') return citation
  const estimated = /^estimated from its own stored price series \(annual averages (\d+)–(\d+), (\d+) yearly pairs\)$/.exec(citation)
  if (estimated) return say('shared.mc.estimated', { from: estimated[1]!, to: estimated[2]!, pairs: estimated[3]! })
  const pooled = /^assumption: no price series of the metal stored — the pooled κ, (.*)$/.exec(citation)
  if (pooled) return say('shared.mc.pooled', { citation: pooled[1]! })
  return citation
}

/** `locale`: the table's words in that language (#20); English when absent (the workbook and the tests read English). */
export function mcAssumptions(project: Project, s: McSettings, locale: Locale = 'en'): Assumption[] {
  const say: Say = (key, values) => t(locale, key, values)
  const ASSUMPTION = say('shared.mc.assumption')
  const YOURS = say('shared.mc.yours')
  const sourceText = (f: FigureSource) => (f.kind === 'reference' ? citationText(f.citation, say, locale) : f.kind === 'user' ? YOURS : say('shared.mc.defaultSource'))
  const out: Assumption[] = []
  if (s.process.kind === 'gbm') out.push({ label: say('shared.mc.priceModel'), value: say('shared.mc.gbm'), source: ASSUMPTION })
  else {
    // Mean reversion per metal (issue 19): one row when every product shares κ and source, else a row per product.
    const speed = (k: number) => say('shared.mc.speed', { k: String(k), halfLife: (Math.log(2) / k).toFixed(1) })
    const each = project.products.map((p) => ({ p, ...productMeanReversionSource(project, s, p.id)! }))
    const one = each.every((x) => x.perYear === each[0]!.perYear && sourceText(x.source) === sourceText(each[0]!.source))
    if (one) {
      const k = each[0]?.perYear ?? s.process.meanReversionPerYear
      out.push({ label: say('shared.mc.priceModel'), value: say('shared.mc.ou', { speed: speed(k) }), source: each[0] ? sourceText(each[0].source) : YOURS })
    } else {
      out.push({ label: say('shared.mc.priceModel'), value: say('shared.mc.ouEach'), source: say('shared.mc.eachBelow') })
      for (const x of each) out.push({ label: say('shared.mc.meanReversion', { name: x.p.name }), value: speed(x.perYear), source: sourceText(x.source) })
    }
  }
  for (const p of project.products) {
    const { volatility, source } = productVolatilitySource(project, s, p.id)
    out.push({ label: say('shared.mc.volatility', { name: p.name }), value: say('shared.mc.perYear', { pct: pct(volatility) }), source: sourceText(source) })
  }
  const pairs: string[] = []
  if (s.correlation)
    project.products.forEach((p, i) => project.products.forEach((q, j) => {
      const c = s.correlation![i]![j]!
      if (j > i && c !== 0) pairs.push(`${p.name}–${q.name} ${c}`)
    }))
  if (project.products.length > 1)
    out.push({ label: say('shared.mc.correlations'), value: pairs.length ? pairs.join('; ') : say('shared.mc.independent'), source: pairs.length ? YOURS : say('shared.mc.noCorrelation') })
  out.push({ label: say('shared.mc.volume'), value: s.volumeSd > 0 ? say('shared.mc.sd', { pct: pct(s.volumeSd) }) : say('shared.mc.volumesAsEntered'), source: s.volumeSd > 0 ? YOURS : ASSUMPTION })
  out.push({ label: say('shared.mc.recovery'), value: s.recoverySd > 0 ? say('shared.mc.sd', { pct: pct(s.recoverySd) }) : say('shared.mc.recoveriesAsEntered'), source: s.recoverySd > 0 ? YOURS : ASSUMPTION })
  const currencies = fxCurrencies(project)
  if (currencies.length > 0) {
    if (!s.fx) out.push({ label: say('shared.mc.fx'), value: say('shared.mc.fxFixed'), source: ASSUMPTION })
    else {
      for (const c of currencies) {
        const v = s.fx.volatility[c] ?? DEFAULT_FX_VOLATILITY
        out.push({ label: say('shared.mc.fxVolatility', { currency: c }), value: say('shared.mc.fxWalk', { pct: pct(v) }), source: v === DEFAULT_FX_VOLATILITY ? say('shared.mc.fxSource') : YOURS })
      }
      out.push({ label: say('shared.mc.fxPrice'), value: String(s.fx.priceCorrelation), source: s.fx.priceCorrelation === 0 ? ASSUMPTION : YOURS })
      if (currencies.length > 1) out.push({ label: say('shared.mc.inrJpy'), value: String(s.fx.currencyCorrelation), source: s.fx.currencyCorrelation === 0 ? ASSUMPTION : YOURS })
    }
  }
  return out
}
