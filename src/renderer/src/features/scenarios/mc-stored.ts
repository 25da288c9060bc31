import { z } from 'zod'
import type { McResult } from '@shared/analysis/monte-carlo/simulate'
import type { McForm } from './mc-form'

/**
 * A project's Monte Carlo as stored with it (issue 17: settings and the last results survived no
 * reload): the form as typed and the last result with the SHA-256 of the document it ran on, so a
 * reload shows it and says whether the project changed since. Read back through this schema: a row
 * that does not match (an older or hand-edited one) is ignored, never trusted.
 */
const text = z.string().max(64)
const form = z.object({
  draws: text,
  seed: text,
  process: z.enum(['gbm', 'ou']),
  kappa: text,
  volatility: text,
  perProduct: z.record(z.string().max(200), text),
  correlation: z.array(z.array(text).max(64)).max(64),
  volumeSd: text,
  recoverySd: text,
  fxOn: z.boolean(),
  fxVolatility: z.record(z.string().max(8), text),
  fxPriceCorrelation: text,
  fxCurrencyCorrelation: text
})
const num = z.number().nullable()
const distribution = z.object({ count: z.number(), missing: z.number(), mean: num, p10: num, p50: num, p90: num, min: num, max: num, histogram: z.array(z.object({ from: z.number(), to: z.number(), count: z.number() })) })
const counts = z.record(z.string(), z.number())
/** The parts of a result the view reads; the draws are kept as they are (export to CSV reads them). */
const result = z.looseObject({
  ok: z.literal(true),
  settings: z.looseObject({ draws: z.number(), seed: z.number() }),
  currency: z.string(),
  covenantDscr: z.number(),
  stats: z.object({ equityIrr: distribution, projectIrr: distribution, npv: distribution, minDscr: distribution }),
  probabilityBelowCovenant: num,
  probabilityBelowOne: num,
  base: z.object({ equityIrr: num, projectIrr: num, npv: num, minDscr: num }),
  noIrr: z.object({ equityIrr: counts, projectIrr: counts }).optional(),
  draws: z.looseObject({ equityIrr: z.array(num), projectIrr: z.array(num), npv: z.array(z.number()), minDscr: z.array(num) }),
  elapsedMs: z.number()
})
const stored = z.object({
  version: z.literal(1),
  form,
  last: z.object({ projectSha256: z.string().regex(/^[0-9a-f]{64}$/), computedAt: z.string().max(64), result }).optional()
})

export type StoredMonteCarlo = { version: 1; form: McForm; last?: { projectSha256: string; computedAt: string; result: McResult } }

/** The stored value when it has the current shape, else null (then the panel starts from the defaults). */
export function parseStoredMonteCarlo(value: unknown): StoredMonteCarlo | null {
  const r = stored.safeParse(value)
  return r.success ? (r.data as unknown as StoredMonteCarlo) : null
}
