import { dec, toDecimalString } from '@shared/decimal'
import type { Project } from '@shared/model'
import { PGM_METALS } from '@shared/model'
import { converterClass, converterClasses } from '@shared/reference'
import { Card } from '@renderer/ui'
import { ModelNumber, ModelSelect, SourceNote, describeGroup } from '../editors'
import { useT } from '@renderer/i18n'

type Catalyst = Extract<Project['feedstock'][number], { kind: 'catalyst' }>

/** Converter class, mass per unit and PGM loadings (g/unit, or monolith kg × ppm). */
export function CatalystInputs({ stream, index }: { stream: Catalyst; index: number }) {
  const t = useT()
  const p = `feedstock.${index}`
  const ref = stream.converterClassId ? converterClass(stream.converterClassId) : null
  const loading = stream.loading
  return (
    <Card title={t('feedstock.catalyst.title')}>
      <div className="form-grid wide">
        <ModelSelect
          path={`${p}.converterClassId`}
          label={t('feedstock.add.converterClass')}
          nullAs="none"
          toModel={(v) => (v === 'none' ? null : v)}
          options={[{ value: 'none', label: t('feedstock.catalyst.ownAssays') }, ...converterClasses().map((c) => ({ value: c.id, label: c.name }))]}
        />
        <ModelNumber path={`${p}.massKgPerUnit`} label={t('feedstock.catalyst.mass')} unit={t('feedstock.unit.kgPerUnit')} hint={t('feedstock.catalyst.massHint')} />
        <ModelSelect
          path={`${p}.loading.mode`}
          label={t('feedstock.catalyst.loadingAs')}
          options={[
            { value: 'gramsPerUnit', label: t('feedstock.catalyst.gramsPerUnit') },
            { value: 'monolithPpm', label: t('feedstock.catalyst.monolithPpm') }
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
        {loading.mode === 'monolithPpm' && <ModelNumber path={`${p}.loading.monolithKgPerUnit`} label={t('feedstock.catalyst.monolithMass')} unit={t('feedstock.unit.kgPerUnit')} />}
      </div>
      <h4 className="subhead">{loading.mode === 'gramsPerUnit' ? t('feedstock.catalyst.perConverter') : t('feedstock.catalyst.assayHead')}</h4>
      <div className="form-grid">
        {PGM_METALS.map((m) =>
          loading.mode === 'gramsPerUnit' ? (
            <ModelNumber key={m} path={`${p}.loading.gramsPerUnit.${m}`} label={t('feedstock.catalyst.loading', { metal: m })} unit={t('feedstock.unit.gPerUnit')} />
          ) : (
            <ModelNumber
              key={m}
              path={`${p}.loading.ppm.${m}`}
              label={t('feedstock.catalyst.assay', { metal: m })}
              unit="ppm"
              hint={`= ${toDecimalString(dec(loading.ppm[m] || '0').times(loading.monolithKgPerUnit || '0').div(1000).toDecimalPlaces(4))} ${t('feedstock.unit.gPerUnit')}`}
            />
          )
        )}
      </div>
      {ref?.loading && (
        <SourceNote label={t('feedstock.battery.reference')}>
          {ref.name}: {describeGroup(PGM_METALS.map((m) => [m, ref.loading![m]] as const))}
        </SourceNote>
      )}
      {ref?.warning && <SourceNote label={t('feedstock.battery.note')} tone="warning">{ref.warning}</SourceNote>}
    </Card>
  )
}
