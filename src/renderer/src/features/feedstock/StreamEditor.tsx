import { STREAM_QUANTITY_FIELD, type Project } from '@shared/model'
import { referenceRoutes } from '@shared/reference'
import { Card, IconTrash } from '@renderer/ui'
import { ModelNumber, ModelSelect, ModelText, SeriesEditor, SourceNote, useApplyEdit, EditButton } from '../editors'
import { BatteryInputs } from './BatteryInputs'
import { CatalystInputs } from './CatalystInputs'
import { quantityUnit } from './labels'
import { ProcessingCosts } from './ProcessingCosts'
import { ByproductsCard } from './ByproductsCard'
import { LotBridgeCard } from './LotBridgeCard'
import { PurchaseTerms } from './PurchaseTerms'
import { RecoveryOverrides } from './RecoveryOverrides'
import { routeToAdd } from './stream-defaults'
import { useT } from '@renderer/i18n'

type Stream = Project['feedstock'][number]

/** Everything about one stream: volumes and ramp-up, loadings or grades, recovery overrides, purchase terms, processing costs. */
export function StreamEditor({ doc, index }: { doc: Project; index: number }) {
  const s: Stream = doc.feedstock[index]!
  const p = `feedstock.${index}`
  const applyEdit = useApplyEdit()
  const t = useT()
  const routeOptions = [
    ...doc.routes.map((r) => ({ value: r.id, label: r.name })),
    ...referenceRoutes()
      .filter((r) => !doc.routes.some((x) => x.id === r.id))
      .map((r) => ({ value: r.id, label: t('feedstock.stream.routeFromReference', { name: r.name }) }))
  ]
  return (
    <div className="editor-section" data-testid="stream-editor">
      <Card
        title={t('feedstock.stream.title', { name: s.name })}
        actions={
          <EditButton variant="ghost" size="sm" icon={<IconTrash size={15} />} onClick={() => applyEdit(t('feedstock.stream.deleteEdit', { name: s.name }), (d) => void d.feedstock.splice(index, 1))}>
            {t('feedstock.stream.delete')}
          </EditButton>
        }
      >
        {s.defaultsSource && <SourceNote label={t('feedstock.stream.createdFrom')}>{s.defaultsSource}</SourceNote>}
        <div className="form-grid wide">
          <ModelText path={`${p}.name`} label={t('feedstock.add.name')} />
          <ModelNumber path={`${p}.${STREAM_QUANTITY_FIELD[s.kind]}`} label={t('feedstock.add.quantity')} unit={quantityUnit(t, s.kind)} />
          <ModelSelect
            path={`${p}.routeId`}
            label={t('feedstock.add.route')}
            options={routeOptions}
            mutate={(d, v) => {
              const add = routeToAdd(d, v)
              if (add) d.routes.push(add)
              d.feedstock[index]!.routeId = v
            }}
          />
        </div>
        <h4 className="subhead">{t('feedstock.stream.rampUp')}</h4>
        <SeriesEditor path={`${p}.rampUp`} label={t('feedstock.stream.rampUpLabel')} itemLabel={(j) => t('editors.year', { n: j + 1 })} percent unit="%" />
      </Card>
      {s.kind === 'catalyst' ? <CatalystInputs stream={s} index={index} /> : <BatteryInputs stream={s} index={index} />}
      <RecoveryOverrides doc={doc} stream={s} index={index} />
      <PurchaseTerms doc={doc} stream={s} index={index} />
      <LotBridgeCard doc={doc} stream={s} index={index} />
      <ProcessingCosts doc={doc} stream={s} index={index} />
      <ByproductsCard doc={doc} stream={s} index={index} />
    </div>
  )
}
