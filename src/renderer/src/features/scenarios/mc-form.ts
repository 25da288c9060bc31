import { DEFAULT_FX_VOLATILITY, DEFAULT_MC_SETTINGS, type McSettings } from '@shared/analysis/monte-carlo/simulate'
import { fxCurrencies } from '@shared/analysis/drivers'
import { referenceMcSettings } from '@shared/analysis/monte-carlo/reference-settings'
import type { Currency, Project } from '@shared/model'
import { english, type Translate } from '../results/translate'

/** The Monte Carlo inputs as the form holds them (text for numbers, so typing is never lost). */
export type McForm = {
  draws: string
  seed: string
  process: 'gbm' | 'ou'
  kappa: string
  volatility: string
  perProduct: Record<string, string>
  correlation: string[][]
  volumeSd: string
  recoverySd: string
  /** FX as a random driver, per non-USD currency of the project, and its correlations. */
  fxOn: boolean
  fxVolatility: Partial<Record<Currency, string>>
  fxPriceCorrelation: string
  fxCurrencyCorrelation: string
}

/** True when some tranche is in a currency other than the reporting one and unhedged: the FX risk on debt a lender tests first. */
export const hasUnhedgedForeignDebt = (project: Project): boolean =>
  project.financing.tranches.some((t) => t.currency !== project.reportingCurrency && !t.hedge.hedged)

/**
 * A new form: 10,000 draws of the reference price process (issue 19: mean-reverting at the sourced
 * speed, each product at its metal's sourced volatility, shown in its own field so the user sees and can
 * change it; 25 % for a product whose field is cleared); FX on (10 %/yr per currency) when a tranche is
 * an unhedged foreign-currency loan, off otherwise. A form stored with the project is restored as it
 * was saved, so an earlier run keeps its settings.
 */
export const initialForm = (project: Project): McForm => {
  const ref = referenceMcSettings(project)
  const kappa = ref.process.kind === 'ou' ? String(ref.process.meanReversionPerYear) : '0.5'
  return {
    draws: '10000', seed: '1', process: ref.process.kind, kappa, volatility: '0.25', perProduct: Object.fromEntries(Object.entries(ref.volatility).map(([id, v]) => [id, String(v)])),
    correlation: project.products.map((_, i) => project.products.map((_, j) => (i === j ? '1' : '0'))), volumeSd: '0', recoverySd: '0',
    fxOn: hasUnhedgedForeignDebt(project),
    fxVolatility: Object.fromEntries(fxCurrencies(project).map((c) => [c, String(DEFAULT_FX_VOLATILITY)])),
    fxPriceCorrelation: '0', fxCurrencyCorrelation: '0'
  }
}

/** Form text → settings, or the first problem (in `t`'s language, English by default). */
export function toSettings(f: McForm, project: Project, t: Translate = english): McSettings | string {
  const n = (s: string, what: string) => (s.trim() !== '' && Number.isFinite(Number(s)) ? Number(s) : t('scenarios.form.notNumber', { what }))
  const vals = {
    draws: n(f.draws, t('scenarios.form.draws')), seed: n(f.seed, t('scenarios.form.seed')), vol: n(f.volatility, t('scenarios.form.volatility')),
    kappa: n(f.kappa, t('scenarios.form.kappa')), v: n(f.volumeSd, t('scenarios.form.volumeSd')), r: n(f.recoverySd, t('scenarios.form.recoverySd'))
  }
  for (const v of Object.values(vals)) if (typeof v === 'string') return v
  const corr: number[][] = []
  for (const row of f.correlation) {
    const r: number[] = []
    for (const x of row) {
      const c = n(x, t('scenarios.form.correlation'))
      if (typeof c === 'string') return c
      r.push(c)
    }
    corr.push(r)
  }
  const settings: McSettings = {
    ...DEFAULT_MC_SETTINGS, draws: vals.draws as number, seed: vals.seed as number, defaultVolatility: vals.vol as number,
    process: f.process === 'ou' ? { kind: 'ou', meanReversionPerYear: vals.kappa as number } : { kind: 'gbm' },
    volatility: Object.fromEntries(Object.entries(f.perProduct).map(([k, v]) => [k, Number(v)])), correlation: corr.length > 1 ? corr : null,
    volumeSd: vals.v as number, recoverySd: vals.r as number
  }
  if (!f.fxOn) return settings
  const volatility: Partial<Record<Currency, number>> = {}
  for (const c of fxCurrencies(project)) {
    const v = n(f.fxVolatility[c] ?? String(DEFAULT_FX_VOLATILITY), t('scenarios.form.fxVolatility', { currency: c }))
    if (typeof v === 'string') return v
    volatility[c] = v
  }
  const priceCorrelation = n(f.fxPriceCorrelation, t('scenarios.form.fxPrice'))
  if (typeof priceCorrelation === 'string') return priceCorrelation
  const currencyCorrelation = n(f.fxCurrencyCorrelation, t('scenarios.form.fxCurrency'))
  if (typeof currencyCorrelation === 'string') return currencyCorrelation
  return { ...settings, fx: { volatility, priceCorrelation, currencyCorrelation } }
}
