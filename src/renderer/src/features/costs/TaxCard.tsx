import { dec } from '@shared/decimal'
import type { Project } from '@shared/model'
import { taxIndia } from '@shared/reference'
import { Card, Select } from '@renderer/ui'
import { formatPercent } from '@renderer/format/money'
import { ModelNumber, ModelSelect, SourceNote, describeSourced, useApplyEdit, EditButton, useReadOnly } from '../editors'
import { TaxBlocksEditor, TaxLossesEditor } from './TaxRefinements'

/**
 * Tax rate (with India's presets), maintenance capex capitalised or expensed, the general pool's
 * depreciation (straight line over years, or written-down value at a rate), asset blocks of their own,
 * business-loss expiry and a tax holiday (methodology §6, §14).
 */
export function TaxCard({ doc }: { doc: Project }) {
  const applyEdit = useApplyEdit()
  const readOnly = useReadOnly()
  const t = taxIndia()
  const regime = t.regimes.find((r) => dec(r.rate.value).eq(doc.tax.rate))
  const dep = doc.tax.depreciation
  const wdvPreset = dep.method === 'wdv' ? t.depreciation.find((d) => dec(d.rate.value).eq(dep.rate)) : undefined
  return (
    <Card title="Tax and depreciation">
      <div className="form-grid wide">
        <Select
          label="Tax preset"
          disabled={readOnly}
          value={regime?.id ?? 'custom'}
          options={[{ value: 'custom', label: 'Custom rate' }, ...t.regimes.map((r) => ({ value: r.id, label: `${r.name}: ${formatPercent(r.rate.value, 3)}` }))]}
          onChange={(id) => {
            const r = t.regimes.find((x) => x.id === id)
            if (r) applyEdit(`Tax: ${r.name}`, (d) => void (d.tax.rate = r.rate.value), { path: 'tax.rate', draft: r.rate.value })
          }}
        />
        <ModelNumber path="tax.rate" label="Corporate tax rate" unit="%" percent hint="Effective rate incl. surcharge and cess" />
        <ModelSelect
          path="tax.depreciation.method"
          label={doc.tax.blocks?.length ? 'General pool depreciation' : 'Depreciation'}
          // Short option words so the select is not cut at 1280 px; the next field asks for the life or the rate.
          options={[
            { value: 'straightLine', label: 'Straight line' },
            { value: 'wdv', label: 'Written-down value' }
          ]}
          mutate={(d, method) => {
            if (d.tax.depreciation.method === method) return
            d.tax.depreciation = method === 'wdv' ? { method, rate: t.depreciation[0]!.rate.value } : { method, years: 10 }
          }}
        />
        <ModelSelect
          path="tax.maintenanceCapex"
          label="Maintenance capex for tax"
          nullAs="expensed"
          // Short option words so the select is not cut at 1280 px; the rule is in the hint.
          options={[
            { value: 'capitalised', label: 'Capitalised' },
            { value: 'expensed', label: 'Expensed' }
          ]}
          hint={(doc.tax.maintenanceCapex ?? 'expensed') === 'expensed' ? 'Deducted from taxable income when spent' : 'Depreciated from the next period'}
        />
        {dep.method === 'straightLine' ? (
          <ModelNumber path="tax.depreciation.years" label="Depreciation life" unit="years" integer />
        ) : (
          <ModelNumber path="tax.depreciation.rate" label="WDV rate" unit="%/yr" percent hint={wdvPreset ? wdvPreset.name : 'Custom rate'} />
        )}
      </div>
      {regime && <SourceNote label="Preset">{regime.name}: {describeSourced(regime.rate)}</SourceNote>}
      {dep.method === 'wdv' && (
        <div className="row-inline">
          <span className="muted">{doc.tax.blocks?.length ? 'General pool rate' : 'WDV rate'} from Appendix I:</span>
          {t.depreciation.map((p) => (
            <EditButton key={p.id} variant="ghost" size="sm" onClick={() => applyEdit(`Depreciation: ${p.name}`, (d) => void (d.tax.depreciation = { method: 'wdv', rate: p.rate.value }))}>
              {p.name} {formatPercent(p.rate.value)}
            </EditButton>
          ))}
        </div>
      )}
      {wdvPreset && <SourceNote label="Preset">{wdvPreset.name}: {describeSourced(wdvPreset.rate)}</SourceNote>}
      <TaxBlocksEditor doc={doc} />
      <TaxLossesEditor doc={doc} />
    </Card>
  )
}
