import { useDoc } from '../editors'
import { CapexCard } from './CapexCard'
import { OpexCard } from './OpexCard'
import { TaxCard } from './TaxCard'
import { TimelineCard } from './TimelineCard'

/** Costs: the timeline, capex with phasing and contingency, opex and working capital, tax and depreciation. */
export function CostsSection() {
  const doc = useDoc()
  return (
    <div className="editor-section">
      <TimelineCard doc={doc} />
      <CapexCard doc={doc} />
      <OpexCard doc={doc} />
      <TaxCard doc={doc} />
    </div>
  )
}
