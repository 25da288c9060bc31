import { mcAssumptions } from '@shared/analysis/monte-carlo/assumptions'
import { NO_IRR_REASONS, NO_IRR_TEXT } from '@shared/analysis/monte-carlo/no-irr'
import type { McResult } from '@shared/analysis/monte-carlo/simulate'
import type { Project } from '@shared/model'
import { Card, Table, type Column } from '@renderer/ui'
import { pct } from './format'
import { useT } from '@renderer/i18n'
import { useAppStore } from '@renderer/store'

type Row = { label: string; value: string; source: string }

/** What the draws assume, each with its source or "assumption" — what a lender asks first of a probability. */
export function McAssumptions({ project, settings }: { project: Project; settings: McResult['settings'] }) {
  const locale = useAppStore((s) => s.locale)
  const rows = mcAssumptions(project, settings, locale)
  const t = useT()
  const cols: Column<Row>[] = [
    { key: 'label', header: t('scenarios.mc.assumption'), width: '26%', render: (r) => r.label },
    { key: 'value', header: t('scenarios.mc.value'), width: '38%', render: (r) => <span className="wrap">{r.value}</span> },
    { key: 'source', header: t('scenarios.mc.source'), render: (r) => r.source }
  ]
  return (
    <Card title={t('scenarios.mc.assumptions')}>
      <div data-testid="mc-assumptions">
        <Table caption={t('scenarios.mc.assumptionsCaption')} className="mc-assumptions" columns={cols} rows={rows} rowKey={(r) => r.label} />
      </div>
    </Card>
  )
}

/** Why some draws have no IRR, counted per reason (results saved before the count existed say nothing). */
export function McNoIrr({ r }: { r: McResult }) {
  const t = useT()
  if (!r.noIrr) return null
  const total = r.settings.draws
  const lines = (['equityIrr', 'projectIrr'] as const).flatMap((k) => {
    const missing = r.stats[k].missing
    if (missing === 0) return []
    const counts = r.noIrr![k]
    const parts = NO_IRR_REASONS.filter((reason) => (counts[reason] ?? 0) > 0).map((reason) => (
      <li key={reason} data-testid={`mc-noirr-${k}-${reason}`}>
        {counts[reason]!.toLocaleString('en-US')} ({pct(counts[reason]! / total, 1)}): {NO_IRR_TEXT[reason]}
      </li>
    ))
    return [
      <div key={k} data-testid={`mc-noirr-${k}`}>
        <p className="panel-note">
          {t(k === 'equityIrr' ? 'scenarios.mc.noEquityIrr' : 'scenarios.mc.noProjectIrr', { missing: missing.toLocaleString('en-US'), total: total.toLocaleString('en-US'), pct: pct(missing / total, 1) })}
        </p>
        <ul className="mc-noirr">{parts}</ul>
      </div>
    ]
  })
  return lines.length ? <div className="analysis-explain">{lines}</div> : null
}
