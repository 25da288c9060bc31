import { renameDeckPriceKeysV1 } from '../model/migrate-v1-units'

/**
 * Review bodies of older formats brought to the current one (REVIEW_SCHEMA_VERSION), for review files
 * (readReviewFile) and for the reviews kept in the app's database (its upgrade). Pure: the input is
 * not modified. A body of an unknown or current version is returned as it is, for the schema to judge.
 *
 * 1 → 2: the reviewer's own price deck is a project price deck, whose escalating price is named
 * `basePricePerUnit` since project file version 2. Notes keep their paths: a note records where the
 * reviewer pointed when they wrote it (and the review's project fingerprint is of that file too).
 */
export function upgradeReviewBody(body: Readonly<Record<string, unknown>>): Record<string, unknown> {
  if (body.schemaVersion !== 1) return body as Record<string, unknown>
  const copy = structuredClone(body) as Record<string, unknown>
  const reviewCase = copy.reviewCase
  if (typeof reviewCase === 'object' && reviewCase !== null) renameDeckPriceKeysV1((reviewCase as Record<string, unknown>).priceDeck)
  copy.schemaVersion = 2
  return copy
}
