import { useMemo } from 'react'
import type { Decimal } from '@shared/decimal'
import { formatByKind } from '@shared/format/metrics'
import { debtByTranche, fxExposure, fxExposureText, lenderText, rateText, type FxExposure } from '@shared/debt-report'
import type { ModelResult } from '@shared/engine'
import type { Project } from '@shared/model'
import { Badge, Card, Table } from '@renderer/ui'
import { formatPercentOf } from '@shared/format/percent'
import { unitFor } from '@shared/format/display-unit'
import { Slotted } from './Slotted'
import { useAppStore } from '@renderer/store'
import { useT } from '@renderer/i18n'
import type { Translate } from './translate'
import type { Locale } from '@shared/i18n'

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
  const t = useT()
  const locale = useAppStore((s) => s.locale)
  const rep = result.currency
  if (!debt.blendedRate) return null
  const money = (v: Parameters<typeof formatByKind>[1], c: typeof rep) => formatByKind('money', v, c, unitFor(c, units[c]))
  const lastMaturity = debt.lines.reduce((a, l) => (l.finalMaturity > a ? l.finalMaturity : a), '')
  const { interest, withHedge } = debt.blendedRate
  return (
    <Card title={t('results.debt.title')} className="debt-by-tranche">
      <div className="dense-table" data-testid="results-tranches">
        <Table
          caption={t('results.debt.caption')}
          rows={[...debt.lines, null]}
          rowKey={(l) => l?.id ?? 'total'}
          rowProps={(l) => ({ className: l ? undefined : 'total-row' })}
          columns={[
            { key: 'lender', header: t('results.debt.lender'), render: (l) => (l ? lenderText(l.tranche, locale) : t('results.debt.total')) },
            {
              key: 'cur',
              header: t('results.debt.currency'),
              width: '150px',
              render: (l) =>
                !l ? '' : l.currency === rep ? l.currency : (
                  <span className="nowrap">
                    {l.currency} {l.hedged ? <Badge tone="success">{t('results.debt.hedged')}</Badge> : <Badge tone="warning">{t('results.debt.unhedged')}</Badge>}
                  </span>
                )
            },
            { key: 'share', header: t('results.debt.share'), width: '80px', numeric: true, render: (l) => formatPercentOf('share', l ? l.share : '1') },
            { key: 'cod', header: t('results.debt.atCod', { currency: rep }), width: '170px', numeric: true, render: (l) => money(l ? l.debtAtCod : debt.totalAtCod, rep) },
            { key: 'own', header: t('results.debt.atCodOwn'), width: '190px', numeric: true, render: (l) => (l ? money(l.debtAtCodInCurrency, l.currency) : '') },
            {
              key: 'rate',
              header: t('results.debt.rate'),
              width: '170px',
              numeric: true,
              render: (l) => (l ? `${formatPercentOf('rate', l.rateAtCod)}${l.tranche.interest.kind === 'floating' ? ` (${rateText(l.tranche)})` : ''}` : t('results.debt.blended', { rate: formatPercentOf('rate', interest) }))
            },
            { key: 'mat', header: t('results.debt.maturity'), width: '140px', render: (l) => (l ? l.finalMaturity : lastMaturity) }
          ]}
        />
      </div>
      <p className="tranche-notes">
        <Slotted
          t={t}
          id="results.debt.note"
          values={{ hedged: withHedge.eq(interest) ? 'no' : 'yes', withHedge: formatPercentOf('rate', withHedge), year: String(result.periods[result.codPeriod - 1]?.calendarYear ?? ''), currency: rep }}
          slots={{ rate: <strong data-testid="blended-rate">{formatPercentOf('rate', interest)}</strong> }}
        />
      </p>
      {fx && <FxExposureView fx={fx} t={t} locale={locale} />}
    </Card>
  )
}

const SEGMENT_CLASS = { reporting: 'fx-seg-reporting', hedged: 'fx-seg-hedged', unhedged: 'fx-seg-unhedged' } as const
type Segment = { key: string; kind: keyof typeof SEGMENT_CLASS; label: string; share: Decimal }

/** The share of debt service in each currency as one bar, with the sentence that says it. */
function FxExposureView({ fx, t, locale }: { fx: FxExposure; t: Translate; locale: Locale }) {
  const segments = fx.lines
    .flatMap((l): Segment[] =>
      l.reporting
        ? [{ key: l.currency, kind: 'reporting', label: t('results.fx.reporting', { currency: l.currency }), share: l.unhedgedShare.plus(l.hedgedShare) }]
        : [
            { key: `${l.currency}-u`, kind: 'unhedged', label: t('results.fx.unhedged', { currency: l.currency }), share: l.unhedgedShare },
            { key: `${l.currency}-h`, kind: 'hedged', label: t('results.fx.hedged', { currency: l.currency }), share: l.hedgedShare }
          ]
    )
    .filter((s) => s.share.gt(0))
  return (
    <section className="fx-exposure" aria-label={t('results.fx.title')}>
      <h4 className="subhead">{t('results.fx.title')}</h4>
      <p className="fx-sentence" data-testid="fx-exposure">
        {t('shared.fx.sentence', { text: fxExposureText(fx, locale) })}
      </p>
      <div className="fx-bar" role="img" aria-label={segments.map((s) => `${s.label} ${formatPercentOf('cover', s.share)}`).join(', ')}>
        {segments.map((s) => (
          <span key={s.key} className={`fx-seg ${SEGMENT_CLASS[s.kind]}`} style={{ width: `${s.share.times(100).toFixed(3)}%` }} title={`${s.label}: ${formatPercentOf('cover', s.share)}`}>
            {s.share.gte(0.12) ? `${s.label} ${formatPercentOf('share', s.share)}` : ''}
          </span>
        ))}
      </div>
      <p className="chart-note">
        {t('results.fx.note', { amount: formatByKind('money', fx.totalDebtService, fx.reportingCurrency) })}
      </p>
    </section>
  )
}
