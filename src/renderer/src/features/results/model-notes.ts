import type { ModelResult } from '@shared/engine'
import type { Currency } from '@shared/model'
import { formatMoney } from '@renderer/format/money'
import { fieldInfoOf } from '@renderer/store'
import type { MessageKey } from '@shared/i18n'
import { modelNoteText } from '@shared/format/model-note-text'
import type { Locale } from '@shared/i18n'
import { english, type Translate } from './translate'

type ModelIssue = ModelResult['issues'][number]

/**
 * A model note as a person reads it: the place (a field's label or a section), then `sep` and the
 * words — `Grants exceed …` when the note starts with its place (sep ' '), else `Cash flow: …`.
 */
export type ModelNote = { place: string; path: string; sep: ': ' | ' ' | '：'; text: string }

/** Notes not about one field are named by what they are about. */
const PLACE_BY_CODE: Record<string, MessageKey> = {
  'negative-cfads': 'results.place.negativeCfads',
  'cfads-below-interest': 'results.place.cfadsBelowInterest',
  'sculpting-floor': 'results.place.sculptingFloor',
  balloon: 'results.place.balloon',
  'unpriced-product': 'results.place.unpricedProduct',
  'missing-fx': 'results.place.missingFx',
  'grant-exceeds-uses': 'results.place.grantExceedsUses',
  'unknown-deck': 'results.place.unknownDeck'
}

/**
 * The engine's notes speak the methodology (`financing.tranches.0.repayment: … CFADS / DSCR* …`,
 * amounts as `-12345678.90`); the same notes serve the command line, so they are put in the
 * screen's words here (#17): the place by its label, DSCR* as the target DSCR, amounts in the
 * project's currency. Unknown wording passes through unchanged.
 */
export function modelNote(issue: ModelIssue, currency: Currency, t: Translate = english, locale: Locale = 'en'): ModelNote {
  const key = Object.hasOwn(PLACE_BY_CODE, issue.code) ? PLACE_BY_CODE[issue.code] : undefined
  const place = key ? t(key) : fieldInfoOf(issue.path).label
  const money = (n: string) => formatMoney(n, currency, { decimals: 0 })
  const localized = modelNoteText(issue.code, issue.message, locale, money)
  // Another language's note is written from its code, in the screen's words already.
  if (localized !== issue.message) return { place, path: issue.path, sep: '：', text: localized }
  const text = issue.message
    .replace(/CFADS \/ DSCR\*/g, 'CFADS ÷ target DSCR')
    .replace(/DSCR\*/g, 'the target DSCR')
    .replace(/^sculpted principal floored at zero/, 'no principal')
    .replace(/(?<![\d.])-?\d+\.\d{2}(?![\d.x%])/g, money)
  if (text.toLowerCase().startsWith(`${place.toLowerCase()} `)) return { place, path: issue.path, sep: ' ', text: text.slice(place.length + 1) }
  return { place, path: issue.path, sep: ': ', text: text.charAt(0).toUpperCase() + text.slice(1) }
}
