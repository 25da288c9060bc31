import type { Project } from '@shared/model'
import { BATTERY_CHEMISTRIES, BATTERY_FORMS, BATTERY_METALS } from '@shared/model'
import { batteryChemistry, blackMassYieldBenchmarks, blackMassYieldDefault, idealBlackMassYield } from '@shared/reference'
import { Card } from '@renderer/ui'
import { ModelNumber, ModelSelect, SourceNote, describeGroup, describeSourced } from '../editors'
import { formatPercent } from '@renderer/format/money'
import { batteryFormLabel } from './labels'
import { FormattedMessage } from 'react-intl'
import type { MessageKey } from '@shared/i18n'
import { useT } from '@renderer/i18n'

type Battery = Extract<Project['feedstock'][number], { kind: 'battery' }>
const GRADES = BATTERY_METALS

/** Chemistry, form, black-mass yield and the metal grades of the black mass. */
export function BatteryInputs({ stream, index }: { stream: Battery; index: number }) {
  const t = useT()
  const p = `feedstock.${index}`
  const ref = batteryChemistry(stream.chemistry)
  const ideal = idealBlackMassYield(stream.chemistry, stream.form)
  const byForm = blackMassYieldDefault(stream.form)
  const total = GRADES.reduce((a, m) => a + Number(stream.grades[m] || 0), 0)
  return (
    <Card title={t('feedstock.battery.title')}>
      <div className="form-grid wide">
        <ModelSelect path={`${p}.chemistry`} label={t('feedstock.add.chemistry')} options={BATTERY_CHEMISTRIES.map((c) => ({ value: c, label: c }))} />
        <ModelSelect
          path={`${p}.form`}
          label={t('feedstock.battery.form')}
          options={BATTERY_FORMS.map((f) => ({ value: f, label: batteryFormLabel(t, f) }))}
          mutate={(d, form) => {
            const s = d.feedstock[index] as Battery
            s.form = form
            // Black mass is its own yield; other forms start from the library default.
            s.blackMassYield = form === 'blackMass' ? '1' : blackMassYieldDefault(form).value
          }}
        />
        <ModelNumber
          path={`${p}.blackMassYield`}
          label={t('feedstock.battery.yield')}
          unit={t('feedstock.unit.pctOfInput')}
          percent
          disabled={stream.form === 'blackMass'}
          hint={
            stream.form === 'blackMass'
              ? t('feedstock.battery.alreadyBlackMass')
              : ideal
                ? t('feedstock.battery.libraryIdeal', { pct: formatPercent(byForm.value), chemistry: stream.chemistry, ideal: formatPercent(ideal, 1) })
                : t('feedstock.battery.library', { pct: formatPercent(byForm.value) })
          }
        />
      </div>
      <h4 className="subhead">{t('feedstock.battery.grades')}</h4>
      <div className="form-grid">
        {GRADES.map((m) => (
          <ModelNumber key={m} path={`${p}.grades.${m}`} label={t('feedstock.battery.grade', { metal: m })} unit="%" percent />
        ))}
      </div>
      <p className="totals">
        <FormattedMessage id={'feedstock.battery.total' satisfies MessageKey} values={{ total: <strong>{(total * 100).toFixed(1)} %</strong> }} />
      </p>
      {ref?.blackMass && (
        <SourceNote label={t('feedstock.battery.reference')}>
          {t('feedstock.battery.refBlackMass', { chemistry: stream.chemistry, values: describeGroup(GRADES.map((m) => [m, ref.blackMass![m]] as const)) })}
        </SourceNote>
      )}
      {!ref?.blackMass && <SourceNote label={t('feedstock.battery.note')} tone="warning">{ref?.blackMassNote ?? t('feedstock.battery.noComposition', { chemistry: stream.chemistry })}</SourceNote>}
      {stream.form !== 'blackMass' && (
        <SourceNote label={t('feedstock.battery.yieldLabel')}>
          {describeSourced(byForm, t)}. {t('feedstock.battery.benchmarks')} {blackMassYieldBenchmarks().filter((b) => b.form === stream.form).map((b) => `${b.name} ${formatPercent(b.yield.value)}`).join('; ') || t('feedstock.battery.noBenchmarks')}
        </SourceNote>
      )}
    </Card>
  )
}
