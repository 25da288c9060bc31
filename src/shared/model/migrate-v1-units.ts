import { defineOwn } from '../json/own'

/**
 * Project file version 1 → 2: field names carry their units (issue #12). A pure rename: each value
 * is moved to its new key exactly as it was (the same JSON string, never re-parsed), nothing is
 * dropped. A key that is absent, or whose new name is already taken, is left where it is, so the
 * schema reports the document as it is instead of the migration guessing.
 *
 * | version 1                                   | version 2                                      | unit |
 * | `feedstock[].annualQuantity` (catalyst)     | `unitsPerYear`                                 | converters per year |
 * | `feedstock[].annualQuantity` (battery)      | `inputTonnesPerYear`                           | tonnes of input per year |
 * | `offtake[].volume.annualQuantity` (fixed)   | `offtake[].volume.productUnitsPerYear`         | product units (toz PGMs, t otherwise) per year |
 * | `offtake[].premium`                         | `offtake[].premiumPerUnit`                     | contract currency per product unit |
 * | `prices.decks[].prices[].basePrice`         | `prices.decks[].prices[].basePricePerUnit`     | deck currency per product unit |
 */
type Doc = Record<string, unknown>

const isObject = (v: unknown): v is Doc => typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * `obj` with `from` renamed `to` in the same position (key order is kept, so a file re-written with
 * its own indentation differs from the old one only in the renamed names).
 */
function renamed(obj: Doc, from: string, to: string): Doc {
  if (!Object.hasOwn(obj, from) || Object.hasOwn(obj, to)) return obj
  const out: Doc = {}
  for (const [k, v] of Object.entries(obj)) defineOwn(out, k === from ? to : k, v) // a stray `__proto__` key stays a key
  return out
}

/** Replace every object element of `list` (if it is an array) by `f(element)`, in place. */
function eachObject(list: unknown, f: (o: Doc) => Doc): void {
  if (!Array.isArray(list)) return
  list.forEach((v, i) => {
    if (isObject(v)) list[i] = f(v)
  })
}

/** A stream's quantity key by kind; an unknown kind keeps the old key (the schema names the problem). */
const STREAM_QUANTITY_KEY: Readonly<Record<string, string>> = { catalyst: 'unitsPerYear', battery: 'inputTonnesPerYear' }

/**
 * Version 1 → 2 names of one price deck's prices, in place. Also used by the review file, whose
 * reviewer's deck is a project price deck.
 */
export function renameDeckPriceKeysV1(deck: unknown): void {
  if (isObject(deck)) eachObject(deck.prices, (price) => renamed(price, 'basePrice', 'basePricePerUnit'))
}

/** Version 1 → 2 (see the table above). Receives a copy (the runner clones) and returns it changed. */
export function migrateV1ToV2(doc: Doc): Doc {
  eachObject(doc.feedstock, (stream) => {
    const kind = stream.kind
    return typeof kind === 'string' && Object.hasOwn(STREAM_QUANTITY_KEY, kind) ? renamed(stream, 'annualQuantity', STREAM_QUANTITY_KEY[kind]!) : stream
  })
  eachObject(doc.offtake, (contract) => {
    const c = renamed(contract, 'premium', 'premiumPerUnit')
    if (isObject(c.volume)) c.volume = renamed(c.volume, 'annualQuantity', 'productUnitsPerYear')
    return c
  })
  if (isObject(doc.prices))
    eachObject(doc.prices.decks, (deck) => {
      renameDeckPriceKeysV1(deck)
      return deck
    })
  doc.schemaVersion = 2
  return doc
}
