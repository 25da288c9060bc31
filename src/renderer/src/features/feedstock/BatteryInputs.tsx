import type { Project } from '@shared/model'
import { BATTERY_CHEMISTRIES, BATTERY_FORMS, BATTERY_METALS } from '@shared/model'
import { batteryChemistry, blackMassYieldBenchmarks, blackMassYieldDefault, idealBlackMassYield } from '@shared/reference'
import { Card } from '@renderer/ui'
import { ModelNumber, ModelSelect, SourceNote, describeGroup, describeSourced } from '../editors'
import { formatPercent } from '@renderer/format/money'
import { BATTERY_FORM_LABEL } from './labels'

type Battery = Extract<Project['feedstock'][number], { kind: 'battery' }>
const GRADES = BATTERY_METALS

/** Chemistry, form, black-mass yield and the metal grades of the black mass. */
export function BatteryInputs({ stream, index }: { stream: Battery; index: number }) {
  const p = `feedstock.${index}`
  const ref = batteryChemistry(stream.chemistry)
  const ideal = idealBlackMassYield(stream.chemistry, stream.form)
  const byForm = blackMassYieldDefault(stream.form)
  const total = GRADES.reduce((a, m) => a + Number(stream.grades[m] || 0), 0)
  return (
    <Card title="Batteries and black mass">
      <div className="form-grid wide">
        <ModelSelect path={`${p}.chemistry`} label="Chemistry" options={BATTERY_CHEMISTRIES.map((c) => ({ value: c, label: c }))} />
        <ModelSelect
          path={`${p}.form`}
          label="Form of the feed"
          options={BATTERY_FORMS.map((f) => ({ value: f, label: BATTERY_FORM_LABEL[f] }))}
          mutate={(d, form) => {
            const s = d.feedstock[index] as Battery
            s.form = form
            // Black mass is its own yield; other forms start from the library default.
            s.blackMassYield = form === 'blackMass' ? '1' : blackMassYieldDefault(form).value
          }}
        />
        <ModelNumber
          path={`${p}.blackMassYield`}
          label="Black-mass yield"
          unit="% of input"
          percent
          disabled={stream.form === 'blackMass'}
          hint={stream.form === 'blackMass' ? 'The feed already is black mass' : `Library ${formatPercent(byForm.value)}${ideal ? `; ideal for ${stream.chemistry} ${formatPercent(ideal, 1)}` : ''}`}
        />
      </div>
      <h4 className="subhead">Grades in the black mass (share by mass)</h4>
      <div className="form-grid">
        {GRADES.map((m) => (
          <ModelNumber key={m} path={`${p}.grades.${m}`} label={`${m} grade`} unit="%" percent />
        ))}
      </div>
      <p className="totals">
        Li + Co + Ni + Mn = <strong>{(total * 100).toFixed(1)} %</strong> of the black mass (the rest is graphite, Cu, Al, binder…)
      </p>
      {ref?.blackMass && (
        <SourceNote label="Reference">
          {stream.chemistry} black mass: {describeGroup(GRADES.map((m) => [m, ref.blackMass![m]] as const))}
        </SourceNote>
      )}
      {!ref?.blackMass && <SourceNote label="Note" tone="warning">{ref?.blackMassNote ?? `No black-mass composition for ${stream.chemistry} in the library: enter your assays.`}</SourceNote>}
      {stream.form !== 'blackMass' && (
        <SourceNote label="Yield">
          {describeSourced(byForm)}. Benchmarks: {blackMassYieldBenchmarks().filter((b) => b.form === stream.form).map((b) => `${b.name} ${formatPercent(b.yield.value)}`).join('; ') || 'none for this form'}
        </SourceNote>
      )}
    </Card>
  )
}
