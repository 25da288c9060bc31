import type { Project } from '@shared/model'
import { Card, IconPlus, IconTrash, Table } from '@renderer/ui'
import { ModelNumber, ModelSelect, ModelText, freshId, useApplyEdit, EditButton, EditIconButton } from '../editors'

type Scenario = Project['prices']['scenarios'][number]

/**
 * Price cases: multipliers on the active deck (all products, then per product; they compound). Called
 * "cases", not "scenarios" (issue 17): a project scenario under Scenarios changes any input, and the
 * two were both "scenarios" on screen.
 */
export function PriceScenariosCard({ doc }: { doc: Project }) {
  const applyEdit = useApplyEdit()
  const add = () =>
    applyEdit('Add price case', (d) =>
      void d.prices.scenarios.push({ id: freshId('price-case', d.prices.scenarios.map((s) => s.id)), name: `Price case ${d.prices.scenarios.length + 1}`, allMultiplier: '1', productMultipliers: [] })
    )
  const si = (s: Scenario) => doc.prices.scenarios.findIndex((x) => x.id === s.id)
  const multiplierOf = (s: Scenario, productId: string) => s.productMultipliers.findIndex((m) => m.productId === productId)
  return (
    <Card
      title="Price cases (multipliers on the deck)"
      actions={
        <EditButton size="sm" icon={<IconPlus size={15} />} onClick={add}>
          Add price case
        </EditButton>
      }
    >
      <p className="muted">A price case scales the deck the model runs on (a low case at 0.8 × every price, or one metal). To change other inputs as well, use a project scenario under Scenarios.</p>
      <div className="form-grid wide">
        <ModelSelect
          path="prices.activeScenarioId"
          label="Active price case"
          nullAs="none"
          toModel={(v) => (v === 'none' ? null : v)}
          options={[{ value: 'none', label: 'None: the deck as it is' }, ...doc.prices.scenarios.map((s) => ({ value: s.id, label: s.name }))]}
        />
      </div>
      {doc.prices.scenarios.length > 0 && (
        <div className="scroll-x">
          <Table
            caption="Price cases"
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
                    label={`Delete price case ${s.name}`}
                    icon={<IconTrash size={16} />}
                    tone="danger"
                    onClick={() =>
                      applyEdit(`Delete price case ${s.name}`, (d) => {
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
