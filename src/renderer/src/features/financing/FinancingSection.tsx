import { useDoc } from '../editors'
import { DebtScheduleCard } from './DebtScheduleCard'
import { DebtTermsCard } from './DebtTermsCard'
import { GrantsCard } from './GrantsCard'
import { LenderCard } from './LenderCard'
import { TranchesCard } from './TranchesCard'
import { WaterfallCard } from './WaterfallCard'
import './financing.css'

/** Financing: debt sizing, the tranches and their terms, grants, the lender's thresholds, and the debt schedule the model produces. */
export function FinancingSection() {
  const doc = useDoc()
  return (
    <div className="editor-section">
      <DebtTermsCard doc={doc} />
      <TranchesCard doc={doc} />
      <WaterfallCard doc={doc} />
      <GrantsCard doc={doc} />
      <LenderCard doc={doc} />
      <DebtScheduleCard doc={doc} />
    </div>
  )
}
