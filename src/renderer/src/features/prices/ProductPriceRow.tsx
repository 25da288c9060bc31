import { productUnitOf, type Project } from '@shared/model'
import { IconPlus, IconTrash } from '@renderer/ui'
import { ModelNumber, ModelSelect, SourceNote, useApplyEdit, EditButton, EditIconButton } from '../editors'
import { matchForm, referencePriceOfForm } from '../recovery/product-forms'
import { useT } from '@renderer/i18n'

type Deck = Project['prices']['decks'][number]
type Price = Deck['prices'][number]

/** One product's price in a deck: flat with escalation from a base year, or a per-year table. */
export function ProductPriceRow({ doc, deckIndex, priceIndex }: { doc: Project; deckIndex: number; priceIndex: number }) {
  const applyEdit = useApplyEdit()
  const t = useT()
  const deck = doc.prices.decks[deckIndex]!
  const price: Price = deck.prices[priceIndex]!
  const product = doc.products.find((p) => p.id === price.productId)
  const p = `prices.decks.${deckIndex}.prices.${priceIndex}`
  const unit = `${deck.currency}/${product ? productUnitOf(product.metal) : 't'}`
  const name = product?.name ?? price.productId
  const form = product ? matchForm(product) : null
  const ref = form ? referencePriceOfForm(form) : null
  const startYear = Number(doc.timeline.startDate.slice(0, 4))

  return (
    <section className="price-row" aria-label={t('prices.row.aria', { name })} data-testid={`price-${price.productId}`}>
      <div className="price-head">
        <strong translate="no">{name}</strong>
        <span className="muted"> · {unit}</span>
      </div>
      <div className="form-grid price-grid">
        <ModelSelect
          path={`${p}.mode`}
          label={t('prices.row.curve')}
          context={name}
          options={[
            { value: 'escalating', label: t('prices.row.escalating') },
            { value: 'table', label: t('prices.row.table') }
          ]}
          mutate={(d, mode) => {
            const cur = d.prices.decks[deckIndex]!.prices[priceIndex]!
            if (cur.mode === mode) return
            d.prices.decks[deckIndex]!.prices[priceIndex] =
              cur.mode === 'escalating'
                ? { productId: cur.productId, mode: 'table', points: [{ year: Math.max(cur.baseYear, startYear), price: cur.basePricePerUnit }] }
                : { productId: cur.productId, mode: 'escalating', basePricePerUnit: cur.points[0]!.price, baseYear: cur.points[0]!.year, escalation: '0' }
          }}
        />
        {price.mode === 'escalating' && (
          <>
            <ModelNumber path={`${p}.basePricePerUnit`} label={t('prices.row.base')} context={name} unit={unit} />
            <ModelNumber path={`${p}.baseYear`} label={t('prices.row.baseYear')} context={name} integer />
            <ModelNumber path={`${p}.escalation`} label={t('prices.row.escalation')} context={name} unit={t('prices.row.perYear')} percent />
          </>
        )}
      </div>
      {price.mode === 'table' && (
        <div className="points">
          {price.points.map((pt, j) => (
            <div className="point" key={j}>
              <ModelNumber path={`${p}.points.${j}.year`} label={t('prices.row.year', { name, n: j + 1 })} integer compact />
              <ModelNumber path={`${p}.points.${j}.price`} label={t('prices.row.priceIn', { name, year: String(pt.year) })} unit={unit} compact />
            </div>
          ))}
          <div className="series-actions" style={{ paddingTop: 0 }}>
            <EditButton
              size="sm"
              icon={<IconPlus size={14} />}
              onClick={() =>
                applyEdit(t('prices.row.addYearEdit', { name }), (d) => {
                  const pr = d.prices.decks[deckIndex]!.prices[priceIndex]!
                  if (pr.mode === 'table') pr.points.push({ year: pr.points.at(-1)!.year + 1, price: pr.points.at(-1)!.price })
                })
              }
            >
              {t('prices.row.addYear')}
            </EditButton>
            {price.points.length > 1 && (
              <EditIconButton
                label={t('prices.row.removeYear', { name })}
                icon={<IconTrash size={15} />}
                onClick={() =>
                  applyEdit(t('prices.row.removeYearEdit', { name }), (d) => {
                    const pr = d.prices.decks[deckIndex]!.prices[priceIndex]!
                    if (pr.mode === 'table') pr.points.pop()
                  })
                }
              />
            )}
          </div>
        </div>
      )}
      {ref && (
        <SourceNote label={ref.assumption ? t('prices.row.assumption') : t('prices.row.reference')} tone={ref.assumption ? 'warning' : 'accent'}>
          {t('prices.row.refLine', { product: ref.product, value: ref.price.value, unit: ref.price.unit, date: ref.price.date, source: ref.price.source, confidence: ref.price.confidence })}
        </SourceNote>
      )}
    </section>
  )
}
