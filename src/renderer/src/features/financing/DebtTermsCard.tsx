import type { Project } from '@shared/model'
import { Card } from '@renderer/ui'
import { ModelCheckbox, ModelNumber, ModelSelect } from '../editors'
import { useT } from '@renderer/i18n'

/**
 * How the senior debt is sized (methodology §7, on the aggregate of the tranches in the reporting
 * currency, §10), the DSRA and the NPV discount rate. Each tranche's own terms are in TranchesCard.
 */
export function DebtTermsCard({ doc }: { doc: Project }) {
  const f = doc.financing
  const t = useT()
  const sculpted = f.sizing === 'sculpted'
  return (
    <Card title={t('financing.terms.title')}>
      <div className="form-grid wide">
        <ModelSelect
          path="financing.sizing"
          label={t('financing.terms.sizing')}
          options={[
            { value: 'gearing', label: t('financing.terms.gearingOption') },
            { value: 'sculpted', label: t('financing.terms.sculptedOption') }
          ]}
          mutate={(d, v) => {
            d.financing.sizing = v
            // Sculpted sizing only makes sense with sculpted repayment (the schema insists).
            if (v === 'sculpted') for (const x of d.financing.tranches) x.repayment = 'sculpted'
          }}
        />
        <ModelNumber path="financing.gearing" label={sculpted ? t('financing.terms.gearingCap') : t('financing.terms.gearing')} unit={t('financing.unit.pctOfUses')} percent hint={t('financing.terms.gearingHint')} />
        <ModelNumber path="financing.targetDscr" label={t('financing.terms.targetDscr')} unit="x" hint={sculpted ? t('financing.terms.targetSculpts') : t('financing.terms.targetUnused')} />
        <ModelCheckbox path="financing.dsra.enabled" label={t('financing.terms.dsra')} />
        <ModelNumber path="financing.dsra.months" label={t('financing.terms.dsraSize')} unit={t('financing.unit.months')} integer hint={f.dsra.enabled ? t('financing.terms.dsraNext') : t('financing.terms.dsraOff')} />
        <ModelNumber path="valuation.discountRate" label={t('financing.terms.discount')} unit={t('financing.unit.pctPerYear')} percent />
      </div>
    </Card>
  )
}
