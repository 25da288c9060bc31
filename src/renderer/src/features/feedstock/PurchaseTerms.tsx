import type { Project } from '@shared/model'
import { Card } from '@renderer/ui'
import { ModelNumber, ModelSelect } from '../editors'
import { perQuantityUnit } from './labels'

type Stream = Project['feedstock'][number]

/** What the recycler pays for the feed: fixed per unit/tonne or a share of contained value, plus logistics. */
export function PurchaseTerms({ doc, stream, index }: { doc: Project; stream: Stream; index: number }) {
  const p = `feedstock.${index}.purchase`
  const cur = doc.reportingCurrency
  return (
    <Card title="Purchase terms">
      <div className="form-grid wide">
        <ModelSelect
          path={`${p}.basis`}
          label="Purchase basis"
          options={[
            { value: 'fixed', label: stream.kind === 'catalyst' ? 'Fixed price per converter' : 'Fixed price per tonne' },
            { value: 'pctOfContained', label: '% of contained metal value' }
          ]}
          mutate={(d, basis) => {
            const s = d.feedstock[index]!
            const { logisticsPerTonne, escalation } = s.purchase
            if (s.purchase.basis === basis) return
            s.purchase = basis === 'fixed' ? { basis, pricePerQuantity: '0', logisticsPerTonne, escalation } : { basis, pctOfContained: '0.7', logisticsPerTonne, escalation }
          }}
        />
        {stream.purchase.basis === 'fixed' ? (
          <ModelNumber
            path={`${p}.pricePerQuantity`}
            label={stream.kind === 'catalyst' ? 'Price per converter' : 'Price per tonne of input'}
            unit={perQuantityUnit(stream.kind, cur)}
            hint="Negative = a gate fee the recycler receives"
          />
        ) : (
          <ModelNumber path={`${p}.pctOfContained`} label="Share of contained value paid" unit="%" percent hint="Of contained metal × deck price" />
        )}
        <ModelNumber path={`${p}.logisticsPerTonne`} label="Logistics" unit={`${cur}/t`} />
        <ModelNumber path={`${p}.escalation`} label="Escalation" unit="%/yr" percent hint="Fixed price and logistics, yearly" />
      </div>
    </Card>
  )
}
