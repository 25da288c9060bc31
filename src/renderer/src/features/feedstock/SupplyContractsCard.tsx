import { CREDIT_RATINGS, isInvestmentGrade, type Project } from '@shared/model'
import { Badge, Card, IconPlus, IconTrash } from '@renderer/ui'
import { ModelNumber, ModelSelect, ModelText, useApplyEdit, EditButton } from '../editors'
import { newSupplyContract, supplyPriceUnit } from './supply-contracts'

/**
 * Feedstock supply contracts (methodology §13): who commits part of a stream's feed, for how long and at
 * what price. Committed tonnes are bought at the contract's price, the rest at the stream's own terms;
 * supply coverage (committed / processed feed over the loan life) is graded on Results.
 */
export function SupplyContractsCard({ doc }: { doc: Project }) {
  const applyEdit = useApplyEdit()
  const list = doc.supplyContracts ?? []
  return (
    <Card
      title="Feedstock supply contracts"
      actions={
        <EditButton size="sm" icon={<IconPlus size={15} />} disabled={doc.feedstock.length === 0} onClick={() => applyEdit('Add supply contract', (d) => {
          const stream = d.feedstock[0]
          if (!stream) return
          d.supplyContracts = [...(d.supplyContracts ?? []), newSupplyContract(d, stream)]
        })}>
          Add supply contract
        </EditButton>
      }
    >
      <p className="muted">
        Tonnes of input a supplier commits, per year or as a share of the stream’s processed feed, served in this order on each stream. Committed tonnes are bought at the contract’s price; the rest at the stream’s own terms. Supply coverage = committed / processed tonnes over the loan life.
      </p>
      {list.length === 0 && <p className="muted" data-testid="supply-empty">No supply contracts: all feed is bought on the streams’ own terms.</p>}
      {list.map((c, k) => {
        const p = `supplyContracts.${k}`
        const stream = doc.feedstock.find((s) => s.id === c.streamId)
        const unit = supplyPriceUnit(doc, stream)
        return (
          <section key={c.id} className="supply-contract" data-testid={`supply-${k}`}>
            <h4 className="subhead row-inline">
              <span>{c.supplier}</span>
              {isInvestmentGrade(c.rating) ? <Badge tone="success">Investment grade ({c.rating})</Badge> : <Badge tone="warning">Rated {c.rating}</Badge>}
              <EditButton variant="ghost" size="sm" icon={<IconTrash size={15} />} onClick={() => applyEdit(`Delete supply contract ${c.supplier}`, (d) => void d.supplyContracts?.splice(k, 1))}>
                Delete
              </EditButton>
            </h4>
            <div className="form-grid">
              <ModelText path={`${p}.supplier`} label="Supplier" />
              <ModelSelect path={`${p}.streamId`} label="Stream" options={doc.feedstock.map((s) => ({ value: s.id, label: s.name }))} />
              <ModelSelect path={`${p}.rating`} label="Supplier rating" options={CREDIT_RATINGS.map((r) => ({ value: r, label: r }))} />
              <ModelSelect
                path={`${p}.volume.basis`}
                label="Committed volume"
                context={c.supplier}
                options={[{ value: 'share', label: 'Share of the stream’s feed' }, { value: 'fixed', label: 'Tonnes per year' }]}
                mutate={(d, basis) => {
                  const x = d.supplyContracts![k]!
                  if (x.volume.basis === basis) return
                  x.volume = basis === 'share' ? { basis, share: '0.5' } : { basis, tonnesPerYear: '0' }
                }}
              />
              {c.volume.basis === 'share'
                ? <ModelNumber path={`${p}.volume.share`} label="Share of feed" context={c.supplier} unit="%" percent />
                : <ModelNumber path={`${p}.volume.tonnesPerYear`} label="Committed tonnes" context={c.supplier} unit="t of input/yr" />}
              <ModelText path={`${p}.startDate`} label="Start date" context={c.supplier} date />
              <ModelText path={`${p}.endDate`} label="End date" context={c.supplier} date />
              <ModelSelect
                path={`${p}.price.basis`}
                label="Price basis"
                context={c.supplier}
                options={[{ value: 'fixed', label: 'Fixed, escalated' }, { value: 'pctOfContained', label: '% of contained metal value' }]}
                mutate={(d, basis) => {
                  const x = d.supplyContracts![k]!
                  if (x.price.basis === basis) return
                  x.price = basis === 'fixed' ? { basis, pricePerQuantity: '0', escalation: '0' } : { basis, pctOfContained: '0.5', floorPerQuantity: null, capPerQuantity: null }
                }}
              />
              {c.price.basis === 'fixed' ? (
                <>
                  <ModelNumber path={`${p}.price.pricePerQuantity`} label="Price (− gate fee)" context={c.supplier} unit={unit} money={doc.reportingCurrency} />
                  <ModelNumber path={`${p}.price.escalation`} label="Price escalation" context={c.supplier} unit="%/yr" percent />
                </>
              ) : (
                <>
                  <ModelNumber path={`${p}.price.pctOfContained`} label="Share of contained value" context={c.supplier} unit="%" percent />
                  <ModelNumber path={`${p}.price.floorPerQuantity`} label="Floor price" context={c.supplier} unit={unit} nullable placeholder="none" />
                  <ModelNumber path={`${p}.price.capPerQuantity`} label="Cap price" context={c.supplier} unit={unit} nullable placeholder="none" />
                </>
              )}
            </div>
          </section>
        )
      })}
    </Card>
  )
}
