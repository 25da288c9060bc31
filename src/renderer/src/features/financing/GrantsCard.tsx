import { dec, sum, toDecimalString } from '@shared/decimal'
import type { Project } from '@shared/model'
import { taxIndia } from '@shared/reference'
import { Card, IconPlus, IconTrash, Table } from '@renderer/ui'
import { formatPercent } from '@renderer/format/money'
import { ModelNumber, ModelText, SourceNote, describeSourced, freshId, useApplyEdit, EditButton, EditIconButton } from '../editors'

type Grant = Project['financing']['grants'][number]

/** Capital grants: phased like capex, they reduce uses first (not the depreciable base). */
export function GrantsCard({ doc }: { doc: Project }) {
  const applyEdit = useApplyEdit()
  const cur = doc.reportingCurrency
  const subsidy = taxIndia().incentives.find((i) => i.id === 'in-critical-mineral-recycling-capex')
  const capex = sum(doc.costs.capex.items.map((i) => dec(i.amount)))
  const gi = (g: Grant) => doc.financing.grants.findIndex((x) => x.id === g.id)
  const add = (name: string, amount: string, notes?: string) =>
    applyEdit(`Add grant ${name}`, (d) => void d.financing.grants.push({ id: freshId('grant', d.financing.grants.map((g) => g.id)), name, amount, ...(notes ? { notes } : {}) }))
  return (
    <Card
      title="Grants"
      actions={
        <div className="row-inline" style={{ margin: 0 }}>
          {subsidy && (
            <EditButton size="sm" variant="ghost" onClick={() => add(subsidy.name, toDecimalString(capex.times(subsidy.rate.value).toDecimalPlaces(2)), `${formatPercent(subsidy.rate.value)} of capex: ${subsidy.rate.source}`.slice(0, 1000))}>
              + {formatPercent(subsidy.rate.value)} capex subsidy
            </EditButton>
          )}
          <EditButton size="sm" icon={<IconPlus size={15} />} onClick={() => add(`Grant ${doc.financing.grants.length + 1}`, '0')}>
            Add grant
          </EditButton>
        </div>
      }
    >
      <Table
        caption="Grants"
        rows={doc.financing.grants}
        rowKey={(g) => g.id}
        empty="No grants. Production-linked incentives or capex subsidies go here."
        columns={[
          { key: 'name', header: 'Grant', render: (g) => <ModelText compact path={`financing.grants.${gi(g)}.name`} label="Grant name" context={`grant ${gi(g) + 1}`} /> },
          { key: 'notes', header: 'Basis / notes', width: '34%', render: (g) => <ModelText compact optional path={`financing.grants.${gi(g)}.notes`} label="Grant notes" context={g.name} /> },
          { key: 'amount', header: `Amount (${cur})`, width: '220px', render: (g) => <ModelNumber compact path={`financing.grants.${gi(g)}.amount`} label="Grant amount" context={g.name} unit={cur} money={cur} /> },
          { key: 'del', header: '', width: '64px', render: (g) => <EditIconButton label={`Delete grant ${g.name}`} icon={<IconTrash size={16} />} tone="danger" onClick={() => applyEdit(`Delete grant ${g.name}`, (d) => void d.financing.grants.splice(gi(g), 1))} /> }
        ]}
      />
      {subsidy && <SourceNote label="Reference">{subsidy.name}: {describeSourced(subsidy.rate)}</SourceNote>}
    </Card>
  )
}
