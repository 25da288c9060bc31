import type { Project } from '@shared/model'
import { lenderThresholds, type LenderThresholdKey } from '@shared/format/lender-thresholds'
import { lenderPreset } from '@shared/reference'
import { Badge, Card } from '@renderer/ui'
import { ModelNumber, SourceNote } from '../editors'
import { LenderPresetPicker } from './LenderPresetPicker'

const FIELD_LABEL: Record<LenderThresholdKey, string> = {
  minDscr: 'min DSCR',
  lockupDscr: 'lock-up DSCR',
  minLlcr: 'min LLCR',
  maxGearing: 'max gearing',
  dsraMonths: 'DSRA months',
  minBankableCoverage: 'bankable offtake'
}

/** The lender's thresholds the bankability checklist grades against: from a preset, then editable. */
export function LenderCard({ doc }: { doc: Project }) {
  const l = doc.lender
  const preset = l.presetId ? lenderPreset(l.presetId) : null
  const t = lenderThresholds(l)
  const edited = t.kind === 'edited' ? t.edited : []
  return (
    <Card title="Lender thresholds">
      <div className="lender-preset-row">
        <LenderPresetPicker lender={l}>
          {preset && (edited.length ? <Badge tone="warning">Edited: {edited.map((k) => FIELD_LABEL[k]).join(', ')}</Badge> : <Badge tone="success">As the preset</Badge>)}
        </LenderPresetPicker>
      </div>
      <div className="form-grid">
        <ModelNumber path="lender.minDscr" label="Minimum DSCR (covenant)" unit="x" />
        <ModelNumber path="lender.lockupDscr" label="Lock-up DSCR" unit="x" hint="Distributions stop below this" />
        <ModelNumber path="lender.minLlcr" label="Minimum LLCR" unit="x" />
        <ModelNumber path="lender.maxGearing" label="Maximum gearing" unit="%" percent />
        <ModelNumber path="lender.dsraMonths" label="DSRA required" unit="months" integer />
        <ModelNumber path="lender.minBankableCoverage" label="Minimum bankable offtake" unit="% of revenue" percent />
        <ModelNumber path="lender.minSupplyCoverage" label="Minimum supply coverage" unit="% of feed" percent emptyDeletes hint="Feed under supply contracts over the loan life; blank = no minimum" />
      </div>
      {preset && (
        <SourceNote label="Preset">
          {preset.name}: min DSCR {preset.minDscr.value}x ({preset.minDscr.source.split(' http')[0]}, {preset.minDscr.date}); max gearing {preset.maxGearing.value} ({preset.maxGearing.source.split(' http')[0]}); typical tenor {preset.typicalTenorYears.value} years.
        </SourceNote>
      )}
    </Card>
  )
}
