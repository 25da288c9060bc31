import type { Currency, Project } from '@shared/model'
import { useT } from '@renderer/i18n'
import { ModelNumber } from '../editors'
import { byproductDeckHint } from '../prices/deck-extra-prices'

/**
 * A sold by-product line's own price (methodology §13). Blank deletes it, and the line then reads the deck
 * price of its kind: the field says so, with that price, so nobody mistakes a blank for zero.
 */
export function ByproductPriceField({ doc, path, kind, context, currency }: { doc: Project; path: string; kind: string | undefined; context: string; currency: Currency }) {
  const t = useT()
  return (
    <ModelNumber path={path} label={t('deck.field.price')} context={context} unit={`${currency}/t`} money={currency} emptyDeletes placeholder={t('deck.placeholder.deck')} hint={byproductDeckHint(doc, kind, t)} />
  )
}
