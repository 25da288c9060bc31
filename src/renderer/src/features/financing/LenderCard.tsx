import type { Project } from '@shared/model'
import { lenderThresholds, type LenderThresholdKey } from '@shared/format/lender-thresholds'
import { lenderPreset } from '@shared/reference'
import { Badge, Card } from '@renderer/ui'
import { ModelNumber, SourceNote } from '../editors'
import { LenderPresetPicker } from './LenderPresetPicker'
import { useT } from '@renderer/i18n'

/** The catalog key of each threshold's short name, for "Edited: min DSCR, max gearing". */
const FIELD_LABEL = (key: LenderThresholdKey) => `financing.lender.field.${key}` as const

/** The lender's thresholds the bankability checklist grades against: from a preset, then editable. */
export function LenderCard({ doc }: { doc: Project }) {
  const l = doc.lender
  const t = useT()
  const preset = l.presetId ? lenderPreset(l.presetId) : null
  const thresholds = lenderThresholds(l)
  const edited = thresholds.kind === 'edited' ? thresholds.edited : []
  return (
    <Card title={t('financing.lender.title')}>
      <div className="lender-preset-row">
        <LenderPresetPicker lender={l}>
          {preset && (edited.length ? <Badge tone="warning">{t('financing.lender.edited', { fields: edited.map((k) => t(FIELD_LABEL(k))).join(', ') })}</Badge> : <Badge tone="success">{t('financing.lender.asPreset')}</Badge>)}
        </LenderPresetPicker>
      </div>
      <div className="form-grid">
        <ModelNumber path="lender.minDscr" label={t('financing.lender.minDscr')} unit="x" />
        <ModelNumber path="lender.lockupDscr" label={t('financing.lender.lockupDscr')} unit="x" hint={t('financing.lender.lockupHint')} />
        <ModelNumber path="lender.minLlcr" label={t('financing.lender.minLlcr')} unit="x" />
        <ModelNumber path="lender.maxGearing" label={t('financing.lender.maxGearing')} unit="%" percent />
        <ModelNumber path="lender.dsraMonths" label={t('financing.lender.dsra')} unit={t('financing.unit.months')} integer />
        <ModelNumber path="lender.minBankableCoverage" label={t('financing.lender.minBankable')} unit={t('financing.unit.pctOfRevenue')} percent />
        <ModelNumber path="lender.minSupplyCoverage" label={t('financing.lender.minSupply')} unit={t('financing.unit.pctOfFeed')} percent emptyDeletes hint={t('financing.lender.minSupplyHint')} />
      </div>
      {preset && (
        <SourceNote label={t('financing.lender.preset')}>
          {t('financing.lender.presetLine', {
            name: preset.name,
            dscr: preset.minDscr.value,
            dscrSource: preset.minDscr.source.split(' http')[0]!,
            date: preset.minDscr.date,
            gearing: preset.maxGearing.value,
            gearingSource: preset.maxGearing.source.split(' http')[0]!,
            tenor: preset.typicalTenorYears.value
          })}
        </SourceNote>
      )}
    </Card>
  )
}
