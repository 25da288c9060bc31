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
import type { MessageKey } from '@shared/i18n'
import { useT } from '@renderer/i18n'
import { Slotted } from './Slotted'

const GRADE_TEXT: Record<Grade, MessageKey> = { green: 'results.grade.green', amber: 'results.grade.amber', red: 'results.grade.red', na: 'results.grade.na' }
const OVERALL: Record<Grade, MessageKey> = {
  green: 'results.overall.green',
  amber: 'results.overall.amber',
  red: 'results.overall.red',
  na: 'results.overall.na'
}

/** Which thresholds grade the project: a preset's name (", edited" once a threshold differs), the app's defaults, or the user's own. */
export const thresholdsName = (lender: Project['lender'], locale?: Parameters<typeof lenderThresholds>[1]): string => lenderThresholds(lender, locale).name

type LenderField = 'minDscr' | 'lockupDscr' | 'minLlcr' | 'maxGearing' | 'minBankableCoverage'
const FIELDS: { key: LenderField; label: MessageKey; unit: string; percent?: boolean }[] = [
  { key: 'minDscr', label: 'results.field.minDscr', unit: 'x' },
  { key: 'lockupDscr', label: 'results.field.lockupDscr', unit: 'x' },
  { key: 'minLlcr', label: 'results.field.minLlcr', unit: 'x' },
  { key: 'maxGearing', label: 'results.field.maxGearing', unit: '%', percent: true },
  { key: 'minBankableCoverage', label: 'results.field.minBankableCoverage', unit: '%', percent: true }
]

function ThresholdField({ f, lender }: { f: (typeof FIELDS)[number]; lender: Project['lender'] }) {
  const path = `lender.${f.key}`
  const applyEdit = useAppStore((s) => s.applyEdit)
  const holdDraft = useAppStore((s) => s.holdDraft)
  const field = useFieldState(path)
  const t = useT()
  const label = t(f.label)
  const info = { label, unit: f.unit, percent: f.percent }
  return (
    <NumberField
      label={label}
      unit={f.unit}
      percent={f.percent}
      value={lender[f.key]}
      draft={field.draft}
      error={field.error}
      onDiscard={field.discard}
      // Text that is not a number is counted in the header ("1 field not saved") like any field's.
      onRefuse={(text, message) => holdDraft(path, label, text, message, info)}
      onValue={(v, meta) => {
        if (v === null) return
        applyEdit(label, (d) => void ((d.lender[f.key] = v)), { path, draft: meta.text, session: meta.session, field: info })
      }}
    />
  )
}

function LenderEditor({ lender }: { lender: Project['lender'] }) {
  const applyEdit = useAppStore((s) => s.applyEdit)
  const holdDraft = useAppStore((s) => s.holdDraft)
  const dsra = useFieldState('lender.dsraMonths')
  const t = useT()
  const dsraLabel = t('results.field.dsraMonths')
  const months = t('results.unit.months')
  return (
    <div className="lender-editor">
      <LenderPresetPicker stacked lender={lender} hint={t('results.checklist.presetHint')} />
      <div className="lender-fields">
        {FIELDS.map((f) => (
          <ThresholdField key={f.key} f={f} lender={lender} />
        ))}
        <NumberField
          label={dsraLabel}
          unit={months}
          value={String(lender.dsraMonths)}
          draft={dsra.draft}
          error={dsra.error}
          onDiscard={dsra.discard}
          onRefuse={(text, message) => holdDraft('lender.dsraMonths', dsraLabel, text, message, { label: dsraLabel, unit: months })}
          onValue={(v, meta) => {
            if (v === null) return
            applyEdit(dsraLabel, (d) => void ((d.lender.dsraMonths = Number(v))), { path: 'lender.dsraMonths', draft: meta.text, session: meta.session, field: { label: dsraLabel, unit: months } })
          }}
        />
      </div>
    </div>
  )
}

/** The bankability checklist: each metric against the lender's thresholds, green/amber/red with the reason. */
export function Checklist({ project, result, missing = [] }: { project: Project; result: ModelResult; missing?: readonly MissingInput[] }) {
  const [editing, setEditing] = useState(false)
  const t = useT()
  const incomplete = missing.length > 0
  // An unfinished model is not graded: no verdict, no green or red, only what is missing.
  const items = bankabilityChecklist(project, result, useAppStore((s) => s.locale)).map((i) => (incomplete ? { ...i, grade: 'na' as const, reason: t('results.checklist.notGradedReason') } : i))
  const overall = overallGrade(items)
  const presetName = thresholdsName(project.lender, useAppStore((s) => s.locale))
  return (
    <section className="card checklist" aria-labelledby="checklist-title" data-testid="checklist">
      <header className="card-header">
        <div>
          <h3 className="card-title" id="checklist-title">
            {t('results.checklist.title')}
          </h3>
          <p className={`checklist-overall grade-${overall}`} data-testid="checklist-overall">
            <span className={`grade-dot grade-${overall}`} aria-hidden="true" />{' '}
            {incomplete ? (
              <span>
                <Slotted t={t} id="results.checklist.incomplete" values={{ preset: presetName }} slots={{ missing: <MissingLinks projectId={project.id} missing={missing} /> }} />
              </span>
            ) : (
              <>
                {t(OVERALL[overall])} · {presetName}
              </>
            )}
          </p>
        </div>
        <EditButton size="sm" onClick={() => setEditing((e) => !e)} aria-expanded={editing}>
          {t(editing ? 'results.checklist.done' : 'results.checklist.edit')}
        </EditButton>
      </header>
      <div className="card-body">
        {editing && <LenderEditor lender={project.lender} />}
        <ul className="bank-checks">
          {items.map((i) => (
            <li key={i.id} className={`check-item grade-${i.grade}`} data-testid={`check-${i.id}`} data-grade={i.grade}>
              {incomplete ? (
                <span className="grade-pill grade-na" title={t('results.checklist.notGradedTitle')}>
                  —<span className="visually-hidden">{t('results.checklist.notGraded')}</span>
                </span>
              ) : (
                <span className={`grade-pill grade-${i.grade}`}>{t(GRADE_TEXT[i.grade])}</span>
              )}
              <span className="check-label">{i.label}</span>
              <span className="check-value">{i.value.startsWith('n/a') ? t('results.na') : i.value}</span>
              <span className="check-threshold">{i.threshold}</span>
              <span className="check-reason">{i.reason}</span>
            </li>
          ))}
        </ul>
      </div>
    </section>
  )
}
