import { useAppStore } from '@renderer/store'
import { NumberField } from '@renderer/ui'
import type { Scenario } from '@shared/engine/types'
import { ModelCheckbox, ModelNumber, ModelSelect, ModelText, useDoc, useReadOnly } from '../editors'

/** Every override of one scenario (`project.scenarios[index]`); empty = not overridden. */
export function ScenarioEditor({ index }: { index: number }) {
  const doc = useDoc()
  const s = doc.scenarios[index]!
  const p = `scenarios.${index}`
  const ctx = s.name
  const mult = (field: keyof Scenario, label: string) => (
    <ModelNumber path={`${p}.${field}`} label={label} context={ctx} unit="×" emptyDeletes placeholder="1" testId={`scenario-${s.id}-${field}`} />
  )
  return (
    <div className="scenario-editor" data-testid={`scenario-editor-${s.id}`}>
      <div className="scenario-grid">
        <ModelText path={`${p}.name`} label="Name" context={ctx} />
        <ModelSelect
          path={`${p}.priceDeckId`} label="Price deck" context={ctx} nullAs="" toModel={(v: string) => (v === '' ? null : v)}
          options={[{ value: '', label: 'Project’s active deck' }, ...doc.prices.decks.map((d) => ({ value: d.id, label: `${d.name} (${d.currency})` }))]}
        />
        {mult('priceMultiplierAll', 'All prices')}
        {mult('volumeMultiplier', 'Volumes')}
        {mult('recoveryMultiplier', 'Recoveries')}
        {mult('capexMultiplier', 'Capex')}
        {mult('opexMultiplier', 'Opex')}
        {mult('fxMultiplier', 'FX (units per USD)')}
        <ModelNumber
          path={`${p}.fxDepreciationPerYear`} label="INR/JPY depreciation vs USD" context={ctx} unit="%/yr" percent emptyDeletes placeholder="0"
          hint="compounds from financial close; negative = appreciation" testId={`scenario-${s.id}-fxDepreciationPerYear`}
        />
        <ModelNumber path={`${p}.interestRateDelta`} label="Interest rate change" context={ctx} unit="% pts" percent emptyDeletes placeholder="0" />
      </div>
      <div className="scenario-grid">
        {doc.products.map((pr) => (
          <ProductMultiplier key={pr.id} index={index} productId={pr.id} name={pr.name} />
        ))}
      </div>
      <div className="scenario-checks">
        <OfftakeOff index={index} />
        <ModelCheckbox path={`${p}.resizeDebt`} label="Re-size the debt in this scenario (otherwise held at the base case)" />
      </div>
    </div>
  )
}

function ProductMultiplier({ index, productId, name }: { index: number; productId: string; name: string }) {
  const applyEdit = useAppStore((st) => st.applyEdit)
  const readOnly = useReadOnly()
  const value = useAppStore((st) => st.workspace?.doc.scenarios[index]?.priceMultipliers?.find((m) => m.productId === productId)?.multiplier ?? null)
  return (
    <NumberField
      label={`${name} price`} unit="×" allowEmpty placeholder="1" value={value} disabled={readOnly}
      onValue={(v, meta) =>
        applyEdit(`${name} price multiplier`, (d) => {
          const sc = d.scenarios[index]!
          const rest = (sc.priceMultipliers ?? []).filter((m) => m.productId !== productId)
          const next = v === null ? rest : [...rest, { productId, multiplier: v }]
          if (next.length === 0) delete sc.priceMultipliers
          else sc.priceMultipliers = next
        }, { path: `scenarios.${index}.priceMultipliers`, draft: meta.text, session: meta.session })
      }
    />
  )
}

function OfftakeOff({ index }: { index: number }) {
  const applyEdit = useAppStore((st) => st.applyEdit)
  const off = useAppStore((st) => st.workspace?.doc.scenarios[index]?.offtakeEnabled === false)
  const readOnly = useReadOnly()
  return (
    <label className="check">
      <input
        type="checkbox" checked={off} disabled={readOnly}
        onChange={(e) =>
          applyEdit('Offtake contracts off', (d) => {
            if (e.target.checked) d.scenarios[index]!.offtakeEnabled = false
            else delete d.scenarios[index]!.offtakeEnabled
          })
        }
      />
      <span>All offtake contracts off (everything sold merchant)</span>
    </label>
  )
}
