import type { Project } from '@shared/model'
import { defaultFxPerUsd } from '@shared/reference'
import { Card, IconPlus, IconTrash } from '@renderer/ui'
import { ModelNumber, SourceNote, describeSourced, useApplyEdit, EditButton, EditIconButton } from '../editors'
import { ReportingCurrencyField } from './ReportingCurrencyField'
import { useT } from '@renderer/i18n'

/** Reporting currency and FX curves (units of INR or JPY per USD by calendar year; the last repeats). */
export function FxCard({ doc }: { doc: Project }) {
  const applyEdit = useApplyEdit()
  const t = useT()
  const startYear = Number(doc.timeline.startDate.slice(0, 4))
  const missing = (['INR', 'JPY'] as const).filter((c) => !doc.fx.rates.some((r) => r.currency === c))
  return (
    <Card title={t('prices.fx.title')}>
      <div className="form-grid wide">
        <ReportingCurrencyField doc={doc} />
      </div>
      {doc.fx.rates.map((r, i) => {
        const ref = defaultFxPerUsd(r.currency)
        return (
          <section key={r.currency} className="route-block" aria-label={t('prices.fx.aria', { currency: r.currency })}>
            <div className="row-inline">
              <strong>{t('prices.fx.per1Usd', { currency: r.currency })}</strong>
              <EditIconButton
                label={t('prices.fx.deleteCurve', { currency: r.currency })}
                icon={<IconTrash size={15} />}
                tone="danger"
                onClick={() => applyEdit(t('prices.fx.deleteEdit', { currency: r.currency }), (d) => void d.fx.rates.splice(i, 1), { path: `fx.rates.${i}`, draft: '' })}
              />
            </div>
            <div className="points">
              {r.points.map((pt, j) => (
                <div className="point" key={j}>
                  <ModelNumber compact path={`fx.rates.${i}.points.${j}.year`} label={t('prices.fx.yearLabel', { currency: r.currency, n: j + 1 })} integer />
                  <ModelNumber compact path={`fx.rates.${i}.points.${j}.perUsd`} label={t('prices.fx.rateLabel', { currency: r.currency, year: String(pt.year) })} unit={`${r.currency}/USD`} />
                </div>
              ))}
              <div className="series-actions" style={{ paddingTop: 0 }}>
                <EditButton size="sm" icon={<IconPlus size={14} />} onClick={() => applyEdit(t('prices.fx.addYearEdit', { currency: r.currency }), (d) => void d.fx.rates[i]!.points.push({ year: r.points.at(-1)!.year + 1, perUsd: r.points.at(-1)!.perUsd }))}>
                  {t('prices.fx.addYear')}
                </EditButton>
                {r.points.length > 1 && <EditIconButton label={t('prices.fx.removeYear', { currency: r.currency })} icon={<IconTrash size={15} />} onClick={() => applyEdit(t('prices.fx.removeYearEdit', { currency: r.currency }), (d) => void d.fx.rates[i]!.points.pop())} />}
              </div>
            </div>
            {ref && <SourceNote label={t('prices.fx.reference')}>{describeSourced(ref, t)}</SourceNote>}
          </section>
        )
      })}
      {missing.length > 0 && (
        <div className="row-inline">
          {missing.map((c) => {
            const ref = defaultFxPerUsd(c)
            return (
              <EditButton key={c} size="sm" icon={<IconPlus size={14} />} onClick={() => applyEdit(t('prices.fx.addEdit', { currency: c }), (d) => void d.fx.rates.push({ currency: c, points: [{ year: startYear, perUsd: ref?.value ?? '1' }] }))}>
                {ref ? t('prices.fx.addWithDefault', { currency: c, value: ref.value, date: ref.date }) : t('prices.fx.addNoDefault', { currency: c })}
              </EditButton>
            )
          })}
        </div>
      )}
    </Card>
  )
}
