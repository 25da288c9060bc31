import { dec, toDecimalString } from '@shared/decimal'
import type { Project } from '@shared/model'
import { PGM_METALS } from '@shared/model'
import { converterClass, converterClasses } from '@shared/reference'
import { Card } from '@renderer/ui'
import { ModelNumber, ModelSelect, SourceNote, describeGroup } from '../editors'

type Catalyst = Extract<Project['feedstock'][number], { kind: 'catalyst' }>

/** Converter class, mass per unit and PGM loadings (g/unit, or monolith kg × ppm). */
export function CatalystInputs({ stream, index }: { stream: Catalyst; index: number }) {
  const p = `feedstock.${index}`
  const ref = stream.converterClassId ? converterClass(stream.converterClassId) : null
  const loading = stream.loading
  return (
    <Card title="Converters and PGM loadings">
      <div className="form-grid wide">
        <ModelSelect
          path={`${p}.converterClassId`}
          label="Converter class"
          nullAs="none"
          toModel={(v) => (v === 'none' ? null : v)}
          options={[{ value: 'none', label: 'Own assays (no class)' }, ...converterClasses().map((c) => ({ value: c.id, label: c.name }))]}
        />
        <ModelNumber path={`${p}.massKgPerUnit`} label="Gross mass per converter" unit="kg/unit" hint="For per-tonne charges and logistics" />
        <ModelSelect
          path={`${p}.loading.mode`}
          label="Loading given as"
          options={[
            { value: 'gramsPerUnit', label: 'Grams per converter' },
            { value: 'monolithPpm', label: 'Monolith kg × assay (ppm)' }
          ]}
          mutate={(d, mode) => {
            const s = d.feedstock[index] as Catalyst
            if (s.loading.mode === mode) return
            // Keep the same grams per unit across the switch: g = kg × ppm / 1000.
            if (s.loading.mode === 'gramsPerUnit') {
              const kg = ref?.monolithKgPerUnit?.value ?? '1'
              const g = s.loading.gramsPerUnit
              // ppm = g × 1000 / kg rarely terminates (÷ 0.9): 6 decimals keep it a valid decimal string.
              const ppm = (x: string) => toDecimalString(dec(x).times(1000).div(kg).toDecimalPlaces(6))
              s.loading = { mode: 'monolithPpm', monolithKgPerUnit: kg, ppm: { Pt: ppm(g.Pt), Pd: ppm(g.Pd), Rh: ppm(g.Rh) } }
            } else {
              const { monolithKgPerUnit: kg, ppm } = s.loading
              const g = (x: string) => toDecimalString(dec(x).times(kg).div(1000))
              s.loading = { mode: 'gramsPerUnit', gramsPerUnit: { Pt: g(ppm.Pt), Pd: g(ppm.Pd), Rh: g(ppm.Rh) } }
            }
          }}
        />
        {loading.mode === 'monolithPpm' && <ModelNumber path={`${p}.loading.monolithKgPerUnit`} label="Monolith mass" unit="kg/unit" />}
      </div>
      <h4 className="subhead">{loading.mode === 'gramsPerUnit' ? 'PGM per converter' : 'Assay of the monolith (ppm = g/t)'}</h4>
      <div className="form-grid">
        {PGM_METALS.map((m) =>
          loading.mode === 'gramsPerUnit' ? (
            <ModelNumber key={m} path={`${p}.loading.gramsPerUnit.${m}`} label={`${m} loading`} unit="g/unit" />
          ) : (
            <ModelNumber
              key={m}
              path={`${p}.loading.ppm.${m}`}
              label={`${m} assay`}
              unit="ppm"
              hint={`= ${toDecimalString(dec(loading.ppm[m] || '0').times(loading.monolithKgPerUnit || '0').div(1000).toDecimalPlaces(4))} g/unit`}
            />
          )
        )}
      </div>
      {ref?.loading && (
        <SourceNote label="Reference">
          {ref.name}: {describeGroup(PGM_METALS.map((m) => [m, ref.loading![m]] as const))}
        </SourceNote>
      )}
      {ref?.warning && <SourceNote label="Note" tone="warning">{ref.warning}</SourceNote>}
    </Card>
  )
}
