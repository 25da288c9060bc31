import { useDoc } from '../editors'
import { DecksCard } from './DecksCard'
import { DeckExtraPricesCard } from './DeckExtraPricesCard'
import { FxCard } from './FxCard'
import { PriceScenariosCard } from './PriceScenariosCard'

/** Prices: decks per product with their source and date, price cases, and FX. */
export function PricesSection() {
  const doc = useDoc()
  return (
    <div className="editor-section">
      <DecksCard doc={doc} />
      <DeckExtraPricesCard doc={doc} />
      <PriceScenariosCard doc={doc} />
      <FxCard doc={doc} />
    </div>
  )
}
