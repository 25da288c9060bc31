/**
 * Contract allocation order (methodology §4): a product's output goes to its contracts by priority,
 * lowest first, ties in the order the project lists them. The engine (`engine/offtake.ts`), the Monte
 * Carlo fast model (`analysis/monte-carlo/fast-model.ts`) and the workbook (`workbook/build-model.ts`,
 * which lays the Revenue rows out in this order so each contract's MIN(asked, unallocated) sees what
 * the ones before it left) all take the order from here; priorities are plain numbers, so one function
 * serves the Decimal, float and Excel paths. `tests/shared/rules/contract-priority.test.ts` holds the
 * three to it.
 */
export function contractOrder(contracts: readonly { priority: number }[]): number[] {
  return contracts
    .map((c, i) => ({ priority: c.priority, i }))
    // The index tie-break states the rule (equal priorities in file order) even though Array.prototype.sort
    // is stable since ES2019; Stryker's `a.i + b.i` survives for that reason.
    // Stryker disable next-line ArithmeticOperator: equivalent under a stable sort (ties already keep input order)
    .sort((a, b) => a.priority - b.priority || a.i - b.i)
    .map((x) => x.i)
}
