import type { Project } from '@shared/model'
import { Card } from '@renderer/ui'
import { ModelCheckbox, ModelNumber, ModelSelect } from '../editors'

/** Debt sizing and terms (methodology §7), and the NPV discount rate. */
export function DebtTermsCard({ doc }: { doc: Project }) {
  const f = doc.financing
  const sculpted = f.sizing === 'sculpted'
  const m = doc.timeline.periodMonths
  return (
    <Card title="Debt terms">
      <div className="form-grid">
        <ModelSelect
          path="financing.sizing"
          label="Debt sizing"
          options={[
            { value: 'gearing', label: 'Gearing (share of uses)' },
            { value: 'sculpted', label: 'DSCR-sculpted, capped by gearing' }
          ]}
          mutate={(d, v) => {
            d.financing.sizing = v
            // Sculpted sizing only makes sense with sculpted repayment (the schema insists).
            if (v === 'sculpted') d.financing.repayment = 'sculpted'
          }}
        />
        <ModelNumber path="financing.gearing" label={sculpted ? 'Gearing cap' : 'Gearing'} unit="% of uses" percent hint="Debt share of construction uses" />
        <ModelNumber path="financing.targetDscr" label="Target DSCR" unit="x" hint={sculpted ? 'Sizes and sculpts the debt' : 'Used when sizing is sculpted'} />
        <ModelNumber path="financing.annualRate" label="Interest rate (all-in)" unit="%/yr" percent hint="Base + margin, nominal" />
        <ModelNumber path="financing.tenorYears" label="Tenor" unit="years" integer hint="Repayment years after grace" />
        <ModelNumber path="financing.graceMonths" label="Grace after COD" unit="months" integer hint={`A multiple of ${m} months`} />
        <ModelSelect
          path="financing.repayment"
          label="Repayment profile"
          options={[
            { value: 'annuity', label: 'Annuity (level debt service)', disabled: sculpted },
            { value: 'equal', label: 'Equal principal', disabled: sculpted },
            { value: 'sculpted', label: 'Sculpted to CFADS' }
          ]}
        />
        <ModelNumber path="financing.upfrontFee" label="Upfront fee" unit="% of drawdown" percent />
        <ModelCheckbox path="financing.dsra.enabled" label="Debt service reserve account" />
        <ModelNumber path="financing.dsra.months" label="DSRA size" unit="months" integer hint={f.dsra.enabled ? 'Of next debt service' : 'Used when the DSRA is on'} />
        <ModelNumber path="valuation.discountRate" label="Discount rate for NPV" unit="%/yr" percent />
      </div>
    </Card>
  )
}
