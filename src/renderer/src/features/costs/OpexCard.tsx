import type { Project } from '@shared/model'
import { Card } from '@renderer/ui'
import { ModelNumber } from '../editors'

/** Operating costs (money of the start date, escalated yearly), maintenance capex and working capital. */
export function OpexCard({ doc }: { doc: Project }) {
  const cur = doc.reportingCurrency
  const hasCatalyst = doc.feedstock.some((s) => s.kind === 'catalyst')
  return (
    <Card title="Operating costs and working capital">
      <div className="form-grid">
        <ModelNumber path="costs.opex.fixedPerYear" label="Fixed opex" unit={`${cur}/yr`} money={cur} />
        <ModelNumber path="costs.opex.variablePerTonne" label="Variable opex" unit={`${cur}/t`} hint="Per tonne of input" />
        <ModelNumber path="costs.opex.variablePerUnit" label="Variable per converter" unit={`${cur}/unit`} hint={hasCatalyst ? 'Decanning, sampling per unit' : 'Catalyst streams only'} />
        <ModelNumber path="costs.opex.treatmentPerTonne" label="Treatment charge" unit={`${cur}/t`} hint="Per tonne of input" />
        <ModelNumber path="costs.opex.escalation" label="Opex escalation" unit="%/yr" percent />
        <ModelNumber path="costs.maintenanceCapexPerYear" label="Maintenance capex" unit={`${cur}/yr`} money={cur} />
      </div>
      <h4 className="subhead">Working capital</h4>
      <div className="form-grid">
        <ModelNumber path="costs.workingCapital.receivableDays" label="Receivable days" unit="days" hint="Of revenue" />
        <ModelNumber path="costs.workingCapital.inventoryDays" label="Inventory days" unit="days" hint="Of feedstock cost" />
        <ModelNumber path="costs.workingCapital.payableDays" label="Payable days" unit="days" hint="Of feedstock + opex" />
      </div>
    </Card>
  )
}
