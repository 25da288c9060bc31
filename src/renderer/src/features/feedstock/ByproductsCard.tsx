import type { Project } from '@shared/model'
import { Card, IconPlus, IconTrash, Select } from '@renderer/ui'
import { ModelNumber, ModelSelect, ModelText, useApplyEdit, EditButton, useReadOnly } from '../editors'
import { blankByproduct, byproductChoices } from './byproducts'
import { ByproductPriceField } from './ByproductPriceField'

type Stream = Project['feedstock'][number]

/**
 * This stream's by-products and residues (methodology §13): tonnes per tonne of input processed, each
 * sold (its own revenue line, not in offtake coverage) or disposed of (its own cost line, inside opex).
 * Lines can start from the reference library (its sources shown; judgement values flagged).
 */
export function ByproductsCard({ doc, stream, index }: { doc: Project; stream: Stream; index: number }) {
  const applyEdit = useApplyEdit()
  const readOnly = useReadOnly()
  const list = stream.byproducts ?? []
  const choices = byproductChoices(doc, stream)
  const cur = doc.reportingCurrency
  const add = (make: (taken: readonly string[]) => NonNullable<Stream['byproducts']>[number], what: string) =>
    applyEdit(`Add by-product ${what}`, (d) => {
      const s = d.feedstock[index]!
      s.byproducts = [...(s.byproducts ?? []), make((s.byproducts ?? []).map((b) => b.id))]
    })
  return (
    <Card
      title="By-products and residues"
      actions={<EditButton size="sm" icon={<IconPlus size={15} />} onClick={() => add(blankByproduct, 'line')}>Add line</EditButton>}
    >
      <p className="muted">
        Tonnes per tonne of input processed. Sold: {cur}/t × payable, escalated at its own rate — a revenue line of its own, not in offtake coverage. Disposed: {cur}/t including hazardous-waste logistics, escalated at the opex rate — a cost line of its own, in opex.
      </p>
      {choices.length > 0 && (
        <div className="form-grid">
          <Select
            label="Add from the reference library"
            disabled={readOnly}
            value=""
            options={[{ value: '', label: 'Choose…' }, ...choices.map((c) => ({ value: c.id, label: c.label }))]}
            onChange={(id) => { const c = choices.find((x) => x.id === id); if (c) add(c.make, c.label) }}
          />
        </div>
      )}
      {list.length === 0 && <p className="muted" data-testid="byproducts-empty">No by-products or residues on this stream.</p>}
      {list.map((b, k) => {
        const p = `feedstock.${index}.byproducts.${k}`
        return (
          <section key={b.id} className="byproduct" data-testid={`byproduct-${k}`}>
            <div className="form-grid">
              <ModelText path={`${p}.name`} label="By-product" context={stream.name} />
              <ModelNumber path={`${p}.massFraction`} label="Mass fraction" context={b.name} unit="% of input" percent />
              <ModelSelect
                path={`${p}.fate.kind`}
                label="Fate"
                context={b.name}
                options={[{ value: 'sold', label: 'Sold' }, { value: 'disposed', label: 'Disposed of' }]}
                mutate={(d, kind) => {
                  const x = d.feedstock[index]!.byproducts![k]!
                  if (x.fate.kind === kind) return
                  x.fate = kind === 'sold' ? { kind, pricePerTonne: '0', payable: '1', escalation: '0' } : { kind, costPerTonne: '0' }
                }}
              />
              {b.fate.kind === 'sold' ? (
                <>
                  <ByproductPriceField doc={doc} path={`${p}.fate.pricePerTonne`} kind={b.kind} context={b.name} currency={cur} />
                  <ModelNumber path={`${p}.fate.payable`} label="Payable" context={b.name} unit="%" percent />
                  <ModelNumber path={`${p}.fate.escalation`} label="Price escalation" context={b.name} unit="%/yr" percent />
                </>
              ) : (
                <ModelNumber path={`${p}.fate.costPerTonne`} label="Disposal cost" context={b.name} unit={`${cur}/t`} money={cur} />
              )}
              <EditButton variant="ghost" size="sm" icon={<IconTrash size={15} />} onClick={() => applyEdit(`Delete by-product ${b.name}`, (d) => void d.feedstock[index]!.byproducts?.splice(k, 1))}>
                Delete
              </EditButton>
            </div>
            {b.source && <p className="muted small">{b.source}</p>}
          </section>
        )
      })}
    </Card>
  )
}
