import type { Project } from '@shared/model'
import { Card, IconPlus, IconTrash, Table } from '@renderer/ui'
import { ModelNumber, ModelSelect, ModelText, freshId, useApplyEdit, EditButton, EditIconButton } from '../editors'

type Scenario = Project['prices']['scenarios'][number]

/** Price scenarios: multipliers on the active deck (all products, then per product; they compound). */
export function PriceScenariosCard({ doc }: { doc: Project }) {
  const applyEdit = useApplyEdit()
  const add = () =>
    applyEdit('Add price scenario', (d) =>
      void d.prices.scenarios.push({ id: freshId('price-case', d.prices.scenarios.map((s) => s.id)), name: `Price case ${d.prices.scenarios.length + 1}`, allMultiplier: '1', productMultipliers: [] })
    )
  const si = (s: Scenario) => doc.prices.scenarios.findIndex((x) => x.id === s.id)
  const multiplierOf = (s: Scenario, productId: string) => s.productMultipliers.findIndex((m) => m.productId === productId)
  return (
    <Card
      title="Price scenarios"
      actions={
        <EditButton size="sm" icon={<IconPlus size={15} />} onClick={add}>
          Add price scenario
        </EditButton>
      }
    >
      <div className="form-grid wide">
        <ModelSelect
          path="prices.activeScenarioId"
          label="Active price scenario"
          nullAs="none"
          toModel={(v) => (v === 'none' ? null : v)}
          options={[{ value: 'none', label: 'None: the deck as it is' }, ...doc.prices.scenarios.map((s) => ({ value: s.id, label: s.name }))]}
        />
      </div>
      {doc.prices.scenarios.length > 0 && (
        <div className="scroll-x">
          <Table
            caption="Price scenarios"
            rows={doc.prices.scenarios}
            rowKey={(s) => s.id}
            columns={[
              { key: 'name', header: 'Scenario', width: '200px', render: (s) => <ModelText compact path={`prices.scenarios.${si(s)}.name`} label="Scenario name" /> },
              { key: 'all', header: 'All products', width: '130px', render: (s) => <ModelNumber compact path={`prices.scenarios.${si(s)}.allMultiplier`} label={`${s.name}: multiplier on all`} unit="x" /> },
              ...doc.products.map((p) => ({
                key: p.id,
                header: p.metal,
                width: '120px',
                render: (s: Scenario) => {
                  const k = multiplierOf(s, p.id)
                  return k >= 0 ? (
                    <ModelNumber compact path={`prices.scenarios.${si(s)}.productMultipliers.${k}.multiplier`} label={`${s.name}: ${p.metal} multiplier`} unit="x" />
                  ) : (
                    <EditButton size="sm" variant="ghost" onClick={() => applyEdit(`${s.name}: ${p.metal} multiplier`, (d) => void d.prices.scenarios[si(s)]!.productMultipliers.push({ productId: p.id, multiplier: '1' }))}>
                      + {p.metal}
                    </EditButton>
                  )
                }
              })),
              {
                key: 'del',
                header: '',
                width: '64px',
                render: (s: Scenario) => (
                  <EditIconButton
                    label={`Delete price scenario ${s.name}`}
                    icon={<IconTrash size={16} />}
                    tone="danger"
                    onClick={() =>
                      applyEdit(`Delete price scenario ${s.name}`, (d) => {
                        d.prices.scenarios.splice(si(s), 1)
                        if (d.prices.activeScenarioId === s.id) d.prices.activeScenarioId = null
                      })
                    }
                  />
                )
              }
            ]}
          />
        </div>
      )}
    </Card>
  )
}
