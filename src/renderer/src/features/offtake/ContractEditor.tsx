import { CREDIT_RATINGS, CURRENCIES, isInvestmentGrade, productUnitOf, type Project } from '@shared/model'
import { Badge, Card, IconTrash } from '@renderer/ui'
import { formatPercent } from '@renderer/format/money'
import { ModelNumber, ModelSelect, ModelText, useApplyEdit, EditButton } from '../editors'

type Contract = Project['offtake'][number]

/** Every term of one offtake contract. Amounts are in the contract's currency per product unit. */
export function ContractEditor({ doc, index }: { doc: Project; index: number }) {
  const applyEdit = useApplyEdit()
  const c: Contract = doc.offtake[index]!
  const p = `offtake.${index}`
  const product = doc.products.find((x) => x.id === c.productId)
  const unit = product ? productUnitOf(product.metal) : 't'
  const perUnit = `${c.currency}/${unit}`
  const bankable = isInvestmentGrade(c.rating) && Number(c.takeOrPay) >= Number(doc.offtakePolicy.bankableTakeOrPayMin)
  return (
    <Card
      title={`Contract: ${c.counterparty}`}
      actions={
        <EditButton variant="ghost" size="sm" icon={<IconTrash size={15} />} onClick={() => applyEdit(`Delete contract ${c.counterparty}`, (d) => void d.offtake.splice(index, 1))}>
          Delete contract
        </EditButton>
      }
    >
      <p className="row-inline">
        {bankable ? <Badge tone="success">Bankable</Badge> : <Badge tone="warning">Not bankable</Badge>}
        <span className="muted">
          {isInvestmentGrade(c.rating) ? `Investment-grade counterparty (${c.rating})` : `Counterparty rated ${c.rating}: below investment grade (BBB- or better)`} · take-or-pay{' '}
          {formatPercent(c.takeOrPay, 2)} vs threshold {formatPercent(doc.offtakePolicy.bankableTakeOrPayMin, 2)}
        </span>
      </p>
      <h4 className="subhead">Counterparty and product</h4>
      <div className="form-grid">
        <ModelText path={`${p}.counterparty`} label="Counterparty" />
        <ModelSelect path={`${p}.rating`} label="Credit rating" options={CREDIT_RATINGS.map((r) => ({ value: r, label: r }))} />
        <ModelSelect path={`${p}.productId`} label="Product" options={doc.products.map((x) => ({ value: x.id, label: x.name }))} />
        <ModelNumber path={`${p}.priority`} label="Priority" integer hint="1 is served first" />
      </div>
      <h4 className="subhead">Volume and tenor</h4>
      <div className="form-grid">
        <ModelSelect
          path={`${p}.volume.basis`}
          label="Volume basis"
          options={[
            { value: 'share', label: 'Share of output' },
            { value: 'fixed', label: 'Fixed annual volume' }
          ]}
          mutate={(d, basis) => {
            const k = d.offtake[index]!
            if (k.volume.basis === basis) return
            k.volume = basis === 'share' ? { basis, share: '1' } : { basis, productUnitsPerYear: '0' }
          }}
        />
        {c.volume.basis === 'share' ? (
          <ModelNumber path={`${p}.volume.share`} label="Share of output" unit="%" percent />
        ) : (
          <ModelNumber path={`${p}.volume.productUnitsPerYear`} label="Annual volume" unit={`${unit}/yr`} />
        )}
        <ModelText path={`${p}.startDate`} label="Start date" date />
        <ModelText path={`${p}.endDate`} label="End date" date />
        <ModelNumber path={`${p}.takeOrPay`} label="Take-or-pay" unit="%" percent hint="Share the buyer pays for even if not taken" />
      </div>
      <h4 className="subhead">Price</h4>
      <div className="form-grid">
        <ModelSelect path={`${p}.currency`} label="Contract currency" options={CURRENCIES.map((x) => ({ value: x, label: x }))} />
        <ModelNumber path={`${p}.payable`} label="Payable" unit="% of index" percent />
        <ModelNumber path={`${p}.premiumPerUnit`} label="Premium (− discount)" unit={perUnit} />
        <ModelNumber path={`${p}.floor`} label="Floor price" unit={perUnit} nullable placeholder="none" />
        <ModelNumber path={`${p}.cap`} label="Cap price" unit={perUnit} nullable placeholder="none" />
        <ModelNumber path={`${p}.chargePerUnit`} label="Refining / handling charge" unit={perUnit} />
      </div>
      <p className="muted">Unit price = min(cap, max(floor, index × payable + premium)); revenue = quantity × (price − charge). Leave floor or cap empty for none.</p>
      <ModelText path={`${p}.notes`} label="Notes" multiline optional />
    </Card>
  )
}
