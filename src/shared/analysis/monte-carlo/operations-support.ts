import type { Project } from '@shared/model'

/**
 * Operations the fast path does not model yet (issue #16). It scales feed, metal and feed costs
 * linearly by a draw's volume multiplier; a plant capacity cuts feed above it (§13), so a draw above
 * capacity would be misstated. Such projects are refused rather than simulated wrongly. Null when supported.
 */
export function mcOperationsUnsupported(project: Project): string | null {
  if ((project.plant?.capacities.length ?? 0) > 0)
    return 'Monte Carlo does not yet support a plant capacity (feed above it is cut, which the fast path does not model); run it on a copy without capacities or use scenarios'
  if ((project.supplyContracts?.length ?? 0) > 0)
    return 'Monte Carlo does not yet support feedstock supply contracts (their tonnes are priced on their own terms, with a floor and cap, which the fast path does not model); run it on a copy without supply contracts or use scenarios'
  if (project.feedstock.some((s) => (s.byproducts?.length ?? 0) > 0))
    return 'Monte Carlo does not yet support by-products and residues (their tonnes, sales and disposal, which the fast path does not model); run it on a copy without by-products or use scenarios'
  if (project.epr)
    return 'Monte Carlo does not yet support EPR certificates (their revenue on recovered metal, which the fast path does not model); run it on a copy without EPR certificates or use scenarios'
  return null
}
