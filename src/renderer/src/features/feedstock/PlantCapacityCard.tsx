import type { Project } from '@shared/model'
import { Card, IconPlus, IconTrash, Table } from '@renderer/ui'
import { ModelNumber, ModelSelect, freshId, useApplyEdit, EditButton, EditIconButton } from '../editors'
import { WHOLE_PLANT, capacityToAdd } from './plant-capacity'
import { useT } from '@renderer/i18n'

type Capacity = NonNullable<Project['plant']>['capacities'][number]

/**
 * Plant capacity (methodology §13): tonnes of input per year for the whole plant or one route's line,
 * and availability. Feed above capacity × availability is cut pro rata and not bought; Results shows
 * the shortfall by year and the utilisation.
 */
export function PlantCapacityCard({ doc }: { doc: Project }) {
  const applyEdit = useApplyEdit()
  const t = useT()
  const capacities = doc.plant?.capacities ?? []
  const ci = (c: Capacity) => capacities.findIndex((x) => x.id === c.id)
  const scopeName = (c: Capacity) => (c.routeId === null ? t('feedstock.capacity.wholePlant') : doc.routes.find((r) => r.id === c.routeId)?.name ?? c.routeId)
  const canAdd = capacityToAdd(doc, 'probe') !== null
  return (
    <Card
      title={t('feedstock.capacity.title')}
      actions={
        <EditButton size="sm" icon={<IconPlus size={15} />} disabled={!canAdd} onClick={() => applyEdit(t('feedstock.capacity.add'), (d) => {
          const next = capacityToAdd(d, freshId('capacity', (d.plant?.capacities ?? []).map((c) => c.id)))
          if (!next) return
          d.plant = { capacities: [...(d.plant?.capacities ?? []), next] }
        })}>
          {t('feedstock.capacity.add')}
        </EditButton>
      }
    >
      <p className="muted">{t('feedstock.capacity.intro')}</p>
      <Table
        caption={t('feedstock.capacity.title')}
        rows={capacities}
        rowKey={(c) => c.id}
        empty={t('feedstock.capacity.empty')}
        columns={[
          {
            key: 'scope', header: t('feedstock.capacity.serves'), render: (c) => (
              <ModelSelect
                compact
                path={`plant.capacities.${ci(c)}.routeId`}
                label={t('feedstock.capacity.servesLabel')}
                context={scopeName(c)}
                nullAs={WHOLE_PLANT}
                toModel={(v) => (v === WHOLE_PLANT ? null : v)}
                options={[{ value: WHOLE_PLANT, label: t('feedstock.capacity.wholePlant') }, ...doc.routes.map((r) => ({ value: r.id, label: t('feedstock.capacity.route', { name: r.name }) }))]}
              />
            )
          },
          { key: 'tonnes', header: t('feedstock.capacity.tonnes'), width: '220px', render: (c) => <ModelNumber compact path={`plant.capacities.${ci(c)}.tonnesPerYear`} label={t('feedstock.capacity.capacity')} context={scopeName(c)} unit={t('feedstock.unit.tPerYear')} /> },
          { key: 'avail', header: t('feedstock.capacity.availability'), width: '160px', render: (c) => <ModelNumber compact path={`plant.capacities.${ci(c)}.availability`} label={t('feedstock.capacity.availability')} context={scopeName(c)} unit="%" percent /> },
          { key: 'del', header: '', width: '64px', render: (c) => <EditIconButton label={t('feedstock.capacity.delete', { scope: scopeName(c) })} icon={<IconTrash size={16} />} tone="danger" onClick={() => applyEdit(t('feedstock.capacity.delete', { scope: scopeName(c) }), (d) => void d.plant?.capacities.splice(ci(c), 1))} /> }
        ]}
      />
    </Card>
  )
}
