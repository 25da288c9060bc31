import type { Project } from '@shared/model'
import { Card } from '@renderer/ui'
import { formatAmount } from '@renderer/format/money'
import { ModelNumber } from '../editors'
import { streamsWithOwnRates } from '../feedstock/processing-costs'

/** Operating costs (money of the start date, escalated yearly), maintenance capex and working capital. */
export function OpexCard({ doc }: { doc: Project }) {
  const cur = doc.reportingCurrency
  const hasCatalyst = doc.feedstock.some((s) => s.kind === 'catalyst')
  const own = streamsWithOwnRates(doc)
  const money = (v: string) => formatAmount(v, cur)
  /** A rate the stream inherits is shown muted, so its own rates stand out. */
  const rate = (v: string, own: boolean) => (own ? money(v) : <span className="muted" title="Project-wide rate (inherited)">{money(v)}</span>)
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
      {own.length > 0 && (
        <>
          <h4 className="subhead">Streams with their own processing costs (set in Feedstock; greyed = inherited from above)</h4>
          <div className="table-wrap">
          <table className="table" data-testid="stream-opex-table">
            <thead>
              <tr><th scope="col" className="align-left">Stream</th><th scope="col" className="align-right">Variable {cur}/t</th><th scope="col" className="align-right">Treatment {cur}/t</th><th scope="col" className="align-right">Per converter {cur}</th></tr>
            </thead>
            <tbody>
              {own.map((s, i) => (
                <tr key={i}>
                  <td>{s.name}</td><td className="align-right">{rate(s.rates.perTonne, s.own.perTonne)}</td><td className="align-right">{rate(s.rates.treatment, s.own.treatment)}</td>
                  <td className="align-right">{s.kind === 'catalyst' ? rate(s.rates.perUnit, s.own.perUnit) : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          </div>
        </>
      )}
      <h4 className="subhead">Working capital</h4>
      <div className="form-grid">
        <ModelNumber path="costs.workingCapital.receivableDays" label="Receivable days" unit="days" hint="Of revenue" />
        <ModelNumber path="costs.workingCapital.inventoryDays" label="Inventory days" unit="days" hint="Of feedstock cost" />
        <ModelNumber path="costs.workingCapital.payableDays" label="Payable days" unit="days" hint="Of feedstock + opex" />
      </div>
    </Card>
  )
}
