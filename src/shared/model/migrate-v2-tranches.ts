import { defineOwn } from '../json/own'

/**
 * Project file version 2 → 3: senior debt in tranches (issue #14, methodology §10). Today's single
 * debt becomes one tranche in the reporting currency with every term it had, moved as it was (the
 * same JSON values, never re-parsed), and neutral values for what version 2 did not have: no
 * commitment fee, no ECA premium, no hedge, a fixed all-in rate. What sizes the aggregate stays on
 * `financing` (sizing mode, gearing cap, target DSCR, DSRA, grants). The FX tables are unchanged: their
 * new `annualDepreciation` is optional and absent means 0 (the last year repeats, as before). So a
 * version-2 project evaluates to exactly its version-2 results.
 *
 * | version 2                  | version 3                                            |
 * | `financing.annualRate`     | `financing.tranches[0].interest` `{ kind: "fixed", annualRate }` |
 * | `financing.tenorYears`     | `financing.tranches[0].tenorYears`                   |
 * | `financing.graceMonths`    | `financing.tranches[0].graceMonths`                  |
 * | `financing.repayment`      | `financing.tranches[0].repayment`                    |
 * | `financing.upfrontFee`     | `financing.tranches[0].upfrontFee`                   |
 * | (none)                     | `id "senior"`, `name "Senior debt"`, `lenderType "other"`, `currency` = reporting currency, `share "1"`, `commitmentFeeAnnualRate "0"`, `ecaPremium "0"`, `hedge { hedged: false, annualCost: "0" }` |
 *
 * A financing block that lacks one of the moved keys, or already has `tranches`, is left as it is, so
 * the schema reports the document as it is instead of the migration guessing.
 */
type Doc = Record<string, unknown>

const isObject = (v: unknown): v is Doc => typeof v === 'object' && v !== null && !Array.isArray(v)

const MOVED = ['annualRate', 'tenorYears', 'graceMonths', 'repayment', 'upfrontFee'] as const

/** The version-3 financing block, `tranches` where `annualRate` was (key order kept otherwise). */
function financingV3(fin: Doc, currency: unknown): Doc {
  if (Object.hasOwn(fin, 'tranches') || !MOVED.every((k) => Object.hasOwn(fin, k))) return fin
  const tranche: Doc = {
    id: 'senior',
    name: 'Senior debt',
    lenderType: 'other',
    currency,
    share: '1',
    interest: { kind: 'fixed', annualRate: fin.annualRate },
    upfrontFee: fin.upfrontFee,
    commitmentFeeAnnualRate: '0',
    ecaPremium: '0',
    tenorYears: fin.tenorYears,
    graceMonths: fin.graceMonths,
    repayment: fin.repayment,
    hedge: { hedged: false, annualCost: '0' }
  }
  const out: Doc = {}
  for (const [k, v] of Object.entries(fin)) {
    if (k === 'annualRate') defineOwn(out, 'tranches', [tranche])
    else if (!(MOVED as readonly string[]).includes(k)) defineOwn(out, k, v) // a stray `__proto__` key stays a key
  }
  return out
}

/** Version 2 → 3 (see the table above). Receives a copy (the runner clones) and returns it changed. */
export function migrateV2ToV3(doc: Doc): Doc {
  if (isObject(doc.financing)) doc.financing = financingV3(doc.financing, doc.reportingCurrency)
  doc.schemaVersion = 3
  return doc
}
