import type { Project } from '@shared/model'
import { Card } from '@renderer/ui'
import { formatAmount } from '@renderer/format/money'
import { ModelNumber } from '../editors'
import { streamsWithOwnRates } from '../feedstock/processing-costs'
import { useT } from '@renderer/i18n'

/** Operating costs (money of the start date, escalated yearly), maintenance capex and working capital. */
export function OpexCard({ doc }: { doc: Project }) {
  const cur = doc.reportingCurrency
  const t = useT()
  const hasCatalyst = doc.feedstock.some((s) => s.kind === 'catalyst')
  const own = streamsWithOwnRates(doc)
  const money = (v: string) => formatAmount(v, cur)
  /** A rate the stream inherits is shown muted, so its own rates stand out. */
  const rate = (v: string, own: boolean) => (own ? money(v) : <span className="muted" title={t('costs.opex.inherited')}>{money(v)}</span>)
  return (
    <Card title={t('costs.opex.title')}>
      <div className="form-grid">
        <ModelNumber path="costs.opex.fixedPerYear" label={t('costs.opex.fixed')} unit={t('costs.unit.perYear', { currency: cur })} money={cur} />
        <ModelNumber path="costs.opex.variablePerTonne" label={t('costs.opex.variable')} unit={t('costs.unit.perT', { currency: cur })} hint={t('costs.opex.perTonne')} />
        <ModelNumber path="costs.opex.variablePerUnit" label={t('costs.opex.perConverter')} unit={t('costs.unit.perUnit', { currency: cur })} hint={hasCatalyst ? t('costs.opex.perConverterHint') : t('costs.opex.catalystOnly')} />
        <ModelNumber path="costs.opex.treatmentPerTonne" label={t('costs.opex.treatment')} unit={t('costs.unit.perT', { currency: cur })} hint={t('costs.opex.perTonne')} />
        <ModelNumber path="costs.opex.escalation" label={t('costs.opex.escalation')} unit={t('costs.unit.pctPerYear')} percent />
        <ModelNumber path="costs.maintenanceCapexPerYear" label={t('costs.opex.maintenance')} unit={t('costs.unit.perYear', { currency: cur })} money={cur} />
      </div>
      {own.length > 0 && (
        <>
          <h4 className="subhead">{t('costs.opex.ownHead')}</h4>
          <div className="table-wrap">
          <table className="table" data-testid="stream-opex-table">
            <thead>
              <tr><th scope="col" className="align-left">{t('costs.opex.col.stream')}</th><th scope="col" className="align-right">{t('costs.opex.col.variable', { currency: cur })}</th><th scope="col" className="align-right">{t('costs.opex.col.treatment', { currency: cur })}</th><th scope="col" className="align-right">{t('costs.opex.col.perConverter', { currency: cur })}</th></tr>
            </thead>
            <tbody>
              {own.map((s, i) => (
                <tr key={i}>
                  <td translate="no">{s.name}</td><td className="align-right">{rate(s.rates.perTonne, s.own.perTonne)}</td><td className="align-right">{rate(s.rates.treatment, s.own.treatment)}</td>
                  <td className="align-right">{s.kind === 'catalyst' ? rate(s.rates.perUnit, s.own.perUnit) : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          </div>
        </>
      )}
      <h4 className="subhead">{t('costs.wc.title')}</h4>
      <div className="form-grid">
        <ModelNumber path="costs.workingCapital.receivableDays" label={t('costs.wc.receivable')} unit={t('costs.unit.days')} hint={t('costs.wc.receivableHint')} />
        <ModelNumber path="costs.workingCapital.inventoryDays" label={t('costs.wc.inventory')} unit={t('costs.unit.days')} hint={t('costs.wc.inventoryHint')} />
        <ModelNumber path="costs.workingCapital.payableDays" label={t('costs.wc.payable')} unit={t('costs.unit.days')} hint={t('costs.wc.payableHint')} />
      </div>
    </Card>
  )
}
