import type { Project } from '@shared/model'
import { Card, IconPlus, IconTrash, Table } from '@renderer/ui'
import { ModelNumber, ModelSelect, freshId, useApplyEdit, EditButton, EditIconButton } from '../editors'
import { WHOLE_PLANT, capacityToAdd } from './plant-capacity'

type Capacity = NonNullable<Project['plant']>['capacities'][number]

/**
 * Plant capacity (methodology §13): tonnes of input per year for the whole plant or one route's line,
 * and availability. Feed above capacity × availability is cut pro rata and not bought; Results shows
 * the shortfall by year and the utilisation.
 */
export function PlantCapacityCard({ doc }: { doc: Project }) {
  const applyEdit = useApplyEdit()
  const capacities = doc.plant?.capacities ?? []
  const ci = (c: Capacity) => capacities.findIndex((x) => x.id === c.id)
  const scopeName = (c: Capacity) => (c.routeId === null ? 'Whole plant' : doc.routes.find((r) => r.id === c.routeId)?.name ?? c.routeId)
  const canAdd = capacityToAdd(doc, 'probe') !== null
  return (
    <Card
      title="Plant capacity"
      actions={
        <EditButton size="sm" icon={<IconPlus size={15} />} disabled={!canAdd} onClick={() => applyEdit('Add capacity', (d) => {
          const next = capacityToAdd(d, freshId('capacity', (d.plant?.capacities ?? []).map((c) => c.id)))
          if (!next) return
          d.plant = { capacities: [...(d.plant?.capacities ?? []), next] }
        })}>
          Add capacity
        </EditButton>
      }
    >
      <p className="muted">
        Tonnes of input per year the whole plant, or one route’s line, can take. Feed above capacity × availability is cut pro rata across the streams it serves (route lines first, then the whole plant) and is not bought. No capacity = no limit.
      </p>
      <Table
        caption="Plant capacity"
        rows={capacities}
        rowKey={(c) => c.id}
        empty="No capacity set: every stream's feed is processed."
        columns={[
          {
            key: 'scope', header: 'Serves', render: (c) => (
              <ModelSelect
                compact
                path={`plant.capacities.${ci(c)}.routeId`}
                label="Capacity serves"
                context={scopeName(c)}
                nullAs={WHOLE_PLANT}
                toModel={(v) => (v === WHOLE_PLANT ? null : v)}
                options={[{ value: WHOLE_PLANT, label: 'Whole plant' }, ...doc.routes.map((r) => ({ value: r.id, label: `Route: ${r.name}` }))]}
              />
            )
          },
          { key: 'tonnes', header: 'Tonnes of input per year', width: '220px', render: (c) => <ModelNumber compact path={`plant.capacities.${ci(c)}.tonnesPerYear`} label="Capacity" context={scopeName(c)} unit="t/yr" /> },
          { key: 'avail', header: 'Availability', width: '160px', render: (c) => <ModelNumber compact path={`plant.capacities.${ci(c)}.availability`} label="Availability" context={scopeName(c)} unit="%" percent /> },
          { key: 'del', header: '', width: '64px', render: (c) => <EditIconButton label={`Delete capacity ${scopeName(c)}`} icon={<IconTrash size={16} />} tone="danger" onClick={() => applyEdit(`Delete capacity ${scopeName(c)}`, (d) => void d.plant?.capacities.splice(ci(c), 1))} /> }
        ]}
      />
    </Card>
  )
}
