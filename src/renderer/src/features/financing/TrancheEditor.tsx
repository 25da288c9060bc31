import { CURRENCIES, LENDER_TYPES, type LenderType, type Project } from '@shared/model'
import { IconPlus, IconTrash } from '@renderer/ui'
import { ModelCheckbox, ModelNumber, ModelSelect, ModelText, useApplyEdit, EditButton, EditIconButton } from '../editors'
import { addBaseRateYear, removeBaseRateYear, setInterestKind, setTrancheCurrency } from './tranche-edits'
import { useT } from '@renderer/i18n'

const profileHint = (r: Project['financing']['tranches'][number]['repayment']) => `financing.tranche.profile.${r}` as const

/** What each lender type means, under the choice (the option itself is the short word lenders use). */
const lenderHint = (type: LenderType) => `financing.tranche.lenderHint.${type}` as const

/**
 * Every term of one senior tranche (methodology §10): who lends and in what currency, the rate (fixed
 * all-in, or a base rate by calendar year + margin), repayment, fees, ECA cover and — for a tranche not
 * in the reporting currency — the cross-currency hedge. `context` names the tranche to screen readers
 * and in undo labels when there are several.
 */
export function TrancheEditor({ doc, index, context }: { doc: Project; index: number; context?: string }) {
  const t = useT()
  const tranche = doc.financing.tranches[index]!
  const p = `financing.tranches.${index}`
  const sculpted = doc.financing.sizing === 'sculpted'
  const reporting = doc.reportingCurrency
  const foreign = tranche.currency !== reporting
  return (
    <>
      <div className="form-grid">
        <ModelText path={`${p}.name`} label={t('financing.tranche.name')} context={context} hint={t('financing.tranche.nameHint')} />
        <ModelSelect path={`${p}.lenderType`} label={t('financing.tranche.lenderType')} context={context} hint={t(lenderHint(tranche.lenderType))} options={LENDER_TYPES.map((v) => ({ value: v, label: t(`financing.lenderType.${v}`) }))} />
        <ModelSelect
          path={`${p}.currency`}
          label={t('financing.tranche.currency')}
          context={context}
          options={CURRENCIES.map((c) => ({ value: c, label: c === reporting ? t('financing.tranche.reportingOption', { currency: c }) : c }))}
          mutate={(d, c) => void setTrancheCurrency(d, index, c)}
          hint={foreign ? t('financing.tranche.foreignHint', { currency: tranche.currency, reporting }) : t('financing.tranche.noFx')}
        />
        {foreign && <ModelCheckbox path={`${p}.hedge.hedged`} label={t('financing.tranche.hedgedInto', { currency: reporting })} hint={t('financing.tranche.swapHint')} />}
        {foreign && (
          <ModelNumber path={`${p}.hedge.annualCost`} label={t('financing.tranche.hedgeCost')} context={context} unit={t('financing.unit.pctPerYear')} percent disabled={!tranche.hedge.hedged} hint={tranche.hedge.hedged ? t('financing.tranche.hedgeOn', { currency: reporting }) : t('financing.tranche.hedgeUnused')} />
        )}
      </div>
      <h4 className="subhead">{t('financing.tranche.interest')}</h4>
      <div className="form-grid">
        <ModelSelect
          path={`${p}.interest.kind`}
          label={t('financing.tranche.rateBasis')}
          context={context}
          options={[
            { value: 'fixed', label: t('financing.tranche.fixed') },
            { value: 'floating', label: t('financing.tranche.floating') }
          ]}
          mutate={(d, kind) => setInterestKind(d, index, kind)}
        />
        {tranche.interest.kind === 'fixed' ? (
          <ModelNumber path={`${p}.interest.annualRate`} label={t('financing.tranche.allIn')} context={context} unit={t('financing.unit.pctPerYear')} percent hint={t('financing.tranche.allInHint')} />
        ) : (
          <ModelNumber path={`${p}.interest.marginAnnualRate`} label={t('financing.tranche.margin')} context={context} unit={t('financing.unit.pctPerYear')} percent hint={t('financing.tranche.marginHint')} />
        )}
        <ModelNumber path={`${p}.upfrontFee`} label={t('financing.tranche.upfront')} context={context} unit={t('financing.unit.pctOfDrawdown')} percent />
        <ModelNumber path={`${p}.commitmentFeeAnnualRate`} label={t('financing.tranche.commitment')} context={context} unit={t('financing.unit.pctPerYear')} percent hint={t('financing.tranche.commitmentHint')} />
        <ModelNumber path={`${p}.ecaPremium`} label={t('financing.tranche.eca')} context={context} unit={t('financing.unit.pctOfTranche')} percent hint={t('financing.tranche.ecaHint')} />
      </div>
      {tranche.interest.kind === 'floating' && <BaseRates path={`${p}.interest.baseRates`} rates={tranche.interest.baseRates} index={index} context={context} />}
      <h4 className="subhead">{t('financing.tranche.repayment')}</h4>
      <div className="form-grid">
        <ModelNumber path={`${p}.tenorYears`} label={t('financing.tranche.tenor')} context={context} unit={t('financing.unit.years')} integer hint={t('financing.tranche.tenorHint')} />
        <ModelNumber path={`${p}.graceMonths`} label={t('financing.tranche.grace')} context={context} unit={t('financing.unit.months')} integer hint={t('financing.tranche.graceHint', { months: String(doc.timeline.periodMonths) })} />
        <ModelSelect
          path={`${p}.repayment`}
          label={t('financing.tranche.profile')}
          context={context}
          hint={sculpted ? t('financing.tranche.sculptsAll') : t(profileHint(tranche.repayment))}
          options={[
            { value: 'annuity', label: t('financing.tranches.repayment.annuity'), disabled: sculpted },
            { value: 'equal', label: t('financing.tranches.repayment.equal'), disabled: sculpted },
            { value: 'sculpted', label: t('financing.tranche.sculptedOption') }
          ]}
        />
      </div>
    </>
  )
}

/** The base rate by calendar year (the latest year listed applies until the next; before the first, the first). */
function BaseRates({ path, rates, index, context }: { path: string; rates: readonly { year: number; annualRate: string }[]; index: number; context?: string }) {
  const applyEdit = useApplyEdit()
  const t = useT()
  const who = context ? `${context}: ` : ''
  return (
    <section className="base-rates" aria-label={t('financing.tranche.baseRates')}>
      <p className="field-label">{t('financing.tranche.baseRates')} <span className="muted">{t('financing.tranche.baseRatesNote')}</span></p>
      <div className="points">
        {rates.map((r, j) => (
          <div className="point" key={j}>
            <ModelNumber compact path={`${path}.${j}.year`} label={t('financing.tranche.baseYear', { n: j + 1 })} context={context} integer />
            <ModelNumber compact path={`${path}.${j}.annualRate`} label={t('financing.tranche.baseIn', { year: String(r.year) })} context={context} unit="%/yr" percent />
          </div>
        ))}
        <div className="series-actions" style={{ paddingTop: 0 }}>
          <EditButton
            size="sm"
            icon={<IconPlus size={14} />}
            onClick={() => applyEdit(t('financing.tranche.addYearEdit', { who }), (d) => addBaseRateYear(d, index))}
          >
            {t('financing.tranche.addYear')}
          </EditButton>
          {rates.length > 1 && (
            <EditIconButton
              label={t('financing.tranche.removeYear', { year: String(rates[rates.length - 1]!.year) })}
              icon={<IconTrash size={15} />}
              onClick={() => applyEdit(t('financing.tranche.removeYearEdit', { who }), (d) => removeBaseRateYear(d, index))}
            />
          )}
        </div>
      </div>
    </section>
  )
}
