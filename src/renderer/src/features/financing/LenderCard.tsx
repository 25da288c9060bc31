import { dec } from '@shared/decimal'
import type { Project } from '@shared/model'
import { lenderForProject, lenderPreset, lenderPresets } from '@shared/reference'
import { Badge, Card, Select } from '@renderer/ui'
import { ModelNumber, SourceNote, useApplyEdit } from '../editors'

const FIELDS = ['minDscr', 'lockupDscr', 'minLlcr', 'maxGearing', 'dsraMonths', 'minBankableCoverage'] as const
const FIELD_LABEL: Record<(typeof FIELDS)[number], string> = {
  minDscr: 'min DSCR',
  lockupDscr: 'lock-up DSCR',
  minLlcr: 'min LLCR',
  maxGearing: 'max gearing',
  dsraMonths: 'DSRA months',
  minBankableCoverage: 'bankable offtake'
}

/** The lender's thresholds the bankability checklist grades against: from a preset, then editable. */
export function LenderCard({ doc }: { doc: Project }) {
  const applyEdit = useApplyEdit()
  const l = doc.lender
  const preset = l.presetId ? lenderPreset(l.presetId) : null
  const fromPreset = l.presetId ? lenderForProject(l.presetId) : null
  const edited = fromPreset ? FIELDS.filter((k) => (k === 'dsraMonths' ? fromPreset[k] !== l[k] : !dec(String(fromPreset[k])).eq(String(l[k])))) : []
  return (
    <Card title="Lender thresholds">
      <div className="form-grid wide lender-preset-row">
        <Select
          label="Lender preset"
          value={l.presetId ?? 'custom'}
          options={[{ value: 'custom', label: 'Custom thresholds' }, ...lenderPresets().map((p) => ({ value: p.id, label: p.name }))]}
          onChange={(id) => {
            const next = id === 'custom' ? null : lenderForProject(id)
            applyEdit(next ? `Lender: ${lenderPreset(id)!.name}` : 'Lender: custom', (d) => void (d.lender = next ?? { ...d.lender, presetId: null }), { path: 'lender.presetId', draft: id })
          }}
        />
        <div className="row-inline" style={{ paddingTop: 24 }}>
          {preset && (edited.length ? <Badge tone="warning">Edited: {edited.map((k) => FIELD_LABEL[k]).join(', ')}</Badge> : <Badge tone="success">As the preset</Badge>)}
        </div>
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
