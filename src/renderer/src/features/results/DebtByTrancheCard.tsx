import { useMemo } from 'react'
import type { Decimal } from '@shared/decimal'
import { formatByKind } from '@shared/format/metrics'
import { debtByTranche, fxExposure, fxExposureText, lenderText, rateText, type FxExposure } from '@shared/debt-report'
import type { ModelResult } from '@shared/engine'
import type { Project } from '@shared/model'
import { Badge, Card, Table } from '@renderer/ui'
import { formatPercentOf } from '@shared/format/percent'
import { unitFor } from '@shared/format/display-unit'
import { useAppStore } from '@renderer/store'

/**
 * The senior debt by tranche (methodology §10): who lends how much in which currency until when, the
 * blended rate, and how much of the debt service is owed in each currency, hedged or not. The figures
 * are src/shared/debt-report's; this only lays them out. `project` is the one `result` was run on.
 */
export function DebtByTrancheCard({ project, result }: { project: Project; result: ModelResult }) {
  const debt = useMemo(() => debtByTranche(project, result), [project, result])
  const fx = useMemo(() => fxExposure(result), [result])
  // Each currency's amounts in the unit the reader chose for it (every digit until chosen).
  const units = useAppStore((s) => s.displayUnits)
  const rep = result.currency
  if (!debt.blendedRate) return null
  const money = (v: Parameters<typeof formatByKind>[1], c: typeof rep) => formatByKind('money', v, c, unitFor(c, units[c]))
  const lastMaturity = debt.lines.reduce((a, l) => (l.finalMaturity > a ? l.finalMaturity : a), '')
  const { interest, withHedge } = debt.blendedRate
  return (
    <Card title="Debt by tranche" className="debt-by-tranche">
      <div className="dense-table" data-testid="results-tranches">
        <Table
          caption="Senior debt by tranche"
          rows={[...debt.lines, null]}
          rowKey={(l) => l?.id ?? 'total'}
          rowProps={(l) => ({ className: l ? undefined : 'total-row' })}
          columns={[
            { key: 'lender', header: 'Lender', render: (l) => (l ? lenderText(l.tranche) : 'Senior debt') },
            {
              key: 'cur',
              header: 'Currency',
              width: '150px',
              render: (l) =>
                !l ? '' : l.currency === rep ? l.currency : (
                  <span className="nowrap">
                    {l.currency} {l.hedged ? <Badge tone="success">hedged</Badge> : <Badge tone="warning">unhedged</Badge>}
                  </span>
                )
            },
            { key: 'share', header: 'Share', width: '80px', numeric: true, render: (l) => formatPercentOf('share', l ? l.share : '1') },
            { key: 'cod', header: `At COD (${rep})`, width: '170px', numeric: true, render: (l) => money(l ? l.debtAtCod : debt.totalAtCod, rep) },
            { key: 'own', header: 'At COD (own currency)', width: '190px', numeric: true, render: (l) => (l ? money(l.debtAtCodInCurrency, l.currency) : '') },
            {
              key: 'rate',
              header: 'Rate at COD',
              width: '170px',
              numeric: true,
              render: (l) => (l ? `${formatPercentOf('rate', l.rateAtCod)}${l.tranche.interest.kind === 'floating' ? ` (${rateText(l.tranche)})` : ''}` : `${formatPercentOf('rate', interest)} blended`)
            },
            { key: 'mat', header: 'Final maturity', width: '140px', render: (l) => (l ? l.finalMaturity : lastMaturity) }
          ]}
        />
      </div>
      <p className="tranche-notes">
        Blended rate at COD <strong data-testid="blended-rate">{formatPercentOf('rate', interest)}</strong>
        {withHedge.eq(interest) ? '' : `, ${formatPercentOf('rate', withHedge)} with the hedge cost`} — each tranche’s all-in rate in {result.periods[result.codPeriod - 1]?.calendarYear} weighted by its debt at COD in {rep}.
      </p>
      {fx && <FxExposureView fx={fx} />}
    </Card>
  )
}

const SEGMENT_CLASS = { reporting: 'fx-seg-reporting', hedged: 'fx-seg-hedged', unhedged: 'fx-seg-unhedged' } as const
type Segment = { key: string; kind: keyof typeof SEGMENT_CLASS; label: string; share: Decimal }

/** The share of debt service in each currency as one bar, with the sentence that says it. */
function FxExposureView({ fx }: { fx: FxExposure }) {
  const segments = fx.lines
    .flatMap((l): Segment[] =>
      l.reporting
        ? [{ key: l.currency, kind: 'reporting', label: `${l.currency} (reporting)`, share: l.unhedgedShare.plus(l.hedgedShare) }]
        : [
            { key: `${l.currency}-u`, kind: 'unhedged', label: `${l.currency} unhedged`, share: l.unhedgedShare },
            { key: `${l.currency}-h`, kind: 'hedged', label: `${l.currency} hedged`, share: l.hedgedShare }
          ]
    )
    .filter((s) => s.share.gt(0))
  return (
    <section className="fx-exposure" aria-label="FX exposure of debt service">
      <h4 className="subhead">FX exposure of debt service</h4>
      <p className="fx-sentence" data-testid="fx-exposure">
        {fxExposureText(fx)}.
      </p>
      <div className="fx-bar" role="img" aria-label={segments.map((s) => `${s.label} ${formatPercentOf('cover', s.share)}`).join(', ')}>
        {segments.map((s) => (
          <span key={s.key} className={`fx-seg ${SEGMENT_CLASS[s.kind]}`} style={{ width: `${s.share.times(100).toFixed(3)}%` }} title={`${s.label}: ${formatPercentOf('cover', s.share)}`}>
            {s.share.gte(0.12) ? `${s.label} ${formatPercentOf('share', s.share)}` : ''}
          </span>
        ))}
      </div>
      <p className="chart-note">
        Debt service over the loan life (interest, principal and hedge cost) at the modelled FX path: {formatByKind('money', fx.totalDebtService, fx.reportingCurrency)}. An unhedged tranche’s share moves with FX; a hedged one’s is fixed at the financial-close rate.
      </p>
    </section>
  )
}
