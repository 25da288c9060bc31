import { dec } from '@shared/decimal'
import type { Project } from '@shared/model'
import { taxIndia } from '@shared/reference'
import { Card, Select } from '@renderer/ui'
import { formatPercent } from '@renderer/format/money'
import { ModelNumber, ModelSelect, SourceNote, describeSourced, useApplyEdit, EditButton, useReadOnly } from '../editors'
import { TaxBlocksEditor, TaxLossesEditor } from './TaxRefinements'
import { useT } from '@renderer/i18n'

/**
 * Tax rate (with India's presets), maintenance capex capitalised or expensed, the general pool's
 * depreciation (straight line over years, or written-down value at a rate), asset blocks of their own,
 * business-loss expiry and a tax holiday (methodology §6, §14).
 */
export function TaxCard({ doc }: { doc: Project }) {
  const applyEdit = useApplyEdit()
  const readOnly = useReadOnly()
  const t = useT()
  const india = taxIndia()
  const regime = india.regimes.find((r) => dec(r.rate.value).eq(doc.tax.rate))
  const dep = doc.tax.depreciation
  const wdvPreset = dep.method === 'wdv' ? india.depreciation.find((d) => dec(d.rate.value).eq(dep.rate)) : undefined
  return (
    <Card title={t('costs.tax.title')}>
      <div className="form-grid wide">
        <Select
          label={t('costs.tax.preset')}
          disabled={readOnly}
          value={regime?.id ?? 'custom'}
          options={[{ value: 'custom', label: t('costs.tax.customRate') }, ...india.regimes.map((r) => ({ value: r.id, label: t('costs.tax.presetOption', { name: r.name, pct: formatPercent(r.rate.value, 3) }) }))]}
          onChange={(id) => {
            const r = india.regimes.find((x) => x.id === id)
            if (r) applyEdit(t('costs.tax.presetEdit', { name: r.name }), (d) => void (d.tax.rate = r.rate.value), { path: 'tax.rate', draft: r.rate.value })
          }}
        />
        <ModelNumber path="tax.rate" label={t('costs.tax.rate')} unit="%" percent hint={t('costs.tax.rateHint')} />
        <ModelSelect
          path="tax.depreciation.method"
          label={doc.tax.blocks?.length ? t('costs.tax.poolDepreciation') : t('costs.tax.depreciation')}
          // Short option words so the select is not cut at 1280 px; the next field asks for the life or the rate.
          options={[
            { value: 'straightLine', label: t('costs.tax.straightLine') },
            { value: 'wdv', label: t('costs.tax.wdv') }
          ]}
          mutate={(d, method) => {
            if (d.tax.depreciation.method === method) return
            d.tax.depreciation = method === 'wdv' ? { method, rate: india.depreciation[0]!.rate.value } : { method, years: 10 }
          }}
        />
        <ModelSelect
          path="tax.maintenanceCapex"
          label={t('costs.tax.maintenance')}
          nullAs="expensed"
          // Short option words so the select is not cut at 1280 px; the rule is in the hint.
          options={[
            { value: 'capitalised', label: t('costs.tax.capitalised') },
            { value: 'expensed', label: t('costs.tax.expensed') }
          ]}
          hint={(doc.tax.maintenanceCapex ?? 'expensed') === 'expensed' ? t('costs.tax.expensedHint') : t('costs.tax.capitalisedHint')}
        />
        {dep.method === 'straightLine' ? (
          <ModelNumber path="tax.depreciation.years" label={t('costs.tax.life')} unit={t('costs.unit.years')} integer />
        ) : (
          <ModelNumber path="tax.depreciation.rate" label={t('costs.tax.wdvRate')} unit={t('costs.unit.pctPerYear')} percent hint={wdvPreset ? wdvPreset.name : t('costs.tax.customRate')} />
        )}
      </div>
      {regime && <SourceNote label={t('costs.tax.presetLabel')}>{regime.name}: {describeSourced(regime.rate, t)}</SourceNote>}
      {dep.method === 'wdv' && (
        <div className="row-inline">
          <span className="muted">{doc.tax.blocks?.length ? t('costs.tax.poolRateFrom') : t('costs.tax.wdvRateFrom')}</span>
          {india.depreciation.map((p) => (
            <EditButton key={p.id} variant="ghost" size="sm" onClick={() => applyEdit(t('costs.tax.depreciationEdit', { name: p.name }), (d) => void (d.tax.depreciation = { method: 'wdv', rate: p.rate.value }))}>
              {p.name} {formatPercent(p.rate.value)}
            </EditButton>
          ))}
        </div>
      )}
      {wdvPreset && <SourceNote label={t('costs.tax.presetLabel')}>{wdvPreset.name}: {describeSourced(wdvPreset.rate, t)}</SourceNote>}
      <TaxBlocksEditor doc={doc} />
      <TaxLossesEditor doc={doc} />
    </Card>
  )
}
