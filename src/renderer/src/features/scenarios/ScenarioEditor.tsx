import { useAppStore } from '@renderer/store'
import { NumberField } from '@renderer/ui'
import type { Scenario } from '@shared/engine/types'
import { ModelCheckbox, ModelNumber, ModelSelect, ModelText, useDoc, useReadOnly } from '../editors'
import { useT } from '@renderer/i18n'

/** Every override of one scenario (`project.scenarios[index]`); empty = not overridden. */
export function ScenarioEditor({ index }: { index: number }) {
  const doc = useDoc()
  const s = doc.scenarios[index]!
  const t = useT()
  const p = `scenarios.${index}`
  const ctx = s.name
  const mult = (field: keyof Scenario, label: string) => (
    <ModelNumber path={`${p}.${field}`} label={label} context={ctx} unit="×" emptyDeletes placeholder="1" testId={`scenario-${s.id}-${field}`} />
  )
  return (
    <div className="scenario-editor" data-testid={`scenario-editor-${s.id}`}>
      <div className="scenario-grid">
        <ModelText path={`${p}.name`} label={t('scenarios.edit.name')} context={ctx} />
        <ModelSelect
          path={`${p}.priceDeckId`} label={t('scenarios.edit.deck')} context={ctx} nullAs="" toModel={(v: string) => (v === '' ? null : v)}
          options={[{ value: '', label: t('scenarios.edit.activeDeck') }, ...doc.prices.decks.map((d) => ({ value: d.id, label: `${d.name} (${d.currency})` }))]}
        />
        {mult('priceMultiplierAll', t('scenarios.edit.allPrices'))}
        {mult('volumeMultiplier', t('scenarios.edit.volumes'))}
        {mult('recoveryMultiplier', t('scenarios.edit.recoveries'))}
        {mult('capexMultiplier', t('scenarios.edit.capex'))}
        {mult('opexMultiplier', t('scenarios.edit.opex'))}
        {mult('fxMultiplier', t('scenarios.edit.fx'))}
        <ModelNumber
          path={`${p}.fxDepreciationPerYear`} label={t('scenarios.edit.fxDepreciation')} context={ctx} unit={t('scenarios.unit.perYear')} percent emptyDeletes placeholder="0"
          hint={t('scenarios.edit.fxDepreciationHint')} testId={`scenario-${s.id}-fxDepreciationPerYear`}
        />
        <ModelNumber path={`${p}.interestRateDelta`} label={t('scenarios.edit.rateChange')} context={ctx} unit={t('scenarios.unit.points')} percent emptyDeletes placeholder="0" />
      </div>
      <div className="scenario-grid">
        {doc.products.map((pr) => (
          <ProductMultiplier key={pr.id} index={index} productId={pr.id} name={pr.name} />
        ))}
      </div>
      <div className="scenario-checks">
        <OfftakeOff index={index} />
        <ModelCheckbox path={`${p}.resizeDebt`} label={t('scenarios.edit.resize')} />
      </div>
    </div>
  )
}

function ProductMultiplier({ index, productId, name }: { index: number; productId: string; name: string }) {
  const applyEdit = useAppStore((st) => st.applyEdit)
  const readOnly = useReadOnly()
  const t = useT()
  const value = useAppStore((st) => st.workspace?.doc.scenarios[index]?.priceMultipliers?.find((m) => m.productId === productId)?.multiplier ?? null)
  return (
    <NumberField
      label={t('scenarios.edit.productPrice', { name })} unit="×" allowEmpty placeholder="1" value={value} disabled={readOnly}
      onValue={(v, meta) =>
        applyEdit(t('scenarios.edit.productMultiplier', { name }), (d) => {
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
  const t = useT()
  return (
    <label className="check">
      <input
        type="checkbox" checked={off} disabled={readOnly}
        onChange={(e) =>
          applyEdit(t('scenarios.edit.offtakeOffUndo'), (d) => {
            if (e.target.checked) d.scenarios[index]!.offtakeEnabled = false
            else delete d.scenarios[index]!.offtakeEnabled
          })
        }
      />
      <span>{t('scenarios.edit.offtakeOff')}</span>
    </label>
  )
}
