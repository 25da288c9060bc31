import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildFastModel } from '@shared/analysis'
import { runModel } from '@shared/engine'
import type { Project } from '@shared/model'
import { contractOrder } from '@shared/rules/contract-priority'
import { describeModel } from '@shared/workbook/build-model'
import { arbitraryProject } from '../engine/arbitrary-project'
import { richProject, valid } from '../analysis/fixtures'

/** The rich case with five platinum contracts whose priorities tie and run against file order. */
function contested(): Project {
  const p = richProject()
  const pt = p.offtake[0]!
  const more = [3, 1, 1, 2].map((priority, k) => ({ ...pt, id: `x${k}`, counterparty: `Buyer ${k}`, priority, premiumPerUnit: String(k + 1), volume: { basis: 'share' as const, share: '0.3' } }))
  p.offtake = [{ ...pt, priority: 2 }, p.offtake[1]!, ...more]
  return valid(p)
}

/** Contract indices in the order the engine filled them: each took min(asked, what the earlier ones left). */
function engineFillOrder(project: Project, order: readonly number[]): boolean {
  const r = runModel(project)
  return project.products.every((prod) => {
    const mine = order.filter((j) => project.offtake[j]!.productId === prod.id)
    const output = r.products.find((x) => x.productId === prod.id)!.output
    return output.every((out, i) => {
      let rest = out
      return mine.every((j) => {
        const c = r.contracts[j]!
        const got = c.askedQuantity[i]!.lt(rest) ? c.askedQuantity[i]! : rest
        rest = rest.minus(got)
        return c.quantity[i]!.eq(got)
      })
    })
  })
}

/** The fast model's contracts per product, as (payable, premium per unit, share) in its order. */
const fastOrder = (project: Project) => buildFastModel(project).contractsByProduct.map((cs) => cs.map((c) => [c.payable, c.premiumPerUnit, c.share]))
const expectedFastOrder = (project: Project, order: readonly number[]) =>
  project.products.map((prod) => order.filter((j) => project.offtake[j]!.productId === prod.id).map((j) => {
    const c = project.offtake[j]!
    return [Number(c.payable), Number(c.premiumPerUnit), c.volume.basis === 'share' ? Number(c.volume.share) : null]
  }))

/** Contract numbers as the Revenue sheet lays them out ("Contract 3: …" notes, top to bottom). */
function workbookOrder(project: Project): number[] {
  const built = describeModel(project, runModel(project), { exportedAt: 'x', appVersion: 'x', projectSha256: 'x' })
  if (!built.ok) throw new Error(built.message)
  const sheet = built.workbook.sheets.find((s) => s.name === 'Revenue')!
  return sheet.rows.flatMap((row) => {
    const cell = row[0]
    const m = cell && cell.t === 's' ? /^Contract (\d+): /.exec(cell.v) : null
    return m ? [Number(m[1]) - 1] : []
  })
}
const expectedWorkbookOrder = (project: Project, order: readonly number[]) => project.products.flatMap((prod) => order.filter((j) => project.offtake[j]!.productId === prod.id))

describe('contract priority: lowest first, ties in file order (methodology §4)', () => {
  it('orders by priority, then by position in the project', () => {
    expect(contractOrder([{ priority: 2 }, { priority: 1 }, { priority: 3 }, { priority: 1 }, { priority: 2 }])).toEqual([1, 3, 0, 4, 2])
    expect(contractOrder([])).toEqual([])
    fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: 4 }), { maxLength: 12 }), (ps) => {
      const order = contractOrder(ps.map((priority) => ({ priority })))
      expect([...order].sort((a, b) => a - b)).toEqual(ps.map((_, i) => i))
      for (let k = 1; k < order.length; k++) {
        const [a, b] = [order[k - 1]!, order[k]!]
        expect(ps[a]! < ps[b]! || (ps[a] === ps[b] && a < b)).toBe(true)
      }
    }), { numRuns: 200, seed: 14 })
  })

  it('the engine, the fast model and the workbook allocate in that one order', () => {
    const p = contested()
    const order = contractOrder(p.offtake)
    expect(order).toEqual([1, 3, 4, 0, 5, 2])
    expect(engineFillOrder(p, order)).toBe(true)
    expect(engineFillOrder(p, [...order].reverse())).toBe(false) // the check can tell orders apart
    expect(fastOrder(p)).toEqual(expectedFastOrder(p, order))
    expect(workbookOrder(p)).toEqual(expectedWorkbookOrder(p, order))
  })

  it('the three agree on generated projects', () => {
    fc.assert(fc.property(arbitraryProject(), (p) => {
      const order = contractOrder(p.offtake)
      expect(engineFillOrder(p, order)).toBe(true)
      expect(fastOrder(p)).toEqual(expectedFastOrder(p, order))
      expect(workbookOrder(p)).toEqual(expectedWorkbookOrder(p, order))
    }), { numRuns: 15, seed: 15 })
  })
})
