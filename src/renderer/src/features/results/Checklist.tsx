import { EditButton } from '@renderer/features/editors'
import { useState } from 'react'
import type { ModelResult } from '@shared/engine'
import type { MissingInput } from '@shared/format/completeness'
import type { Project } from '@shared/model'
import { lenderThresholds } from '@shared/format/lender-thresholds'
import { useAppStore, useFieldState } from '@renderer/store'
import { NumberField } from '@renderer/ui'
import { LenderPresetPicker } from '../financing/LenderPresetPicker'
import { bankabilityChecklist, overallGrade, type Grade } from './checklist'
import { MissingLinks } from './IncompleteNote'

const GRADE_TEXT: Record<Grade, string> = { green: 'Meets', amber: 'Close', red: 'Fails', na: 'n/a' }
const OVERALL: Record<Grade, string> = {
  green: 'Bankable on these thresholds',
  amber: 'Close: some thresholds are missed narrowly',
  red: 'Not bankable on these thresholds',
  na: 'Nothing to grade yet'
}

/** Which thresholds grade the project: a preset's name (", edited" once a threshold differs), the app's defaults, or the user's own. */
export const thresholdsName = (lender: Project['lender'], locale?: Parameters<typeof lenderThresholds>[1]): string => lenderThresholds(lender, locale).name

type LenderField = 'minDscr' | 'lockupDscr' | 'minLlcr' | 'maxGearing' | 'minBankableCoverage'
const FIELDS: { key: LenderField; label: string; unit: string; percent?: boolean }[] = [
  { key: 'minDscr', label: 'Minimum DSCR (covenant)', unit: 'x' },
  { key: 'lockupDscr', label: 'Lock-up DSCR', unit: 'x' },
  { key: 'minLlcr', label: 'Minimum LLCR', unit: 'x' },
  { key: 'maxGearing', label: 'Maximum gearing', unit: '%', percent: true },
  { key: 'minBankableCoverage', label: 'Minimum bankable coverage', unit: '%', percent: true }
]

function ThresholdField({ f, lender }: { f: (typeof FIELDS)[number]; lender: Project['lender'] }) {
  const path = `lender.${f.key}`
  const applyEdit = useAppStore((s) => s.applyEdit)
  const holdDraft = useAppStore((s) => s.holdDraft)
  const field = useFieldState(path)
  const info = { label: f.label, unit: f.unit, percent: f.percent }
  return (
    <NumberField
      label={f.label}
      unit={f.unit}
      percent={f.percent}
      value={lender[f.key]}
      draft={field.draft}
      error={field.error}
      onDiscard={field.discard}
      // Text that is not a number is counted in the header ("1 field not saved") like any field's.
      onRefuse={(text, message) => holdDraft(path, f.label, text, message, info)}
      onValue={(v, meta) => {
        if (v === null) return
        applyEdit(f.label, (d) => void ((d.lender[f.key] = v)), { path, draft: meta.text, session: meta.session, field: info })
      }}
    />
  )
}

function LenderEditor({ lender }: { lender: Project['lender'] }) {
  const applyEdit = useAppStore((s) => s.applyEdit)
  const holdDraft = useAppStore((s) => s.holdDraft)
  const dsra = useFieldState('lender.dsraMonths')
  return (
    <div className="lender-editor">
      <LenderPresetPicker stacked lender={lender} hint="From the reference library; an edited threshold keeps the preset, marked edited." />
      <div className="lender-fields">
        {FIELDS.map((f) => (
          <ThresholdField key={f.key} f={f} lender={lender} />
        ))}
        <NumberField
          label="DSRA required"
          unit="months"
          value={String(lender.dsraMonths)}
          draft={dsra.draft}
          error={dsra.error}
          onDiscard={dsra.discard}
          onRefuse={(text, message) => holdDraft('lender.dsraMonths', 'DSRA required', text, message, { label: 'DSRA required', unit: 'months' })}
          onValue={(v, meta) => {
            if (v === null) return
            applyEdit('DSRA required', (d) => void ((d.lender.dsraMonths = Number(v))), { path: 'lender.dsraMonths', draft: meta.text, session: meta.session, field: { label: 'DSRA required', unit: 'months' } })
          }}
        />
      </div>
    </div>
  )
}

/** The bankability checklist: each metric against the lender's thresholds, green/amber/red with the reason. */
export function Checklist({ project, result, missing = [] }: { project: Project; result: ModelResult; missing?: readonly MissingInput[] }) {
  const [editing, setEditing] = useState(false)
  const incomplete = missing.length > 0
  // An unfinished model is not graded: no verdict, no green or red, only what is missing.
  const items = bankabilityChecklist(project, result, useAppStore((s) => s.locale)).map((i) => (incomplete ? { ...i, grade: 'na' as const, reason: 'not graded: the inputs are incomplete' } : i))
  const overall = overallGrade(items)
  const presetName = thresholdsName(project.lender, useAppStore((s) => s.locale))
  return (
    <section className="card checklist" aria-labelledby="checklist-title" data-testid="checklist">
      <header className="card-header">
        <div>
          <h3 className="card-title" id="checklist-title">
            Bankability checklist
          </h3>
          <p className={`checklist-overall grade-${overall}`} data-testid="checklist-overall">
            <span className={`grade-dot grade-${overall}`} aria-hidden="true" />{' '}
            {incomplete ? (
              <span>
                Incomplete: <MissingLinks projectId={project.id} missing={missing} /> · {presetName}
              </span>
            ) : (
              <>
                {OVERALL[overall]} · {presetName}
              </>
            )}
          </p>
        </div>
        <EditButton size="sm" onClick={() => setEditing((e) => !e)} aria-expanded={editing}>
          {editing ? 'Done' : 'Lender thresholds…'}
        </EditButton>
      </header>
      <div className="card-body">
        {editing && <LenderEditor lender={project.lender} />}
        <ul className="bank-checks">
          {items.map((i) => (
            <li key={i.id} className={`check-item grade-${i.grade}`} data-testid={`check-${i.id}`} data-grade={i.grade}>
              {incomplete ? (
                <span className="grade-pill grade-na" title="Not graded: the inputs are incomplete">
                  —<span className="visually-hidden"> not graded</span>
                </span>
              ) : (
                <span className={`grade-pill grade-${i.grade}`}>{GRADE_TEXT[i.grade]}</span>
              )}
              <span className="check-label">{i.label}</span>
              <span className="check-value">{i.value.startsWith('n/a') ? 'n/a' : i.value}</span>
              <span className="check-threshold">{i.threshold}</span>
              <span className="check-reason">{i.reason}</span>
            </li>
          ))}
        </ul>
      </div>
    </section>
  )
}
