import type { Project } from '@shared/model'

/**
 * A copy without the feedstock and plant inputs of §13 (plant capacity, supply contracts, by-products,
 * EPR certificates). The fast path models them now (fast-operations.ts, with its own parity suite);
 * the Monte Carlo, fast-path and breach-sizing tests that pinned figures on the samples before the
 * samples turned these on keep running on this copy so their hand-checked figures stay meaningful.
 * The §11 waterfall terms stay (the fast path walks them).
 */
export function withoutMcUnsupportedOps(p: Project): Project {
  const { plant: _p, supplyContracts: _s, epr: _e, ...rest } = p
  return { ...rest, feedstock: p.feedstock.map(({ byproducts: _b, ...s }) => s as typeof p.feedstock[number]) }
}

/**
 * A sample as it was before it turned on the §11 waterfall terms and the §13 inputs (issues 15 and 16):
 * for golden values recorded on the samples before then.
 */
export function withoutSampleFeatures(p: Project): Project {
  const { waterfall: _w, ...financing } = p.financing
  const { minSupplyCoverage: _m, ...lender } = p.lender
  return { ...withoutMcUnsupportedOps(p), financing, lender }
}
