import { ZERO, dec } from '../decimal'
import { isInvestmentGrade, type Project } from '../model'
import { contractOrder } from '../rules/contract-priority'
import { zeros } from './series'
import type { Timeline } from './timeline'
import type { Series } from './types'

type Contract = Project['offtake'][number]

export type ContractAllocation = {
  contract: Contract
  bankable: boolean
  active: boolean[]
  askedQuantity: Series
  quantity: Series
}

/** Volumes per contract and the merchant remainder per product, in product units (§4). */
export type Allocation = {
  contracts: ContractAllocation[]
  /** productId → quantity no contract took. */
  merchant: Map<string, Series>
  contracted: Map<string, Series>
}

/** A contract is active in a period that lies wholly within its start and end dates. */
const isActive = (c: Contract, start: string, end: string) => start >= c.startDate && end <= c.endDate

/**
 * Allocate each product's output to its contracts in priority order (ties: file order): a contract
 * asks for `share · output_k` or `V · m/12` and receives `min(asked, still unallocated)`; the rest is merchant.
 */
export function allocateOfftake(
  project: Project, products: readonly { product: { id: string }; output: Series }[], tl: Timeline, rep: readonly number[], enabled: boolean
): Allocation {
  const periodCount = tl.count
  const periodMonths = tl.periodMonths
  const tpMin = dec(project.offtakePolicy.bankableTakeOrPayMin)
  const contracts: ContractAllocation[] = (enabled ? project.offtake : []).map((contract) => ({
    contract,
    bankable: dec(contract.takeOrPay).gte(tpMin) && isInvestmentGrade(contract.rating),
    active: tl.periods.map((p) => isActive(contract, p.start, p.end)),
    askedQuantity: zeros(periodCount),
    quantity: zeros(periodCount)
  }))
  const merchant = new Map<string, Series>()
  const contracted = new Map<string, Series>()
  const ordered = contractOrder(contracts.map((c) => c.contract)).map((j) => contracts[j]!)
  for (const { product, output } of products) {
    const mine = ordered.filter((c) => c.contract.productId === product.id)
    const rest = output.slice()
    const taken = zeros(periodCount)
    for (const ca of mine) {
      const volume = ca.contract.volume
      const fixedPerPeriod = volume.basis === 'fixed' ? dec(volume.productUnitsPerYear).times(periodMonths).div(12) : ZERO
      for (let i = 0; i < periodCount; i++) {
        const r = rep[i]!
        // Stryker disable next-line ConditionalExpression,BlockStatement: equivalent, the copy only saves recomputing: the group key includes each contract's activity, and output and the remainder are per group
        if (r !== i) {
          // Same group as an earlier period: identical allocation.
          ca.askedQuantity[i] = ca.askedQuantity[r]!
          ca.quantity[i] = ca.quantity[r]!
          rest[i] = rest[r]!
          taken[i] = taken[r]!
          continue
        }
        if (!ca.active[i]) continue
        const asked = volume.basis === 'share' ? output[i]!.times(volume.share) : fixedPerPeriod
        const got = asked.lt(rest[i]!) ? asked : rest[i]!
        ca.askedQuantity[i] = asked
        ca.quantity[i] = got
        rest[i] = rest[i]!.minus(got)
        taken[i] = taken[i]!.plus(got)
      }
    }
    merchant.set(product.id, rest)
    contracted.set(product.id, taken)
  }
  return { contracts, merchant, contracted }
}

