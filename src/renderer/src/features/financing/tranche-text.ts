import type { Tranche } from '@shared/model'
import { formatPercent } from '@renderer/format/money'
import type { Translate } from '../editors/translate'

/**
 * A tranche's rate and lender in the reader's language, as debt-report's rateText and lenderText say
 * them in English (`9.00 % fixed`, `base + 2.50 %`; `JBIC buyer's credit (ECA)`, the type alone named
 * when the name already says it). The sheet keeps debt-report's; the screen reads these.
 */
export const trancheRateText = (t: Translate, tranche: Pick<Tranche, 'interest'>): string =>
  tranche.interest.kind === 'fixed'
    ? t('financing.rate.fixed', { pct: formatPercent(tranche.interest.annualRate, 2) })
    : t('financing.rate.floating', { pct: formatPercent(tranche.interest.marginAnnualRate, 2) })

export function trancheLenderText(t: Translate, tranche: Pick<Tranche, 'name' | 'lenderType'>): string {
  const type = t(`financing.lenderType.${tranche.lenderType}`)
  return tranche.name.toLowerCase().includes(type.toLowerCase()) ? tranche.name : t('financing.lenderWithType', { name: tranche.name, type })
}
