/**
 * A Monte Carlo draw written as inputs the Decimal engine takes (the parity tests' other side): the
 * active deck as a table per calendar year = the case's deck price × the draw's price multiplier, and,
 * with an FX path, every FX table as a point per calendar year = the case's rate × the multiplier.
 * Volume and recovery multipliers go in a scenario (`drawScenario`).
 */
import { Decimal } from '@shared/decimal'
import { prepare } from '@shared/engine/prepare'
import type { Scenario } from '@shared/engine'
import type { FastModel } from '@shared/analysis'
import type { Project } from '@shared/model'

export function drawAsInputs(project: Project, fm: FastModel, price: Float64Array, fx?: Float64Array): Project {
  const p = structuredClone(project)
  const base = prepare(project, undefined)
  const periodOfYear = (y: number) => fm.yearIndex.findIndex((k) => k === y)
  const deck = p.prices.decks.find((d) => d.id === p.prices.activeDeckId)!
  deck.prices = deck.prices.map((pr) => {
    const k = project.products.findIndex((x) => x.id === pr.productId)
    const points = Array.from({ length: fm.years }, (_, y) => ({
      year: fm.firstYear + y,
      price: base.products[k]!.deckPrice[periodOfYear(y)]!.times(new Decimal(price[k * fm.years + y]!)).toDecimalPlaces(24).toFixed()
    }))
    return { productId: pr.productId, mode: 'table' as const, points }
  })
  if (fx)
    p.fx.rates = p.fx.rates.map((table) => {
      const slot = fm.fx.currencies.indexOf(table.currency)
      const points = Array.from({ length: fm.years }, (_, y) => {
        const rate = base.fx[table.currency][periodOfYear(y)]!
        return { year: fm.firstYear + y, perUsd: (slot < 0 ? rate : rate.times(new Decimal(fx[slot * fm.years + y]!))).toDecimalPlaces(24).toFixed() }
      })
      return { currency: table.currency, points }
    })
  return p
}

export const drawScenario = (volume: number, recovery: number): Scenario => ({
  id: 'mc', name: 'draw', volumeMultiplier: new Decimal(volume).toFixed(), recoveryMultiplier: new Decimal(recovery).toFixed()
})
