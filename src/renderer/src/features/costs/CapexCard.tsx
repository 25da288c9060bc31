import { dec, sum } from '@shared/decimal'
import type { Project } from '@shared/model'
import { Card, IconPlus, IconTrash, Table } from '@renderer/ui'
import { formatPercent } from '@renderer/format/money'
import { formatMoneyIn } from '@shared/format/display-unit'
import { useDisplayUnit } from '@renderer/store'
import { evenPhasing } from './phasing'
import { taxBlockHint, taxBlockOptions } from './TaxRefinements'
import { ModelNumber, ModelSelect, ModelText, SeriesEditor, freshId, useApplyEdit, useFieldState, EditButton, EditIconButton, useReadOnlyTitle, editControl } from '../editors'

type Item = Project['costs']['capex']['items'][number]

/**
 * Capex items (each in a tax block: the general pool, land — a use of funds never depreciated — or a
 * block of the project's own, methodology §6, §14), contingency and phasing by construction period
 * (shares add up to 100 %).
 */
export function CapexCard({ doc }: { doc: Project }) {
  const applyEdit = useApplyEdit()
  const why = useReadOnlyTitle()
  const cur = doc.reportingCurrency
  // The totals in the reader's display unit (₹490.00 crore), not to the paisa (₹4,90,00,00,000.00, #17).
  const unit = useDisplayUnit(cur)
  const capex = doc.costs.capex
  const n = doc.timeline.constructionMonths / doc.timeline.periodMonths
  const total = sum(capex.items.map((i) => dec(i.amount)))
  const withContingency = total.times(dec(1).plus(capex.contingency))
  const phasingTotal = sum(capex.phasing.map((x) => dec(x)))
  const phasingIssue = useFieldState('costs.capex.phasing').error
  const idx = (it: Item) => capex.items.findIndex((x) => x.id === it.id)
  return (
    <Card
      title="Capex"
      actions={
        <EditButton size="sm" icon={<IconPlus size={15} />} onClick={() => applyEdit('Add capex item', (d) => void d.costs.capex.items.push({ id: freshId('capex', d.costs.capex.items.map((i) => i.id)), name: `Capex item ${d.costs.capex.items.length + 1}`, amount: '0' }))}>
          Add capex item
        </EditButton>
      }
    >
      <Table
        caption="Capex items"
        rows={capex.items}
        rowKey={(i) => i.id}
        columns={[
          { key: 'name', header: 'Item', render: (i) => <ModelText compact path={`costs.capex.items.${idx(i)}.name`} label="Capex item name" context={`item ${idx(i) + 1}`} /> },
          { key: 'amount', header: `Amount (${cur})`, width: '240px', render: (i) => <ModelNumber compact path={`costs.capex.items.${idx(i)}.amount`} label="Amount" context={i.name} unit={cur} money={cur} /> },
          {
            key: 'taxBlock',
            header: 'For tax',
            // Wide enough for "Buildings (non-residential)" (India's block) with the select's arrow at 1280 px.
            width: '290px',
            // The block's name in the select, its depreciation under it (names with the rate were cut).
            render: (i) => (
              <ModelSelect compact className="select-hint-left" path={`costs.capex.items.${idx(i)}.taxBlock`} label="Tax block" context={i.name} nullAs="depreciable"
                options={taxBlockOptions(doc, true, true)} hint={taxBlockHint(doc, i.taxBlock)} />
            )
          },
          {
            key: 'del',
            header: '',
            width: '64px',
            render: (i) =>
              capex.items.length > 1 ? <EditIconButton label={`Delete capex item ${i.name}`} icon={<IconTrash size={16} />} tone="danger" onClick={() => applyEdit(`Delete capex item ${i.name}`, (d) => void d.costs.capex.items.splice(idx(i), 1))} /> : null
          }
        ]}
      />
      <div className="form-grid wide" style={{ marginTop: 16 }}>
        <ModelNumber path="costs.capex.contingency" label="Contingency" unit="% of capex" percent />
        <div className="totals" data-testid="capex-total">
          Capex <strong>{formatMoneyIn(total, cur, unit)}</strong>
          <br />
          with contingency <strong>{formatMoneyIn(withContingency, cur, unit)}</strong>
        </div>
      </div>
      <h4 className="subhead">Phasing over {n} construction period{n === 1 ? '' : 's'}</h4>
      <div className="row-inline">
        <div className="segmented" role="group" aria-label="Capex phasing">
          <button type="button" {...editControl(why)} className={capex.phasing.length === 0 ? 'on' : ''} aria-pressed={capex.phasing.length === 0} onClick={() => applyEdit('Capex phasing: even', (d) => void (d.costs.capex.phasing = []))}>
            Even
          </button>
          <button type="button" {...editControl(why)} className={capex.phasing.length > 0 ? 'on' : ''} aria-pressed={capex.phasing.length > 0} onClick={() => capex.phasing.length === 0 && applyEdit('Capex phasing: custom', (d) => void (d.costs.capex.phasing = evenPhasing(n)))}>
            Custom
          </button>
        </div>
        {capex.phasing.length === 0 ? (
          <span className="muted">{formatPercent(dec(1).div(n), 2)} in each period</span>
        ) : (
          <span className={phasingTotal.minus(1).abs().gt('1e-9') ? 'total-bad' : 'totals'} data-testid="phasing-total">
            Total {formatPercent(phasingTotal, 4)}
          </span>
        )}
      </div>
      {capex.phasing.length > 0 && (
        <SeriesEditor path="costs.capex.phasing" label="Capex phasing" itemLabel={(j) => `Period ${j + 1}`} percent unit="%" fixedLength overlaySiblings />
      )}
      {phasingIssue && <p className="field-error" role="alert">{phasingIssue}</p>}
    </Card>
  )
}
