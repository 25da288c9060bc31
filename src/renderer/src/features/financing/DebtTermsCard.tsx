import type { Project } from '@shared/model'
import { Card } from '@renderer/ui'
import { ModelCheckbox, ModelNumber, ModelSelect } from '../editors'

/** Debt sizing and terms (methodology §7), and the NPV discount rate. */
export function DebtTermsCard({ doc }: { doc: Project }) {
  const f = doc.financing
  const sculpted = f.sizing === 'sculpted'
  const m = doc.timeline.periodMonths
  // The card edits one debt: a single fixed-rate tranche (every project before file version 3).
  const only = f.tranches.length === 1 ? f.tranches[0]! : null
  const single = only !== null && only.interest.kind === 'fixed'
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
            if (v === 'sculpted') for (const t of d.financing.tranches) t.repayment = 'sculpted'
          }}
        />
        <ModelNumber path="financing.gearing" label={sculpted ? 'Gearing cap' : 'Gearing'} unit="% of uses" percent hint="Debt share of construction uses" />
        <ModelNumber path="financing.targetDscr" label="Target DSCR" unit="x" hint={sculpted ? 'Sizes and sculpts the debt' : 'Used when sizing is sculpted'} />
        {single ? (
          <>
            <ModelNumber path="financing.tranches.0.interest.annualRate" label="Interest rate (all-in)" unit="%/yr" percent hint="Base + margin, nominal" />
            <ModelNumber path="financing.tranches.0.tenorYears" label="Tenor" unit="years" integer hint="Repayment years after grace" />
            <ModelNumber path="financing.tranches.0.graceMonths" label="Grace after COD" unit="months" integer hint={`A multiple of ${m} months`} />
            <ModelSelect
              path="financing.tranches.0.repayment"
              label="Repayment profile"
              options={[
                { value: 'annuity', label: 'Annuity (level debt service)', disabled: sculpted },
                { value: 'equal', label: 'Equal principal', disabled: sculpted },
                { value: 'sculpted', label: 'Sculpted to CFADS' }
              ]}
            />
            <ModelNumber path="financing.tranches.0.upfrontFee" label="Upfront fee" unit="% of drawdown" percent />
          </>
        ) : (
          <p className="hint">
            {f.tranches.length} tranches ({f.tranches.map((t) => `${t.name}, ${t.currency}`).join('; ')}): their terms are read from the project file; the
            tranche editor is still to come.
          </p>
        )}
        <ModelCheckbox path="financing.dsra.enabled" label="Debt service reserve account" />
        <ModelNumber path="financing.dsra.months" label="DSRA size" unit="months" integer hint={f.dsra.enabled ? 'Of next debt service' : 'Used when the DSRA is on'} />
        <ModelNumber path="valuation.discountRate" label="Discount rate for NPV" unit="%/yr" percent />
      </div>
    </Card>
  )
}
