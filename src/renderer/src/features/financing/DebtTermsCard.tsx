import type { Project } from '@shared/model'
import { Card } from '@renderer/ui'
import { ModelCheckbox, ModelNumber, ModelSelect } from '../editors'

/**
 * How the senior debt is sized (methodology §7, on the aggregate of the tranches in the reporting
 * currency, §10), the DSRA and the NPV discount rate. Each tranche's own terms are in TranchesCard.
 */
export function DebtTermsCard({ doc }: { doc: Project }) {
  const f = doc.financing
  const sculpted = f.sizing === 'sculpted'
  return (
    <Card title="Debt sizing and reserve">
      <div className="form-grid wide">
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
        <ModelCheckbox path="financing.dsra.enabled" label="Debt service reserve account" />
        <ModelNumber path="financing.dsra.months" label="DSRA size" unit="months" integer hint={f.dsra.enabled ? 'Of next debt service' : 'Used when the DSRA is on'} />
        <ModelNumber path="valuation.discountRate" label="Discount rate for NPV" unit="%/yr" percent />
      </div>
    </Card>
  )
}
