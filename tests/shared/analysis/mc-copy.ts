import type { Project } from '@shared/model'

/**
 * A copy without the feedstock and plant inputs of §13 that Monte Carlo's fast path refuses today
 * (`mcOperationsUnsupported`: plant capacity, supply contracts, by-products, EPR certificates). The
 * samples turn them on; the Monte Carlo, fast-path and breach-sizing tests run on this copy until the
 * fast path models them — another branch adds that support: at its merge, drop this helper and run
 * those tests on the samples as they are. The §11 waterfall terms stay (the fast path walks them).
 */
export function withoutMcUnsupportedOps(p: Project): Project {
  const { plant: _p, supplyContracts: _s, epr: _e, ...rest } = p
  return { ...rest, feedstock: p.feedstock.map(({ byproducts: _b, ...s }) => s as typeof p.feedstock[number]) }
}
