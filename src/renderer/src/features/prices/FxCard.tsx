import type { Project } from '@shared/model'
import { defaultFxPerUsd } from '@shared/reference'
import { Card, IconPlus, IconTrash } from '@renderer/ui'
import { ModelNumber, SourceNote, describeSourced, useApplyEdit, EditButton, EditIconButton } from '../editors'
import { ReportingCurrencyField } from './ReportingCurrencyField'

/** Reporting currency and FX curves (units of INR or JPY per USD by calendar year; the last repeats). */
export function FxCard({ doc }: { doc: Project }) {
  const applyEdit = useApplyEdit()
  const startYear = Number(doc.timeline.startDate.slice(0, 4))
  const missing = (['INR', 'JPY'] as const).filter((c) => !doc.fx.rates.some((r) => r.currency === c))
  return (
    <Card title="Currency and FX">
      <div className="form-grid wide">
        <ReportingCurrencyField doc={doc} />
      </div>
      {doc.fx.rates.map((r, i) => {
        const ref = defaultFxPerUsd(r.currency)
        return (
          <section key={r.currency} className="route-block" aria-label={`${r.currency} per USD`}>
            <div className="row-inline">
              <strong>{r.currency} per 1 USD</strong>
              <EditIconButton
                label={`Delete the ${r.currency} curve`}
                icon={<IconTrash size={15} />}
                tone="danger"
                onClick={() => applyEdit(`Delete ${r.currency} FX`, (d) => void d.fx.rates.splice(i, 1), { path: `fx.rates.${i}`, draft: '' })}
              />
            </div>
            <div className="points">
              {r.points.map((pt, j) => (
                <div className="point" key={j}>
                  <ModelNumber compact path={`fx.rates.${i}.points.${j}.year`} label={`${r.currency} FX year ${j + 1}`} integer />
                  <ModelNumber compact path={`fx.rates.${i}.points.${j}.perUsd`} label={`${r.currency} per USD in ${pt.year}`} unit={`${r.currency}/USD`} />
                </div>
              ))}
              <div className="series-actions" style={{ paddingTop: 0 }}>
                <EditButton size="sm" icon={<IconPlus size={14} />} onClick={() => applyEdit(`${r.currency} FX: add year`, (d) => void d.fx.rates[i]!.points.push({ year: r.points.at(-1)!.year + 1, perUsd: r.points.at(-1)!.perUsd }))}>
                  Add year
                </EditButton>
                {r.points.length > 1 && <EditIconButton label={`Remove the last ${r.currency} year`} icon={<IconTrash size={15} />} onClick={() => applyEdit(`${r.currency} FX: remove year`, (d) => void d.fx.rates[i]!.points.pop())} />}
              </div>
            </div>
            {ref && <SourceNote label="Reference">{describeSourced(ref)}</SourceNote>}
          </section>
        )
      })}
      {missing.length > 0 && (
        <div className="row-inline">
          {missing.map((c) => {
            const ref = defaultFxPerUsd(c)
            return (
              <EditButton key={c} size="sm" icon={<IconPlus size={14} />} onClick={() => applyEdit(`Add ${c} FX`, (d) => void d.fx.rates.push({ currency: c, points: [{ year: startYear, perUsd: ref?.value ?? '1' }] }))}>
                Add {c} per USD ({ref ? `${ref.value}, ${ref.date}` : 'no default'})
              </EditButton>
            )
          })}
        </div>
      )}
    </Card>
  )
}
