import { useState } from 'react'
import { CURRENCIES, type Project } from '@shared/model'
import { Card, IconPlus, IconTrash, Select } from '@renderer/ui'
import { useT } from '@renderer/i18n'
import { EditButton, ModelNumber, ModelSelect, ModelText, pickSelected, useApplyEdit } from '../editors'
import { codYear, deckByproductKinds, newDeckEprPrices, nextYearPoint } from './deck-extra-prices'

/**
 * A price deck's by-product prices (per tonne) and EPR certificate prices (per kg) by calendar year
 * (methodology §13), edited in place: every figure goes through the store's one edit path, so the schema
 * refuses a negative price, a non-number and years out of order where they are typed.
 */
export function DeckExtraPricesCard({ doc }: { doc: Project }) {
  const t = useT()
  const applyEdit = useApplyEdit()
  const [selected, setSelected] = useState<string>(doc.prices.activeDeckId)
  const current = pickSelected(doc.prices.decks.map((d) => d.id), selected)
  const di = doc.prices.decks.findIndex((d) => d.id === current)
  const deck = doc.prices.decks[di]
  if (!deck) return null
  const base = `prices.decks.${di}`
  const kinds = deckByproductKinds(doc, deck)
  const epr = deck.eprPrices
  return (
    <Card title={t('deck.card.title')}>
      <p className="muted">{t('deck.card.intro')}</p>
      {doc.prices.decks.length > 1 && (
        <div className="form-grid">
          <Select
            label={t('deck.card.deck')}
            value={deck.id}
            options={doc.prices.decks.map((d) => ({ value: d.id, label: d.id === doc.prices.activeDeckId ? t('deck.card.activeSuffix', { name: d.name }) : d.name }))}
            onChange={setSelected}
          />
        </div>
      )}
      <h4 className="subhead">{t('deck.byproducts.head', { currency: deck.currency })}</h4>
      {kinds.length === 0 && <p className="muted" data-testid="deck-byproducts-none">{t('deck.byproducts.none')}</p>}
      {kinds.map((kind) => {
        const k = (deck.byproductPrices ?? []).findIndex((x) => x.byproductId === kind.id)
        const row = deck.byproductPrices?.[k]
        if (!row) {
          return (
            <div key={kind.id} className="row-inline" data-testid={`deck-bp-${kind.id}`}>
              <span>{t('deck.byproducts.unpriced', { name: kind.name })}</span>
              <EditButton size="sm" icon={<IconPlus size={15} />} onClick={() => applyEdit(t('deck.edit.addByproduct', { name: kind.name, deck: deck.name }), (d) => {
                const x = d.prices.decks[di]!
                x.byproductPrices = [...(x.byproductPrices ?? []), { byproductId: kind.id, points: [{ year: codYear(d), pricePerTonne: '0' }] }]
              })}>{t('deck.byproducts.add')}</EditButton>
            </div>
          )
        }
        const path = `${base}.byproductPrices.${k}`
        return (
          <section key={kind.id} className="byproduct" data-testid={`deck-bp-${kind.id}`}>
            {row.points.map((pt, j) => (
              <div key={j} className="form-grid" data-testid={`deck-bp-${kind.id}-${j}`}>
                <ModelNumber path={`${path}.points.${j}.year`} label={t('deck.year')} context={kind.name} integer />
                <ModelNumber path={`${path}.points.${j}.pricePerTonne`} label={t('deck.byproducts.kindLabel', { name: kind.name })} context={String(pt.year)} unit={`${deck.currency}/t`} money={deck.currency} />
                {row.points.length > 1 && (
                  <EditButton variant="ghost" size="sm" icon={<IconTrash size={15} />} onClick={() => applyEdit(t('deck.edit.deleteYear', { year: pt.year, deck: deck.name }), (d) => void d.prices.decks[di]!.byproductPrices![k]!.points.splice(j, 1))}>
                    {t('deck.deleteYear')}
                  </EditButton>
                )}
              </div>
            ))}
            <div className="row-inline">
              <EditButton size="sm" icon={<IconPlus size={15} />} onClick={() => applyEdit(t('deck.edit.addYear', { deck: deck.name }), (d) => {
                const points = d.prices.decks[di]!.byproductPrices![k]!.points
                points.push(nextYearPoint(points))
              })}>{t('deck.addYear')}</EditButton>
              <EditButton variant="ghost" size="sm" icon={<IconTrash size={15} />} onClick={() => applyEdit(t('deck.edit.removeByproduct', { name: kind.name, deck: deck.name }), (d) => void d.prices.decks[di]!.byproductPrices!.splice(k, 1))}>
                {t('deck.deletePrices')}
              </EditButton>
            </div>
          </section>
        )
      })}
      <h4 className="subhead">{t('deck.epr.head', { currency: epr?.currency ?? '—' })}</h4>
      {!epr ? (
        <div className="row-inline" data-testid="deck-epr-none">
          <span className="muted">{t('deck.epr.none')}</span>
          <EditButton size="sm" icon={<IconPlus size={15} />} onClick={() => applyEdit(t('deck.edit.addEpr', { deck: deck.name }), (d) => void (d.prices.decks[di]!.eprPrices = newDeckEprPrices(d, t('deck.epr.sourceDefault'))))}>
            {t('deck.epr.add')}
          </EditButton>
        </div>
      ) : (
        <section data-testid="deck-epr">
          <div className="form-grid">
            <ModelSelect path={`${base}.eprPrices.currency`} label={t('deck.epr.currency')} options={CURRENCIES.map((c) => ({ value: c, label: c }))} />
          </div>
          {epr.points.map((pt, j) => (
            <div key={j} className="form-grid" data-testid={`deck-epr-${j}`}>
              <ModelNumber path={`${base}.eprPrices.points.${j}.year`} label={t('deck.year')} context="EPR" integer />
              <ModelNumber path={`${base}.eprPrices.points.${j}.pricePerKg`} label={t('deck.epr.price')} context={String(pt.year)} unit={`${epr.currency}/kg`} money={epr.currency} />
              {epr.points.length > 1 && (
                <EditButton variant="ghost" size="sm" icon={<IconTrash size={15} />} onClick={() => applyEdit(t('deck.edit.deleteYear', { year: pt.year, deck: deck.name }), (d) => void d.prices.decks[di]!.eprPrices!.points.splice(j, 1))}>
                  {t('deck.deleteYear')}
                </EditButton>
              )}
            </div>
          ))}
          <div className="row-inline">
            <EditButton size="sm" icon={<IconPlus size={15} />} onClick={() => applyEdit(t('deck.edit.addYear', { deck: deck.name }), (d) => {
              const points = d.prices.decks[di]!.eprPrices!.points
              points.push(nextYearPoint(points))
            })}>{t('deck.addYear')}</EditButton>
            <EditButton variant="ghost" size="sm" icon={<IconTrash size={15} />} onClick={() => applyEdit(t('deck.edit.removeEpr', { deck: deck.name }), (d) => void delete d.prices.decks[di]!.eprPrices)}>
              {t('deck.deletePrices')}
            </EditButton>
          </div>
          <ModelText path={`${base}.eprPrices.source`} label={t('deck.epr.source')} multiline />
        </section>
      )}
    </Card>
  )
}
