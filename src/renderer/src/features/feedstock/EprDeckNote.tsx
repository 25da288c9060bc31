import type { Project } from '@shared/model'
import { useT } from '@renderer/i18n'

/** On the EPR block: when the active deck lists EPR prices (methodology §13), they apply and the block's own prices below do not. */
export function EprDeckNote({ doc }: { doc: Project }) {
  const t = useT()
  const deck = doc.prices.decks.find((d) => d.id === doc.prices.activeDeckId)
  if (!deck?.eprPrices) return null
  return <p className="muted" role="note" data-testid="epr-deck-note">{t('deck.epr.blockOverridden', { deck: deck.name })}</p>
}
