import { useRef, useState } from 'react'
import { importRows, moreProblems } from '@shared/import'
import { issuesText } from '@renderer/store/issue-text'
import { CURRENCIES, type Project } from '@shared/model'
import { Badge, Card, IconCopy, IconPlus, IconTrash } from '@renderer/ui'
import { ItemList, ModelSelect, ModelText, pickSelected, useApplyEdit, EditButton } from '../editors'
import { HiddenFileInput } from '../editors/HiddenFileInput'
import { referenceDeckYear } from '../recovery/product-forms'
import { duplicateDeck, importedDeck, referenceDeckFor } from './deck-defaults'
import { ProductPriceRow } from './ProductPriceRow'
import { useT } from '@renderer/i18n'

/** Price decks: the list, the active one, and the selected deck's source, date and product prices. */
export function DecksCard({ doc }: { doc: Project }) {
  const applyEdit = useApplyEdit()
  const t = useT()
  const [selected, setSelected] = useState<string | null>(doc.prices.activeDeckId)
  const [message, setMessage] = useState<string | null>(null)
  const [note, setNote] = useState<string | null>(null)
  const [problems, setProblems] = useState<string[]>([])
  const file = useRef<HTMLInputElement>(null)
  const current = pickSelected(doc.prices.decks.map((d) => d.id), selected)
  const di = doc.prices.decks.findIndex((d) => d.id === current)
  const deck = doc.prices.decks[di]
  const report = (r: { ok: true } | { ok: false; issues: { path: string; message: string }[] }, okMessage: string | null = null) =>
    setMessage(r.ok ? okMessage : issuesText(r.issues))

  const addReference = () => {
    const { deck: d, missing } = referenceDeckFor(doc)
    const r = applyEdit(t('prices.decks.addEdit', { name: d.name }), (x) => void x.prices.decks.push(d))
    if (r.ok) setSelected(d.id)
    report(r, missing.length ? t('prices.decks.noReference', { products: missing.join(', ') }) : null)
  }

  /** A price-deck sheet in the template (Product ID, Year, Price, Currency, Source) becomes a new deck; a bad one changes nothing. */
  const importDeck = async (f: File) => {
    setNote(null)
    setProblems([])
    // A deck sheet is small and importRows checks the size before parsing, so it is read here, not in the lot worker.
    const r = importRows(new Uint8Array(await f.arrayBuffer()), f.name, 'price-deck', { knownProductIds: doc.products.map((p) => p.id) })
    if (!r.ok) {
      if (!('errors' in r)) return setProblems([`${f.name}: ${r.message}`])
      const shown = r.errors.slice(0, 8).map((e) => `${e.sheet} row ${e.row}, ${e.column}: ${e.message}`)
      const more = moreProblems(r.errors.length - shown.length + r.omitted)
      return setProblems([t('prices.decks.notImported', { file: f.name }), ...shown, ...(more ? [more] : [])])
    }
    const { deck: d, kept, unpriced, years } = importedDeck(doc, f.name, r.value, new Date().toISOString().slice(0, 10))
    const done = applyEdit(t('prices.decks.importEdit', { name: d.name }), (x) => void x.prices.decks.push(d))
    report(done)
    if (!done.ok) return
    setSelected(d.id)
    const span = years[0] === years[1] ? `${years[0]}` : `${years[0]}–${years[1]}`
    const priced = d.prices.length - kept.length
    const byproducts = r.value.byproductPrices.length
    const activeName = doc.prices.decks.find((x) => x.id === doc.prices.activeDeckId)?.name ?? t('prices.decks.theActive')
    setNote([
      t('prices.decks.imported', { products: priced, byproducts, currency: d.currency, span }),
      kept.length ? t('prices.decks.kept', { products: kept.join(', '), deck: activeName }) : '',
      unpriced.length ? t('prices.decks.unpriced', { products: unpriced.join(', '), count: unpriced.length }) : t('prices.decks.chooseUse')
    ].filter(Boolean).join(' '))
  }

  return (
    <Card
      title={t('prices.decks.title')}
      actions={
        <div className="row-inline" style={{ margin: 0 }}>
          <EditButton size="sm" onClick={() => file.current?.click()} title={t('prices.decks.importTitle')}>
            {t('prices.decks.import')}
          </EditButton>
          <HiddenFileInput inputRef={file} accept=".xlsx,.csv" label={t('prices.decks.fileLabel')} testId="deck-file-input" onFile={(f) => void importDeck(f)} />
          <EditButton size="sm" variant="primary" icon={<IconPlus size={15} />} onClick={addReference}>
            {t('prices.decks.addReference')}
          </EditButton>
        </div>
      }
    >
      {message && <p className="field-error" role="alert">{message}</p>}
      {note && (
        <p className="muted" role="status" data-testid="deck-import-note">
          {note}
        </p>
      )}
      {problems.length > 0 && (
        <ul className="issue-list" role="alert" data-testid="deck-import-problems">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <div className="split">
        <ItemList
          label={t('prices.decks.title')}
          selected={current}
          onSelect={setSelected}
          items={doc.prices.decks.map((d) => ({ id: d.id, title: d.name, meta: t(d.id === doc.prices.activeDeckId ? 'prices.decks.metaActive' : 'prices.decks.meta', { currency: d.currency, date: d.asOf }) }))}
        />
        {deck && (
          <div data-testid="deck-editor">
            <div className="row-inline">
              {deck.id === doc.prices.activeDeckId ? (
                <Badge tone="success">{t('prices.decks.active')}</Badge>
              ) : (
                <EditButton size="sm" onClick={() => report(applyEdit(t('prices.decks.useEdit', { name: deck.name }), (d) => void (d.prices.activeDeckId = deck.id), { path: 'prices.activeDeckId', draft: deck.id }))}>
                  {t('prices.decks.use')}
                </EditButton>
              )}
              <EditButton
                size="sm"
                variant="ghost"
                icon={<IconCopy size={15} />}
                onClick={() => {
                  const copy = duplicateDeck(doc, deck)
                  const r = applyEdit(t('prices.decks.duplicateEdit', { name: deck.name }), (d) => void d.prices.decks.push(copy))
                  if (r.ok) setSelected(copy.id)
                  report(r)
                }}
              >
                {t('prices.decks.duplicate')}
              </EditButton>
              {deck.id !== doc.prices.activeDeckId && (
                <EditButton size="sm" variant="ghost" icon={<IconTrash size={15} />} onClick={() => report(applyEdit(t('prices.decks.deleteEdit', { name: deck.name }), (d) => void d.prices.decks.splice(di, 1)))}>
                  {t('prices.decks.delete')}
                </EditButton>
              )}
            </div>
            <div className="form-grid wide">
              <ModelText path={`prices.decks.${di}.name`} label={t('prices.decks.name')} />
              <ModelSelect path={`prices.decks.${di}.currency`} label={t('prices.decks.currency')} options={CURRENCIES.map((c) => ({ value: c, label: c }))} hint={t('prices.decks.currencyHint')} />
              <ModelText path={`prices.decks.${di}.asOf`} label={t('prices.decks.asOf')} date />
            </div>
            <ModelText path={`prices.decks.${di}.source`} label={t('prices.decks.source')} multiline hint={t('prices.decks.sourceHint')} />
            <h4 className="subhead">{t('prices.decks.perProduct')}</h4>
            {doc.products.length === 0 && <p className="muted">{t('prices.decks.noProducts')}</p>}
            {deck.prices.map((pp, pi) => (
              <ProductPriceRow key={pp.productId} doc={doc} deckIndex={di} priceIndex={pi} />
            ))}
            {doc.products
              .filter((p) => !deck.prices.some((pp) => pp.productId === p.id))
              .map((p) => (
                <div className="row-inline" key={p.id}>
                  <span>{t('prices.decks.noPrice', { name: p.name })}</span>
                  <EditButton
                    size="sm"
                    onClick={() => report(applyEdit(t('prices.decks.priceEdit', { name: p.name }), (d) => void d.prices.decks[di]!.prices.push({ productId: p.id, mode: 'escalating', basePricePerUnit: '0', baseYear: referenceDeckYear(), escalation: '0' })))}
                  >
                    {t('prices.decks.addPrice')}
                  </EditButton>
                </div>
              ))}
          </div>
        )}
      </div>
    </Card>
  )
}
