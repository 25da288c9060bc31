import { LENDER_TYPE_LABELS } from '@shared/debt-report'
import { CURRENCIES, LENDER_TYPES, type LenderType, type Project } from '@shared/model'
import { IconPlus, IconTrash } from '@renderer/ui'
import { ModelCheckbox, ModelNumber, ModelSelect, ModelText, useApplyEdit, EditButton, EditIconButton } from '../editors'
import { addBaseRateYear, removeBaseRateYear, setInterestKind, setTrancheCurrency } from './tranche-edits'

const PROFILE_HINT: Record<Project['financing']['tranches'][number]['repayment'], string> = {
  annuity: 'Level debt service',
  equal: 'Level principal, falling service',
  sculpted: 'Service follows CFADS at the DSCR'
}

/** What each lender type means, under the choice (the option itself is the short word lenders use). */
const LENDER_HINT: Record<LenderType, string> = {
  eca: 'Export credit agency, e.g. JBIC',
  dfi: 'Development finance, e.g. IFC',
  commercialBank: 'e.g. an Indian bank',
  other: 'Say who lends'
}

/**
 * Every term of one senior tranche (methodology §10): who lends and in what currency, the rate (fixed
 * all-in, or a base rate by calendar year + margin), repayment, fees, ECA cover and — for a tranche not
 * in the reporting currency — the cross-currency hedge. `context` names the tranche to screen readers
 * and in undo labels when there are several.
 */
export function TrancheEditor({ doc, index, context }: { doc: Project; index: number; context?: string }) {
  const t = doc.financing.tranches[index]!
  const p = `financing.tranches.${index}`
  const sculpted = doc.financing.sizing === 'sculpted'
  const reporting = doc.reportingCurrency
  const foreign = t.currency !== reporting
  return (
    <>
      <div className="form-grid">
        <ModelText path={`${p}.name`} label="Tranche name" context={context} hint="The lender or facility" />
        <ModelSelect path={`${p}.lenderType`} label="Lender type" context={context} hint={LENDER_HINT[t.lenderType]} options={LENDER_TYPES.map((v) => ({ value: v, label: LENDER_TYPE_LABELS[v] }))} />
        <ModelSelect
          path={`${p}.currency`}
          label="Currency"
          context={context}
          options={CURRENCIES.map((c) => ({ value: c, label: c === reporting ? `${c} (reporting)` : c }))}
          mutate={(d, c) => void setTrancheCurrency(d, index, c)}
          hint={foreign ? `Lent and repaid in ${t.currency}; shown in ${reporting} at the FX of Prices` : 'No FX risk on this tranche'}
        />
        {foreign && <ModelCheckbox path={`${p}.hedge.hedged`} label={`Hedged into ${reporting}`} hint="Cross-currency swap at the financial-close FX" />}
        {foreign && (
          <ModelNumber path={`${p}.hedge.annualCost`} label="Hedge cost" context={context} unit="%/yr" percent disabled={!t.hedge.hedged} hint={t.hedge.hedged ? `On the balance, in ${reporting}` : 'Used when hedged'} />
        )}
      </div>
      <h4 className="subhead">Interest</h4>
      <div className="form-grid">
        <ModelSelect
          path={`${p}.interest.kind`}
          label="Rate basis"
          context={context}
          options={[
            { value: 'fixed', label: 'Fixed all-in rate' },
            { value: 'floating', label: 'Base rate + margin' }
          ]}
          mutate={(d, kind) => setInterestKind(d, index, kind)}
        />
        {t.interest.kind === 'fixed' ? (
          <ModelNumber path={`${p}.interest.annualRate`} label="Interest rate (all-in)" context={context} unit="%/yr" percent hint="Base + margin, nominal" />
        ) : (
          <ModelNumber path={`${p}.interest.marginAnnualRate`} label="Margin" context={context} unit="%/yr" percent hint="Over the base rate of each year" />
        )}
        <ModelNumber path={`${p}.upfrontFee`} label="Upfront fee" context={context} unit="% of drawdown" percent />
        <ModelNumber path={`${p}.commitmentFeeAnnualRate`} label="Commitment fee" context={context} unit="%/yr" percent hint="On undrawn, in construction" />
        <ModelNumber path={`${p}.ecaPremium`} label="ECA premium" context={context} unit="% of tranche" percent hint="At first drawdown (NEXI-style)" />
      </div>
      {t.interest.kind === 'floating' && <BaseRates path={`${p}.interest.baseRates`} rates={t.interest.baseRates} index={index} context={context} />}
      <h4 className="subhead">Repayment</h4>
      <div className="form-grid">
        <ModelNumber path={`${p}.tenorYears`} label="Tenor" context={context} unit="years" integer hint="Repayment years after grace" />
        <ModelNumber path={`${p}.graceMonths`} label="Grace after COD" context={context} unit="months" integer hint={`A multiple of ${doc.timeline.periodMonths} months`} />
        <ModelSelect
          path={`${p}.repayment`}
          label="Repayment profile"
          context={context}
          hint={sculpted ? 'Sculpted sizing sculpts every tranche' : PROFILE_HINT[t.repayment]}
          options={[
            { value: 'annuity', label: 'Annuity', disabled: sculpted },
            { value: 'equal', label: 'Equal principal', disabled: sculpted },
            { value: 'sculpted', label: 'Sculpted to CFADS' }
          ]}
        />
      </div>
    </>
  )
}

/** The base rate by calendar year (the latest year listed applies until the next; before the first, the first). */
function BaseRates({ path, rates, index, context }: { path: string; rates: readonly { year: number; annualRate: string }[]; index: number; context?: string }) {
  const applyEdit = useApplyEdit()
  const who = context ? `${context}: ` : ''
  return (
    <section className="base-rates" aria-label="Base rate by year">
      <p className="field-label">Base rate by year <span className="muted">(each applies from its year until the next)</span></p>
      <div className="points">
        {rates.map((r, j) => (
          <div className="point" key={j}>
            <ModelNumber compact path={`${path}.${j}.year`} label={`Base rate year ${j + 1}`} context={context} integer />
            <ModelNumber compact path={`${path}.${j}.annualRate`} label={`Base rate in ${r.year}`} context={context} unit="%/yr" percent />
          </div>
        ))}
        <div className="series-actions" style={{ paddingTop: 0 }}>
          <EditButton
            size="sm"
            icon={<IconPlus size={14} />}
            onClick={() => applyEdit(`${who}Base rate: add year`, (d) => addBaseRateYear(d, index))}
          >
            Add year
          </EditButton>
          {rates.length > 1 && (
            <EditIconButton
              label={`Remove the base rate of ${rates[rates.length - 1]!.year}`}
              icon={<IconTrash size={15} />}
              onClick={() => applyEdit(`${who}Base rate: remove year`, (d) => removeBaseRateYear(d, index))}
            />
          )}
        </div>
      </div>
    </section>
  )
}
