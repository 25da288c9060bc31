import type { SingleDebtTerms } from '@shared/model'
import type { ModelResult } from '@shared/engine/types'
import type { Currency, Metal, Project } from '@shared/model'
import { BATTERY_METALS, PGM_METALS, isPgm } from '@shared/model'
import type { Book } from '../grid'
import type { Cell, StyleId } from '../types'
import type { Scenario } from '@shared/engine/types'

/** A case of the scenario switch (model/scenarios.ts): its label in the file; null = the base case. */
export type WorkbookScenario = { label: string; scenario: Scenario | null }

/** What every sheet writer needs: the project, the book, and the engine's solved values. */
export type ModelCtx = {
  project: Project
  book: Book
  result: ModelResult
  /** Contracts in allocation order: priority, then their order in the project. */
  contractOrder: number[]
  /** Currencies that need an FX row (always includes USD, the FX base). */
  currencies: Currency[]
  /** The cases of the scenario switch, the base case first (model/scenarios.ts). */
  scenarios: WorkbookScenario[]
  /** The one debt's terms: the model lays out a single reporting-currency tranche (describeModel refuses any other). */
  debt: SingleDebtTerms
}

/**
 * Input style means "change me and the model follows". A value laid out into the sheets' structure
 * (which rows exist, which formula a row carries) carries this note (model/inputs.ts).
 */
export const STRUCTURE_NOTE = 'Structure: re-export from the app to change'

export const num = (v: string | number, style: StyleId): Cell => {
  const n = typeof v === 'number' ? v : Number(v)
  if (!Number.isFinite(n)) throw new RangeError(`Cannot export: ${String(v)} is not a finite number`)
  return { t: 'n', v: n, style }
}
export const str = (v: string, style: StyleId = 'text'): Cell => ({ t: 's', v: String(v), style })
export const fx = (f: string, style: StyleId): Cell => ({ t: 'f', f, style })

export const streamMetals = (kind: 'catalyst' | 'battery'): readonly Metal[] => (kind === 'catalyst' ? PGM_METALS : BATTERY_METALS)

/** Defined-name helpers so every sheet spells the same input the same way. */
export const N = {
  stream: (i: number, field: string) => `Stream${i + 1}_${field}`,
  product: (i: number, field: string) => `Product${i + 1}_${field}`,
  price: (i: number, field: string) => `Price${i + 1}_${field}`,
  /** Deck d's (0-based, as laid out) price input of product i: deck 1 keeps the plain `Price…` names. */
  deckPrice: (d: number, i: number, field: string) => (d === 0 ? `Price${i + 1}_${field}` : `Deck${d + 1}_Price${i + 1}_${field}`),
  contract: (j: number, field: string) => `Contract${j + 1}_${field}`,
  route: (i: number, field: string) => `Route${i + 1}_${field}`,
  fx: (c: Currency, field: string) => `FX_${c}_${field}`
}

/** Row keys, likewise. */
export const K = {
  fx: (c: Currency) => `fx.${c}`,
  streamQty: (i: number) => `s${i}.qty`,
  streamTonnes: (i: number) => `s${i}.tonnes`,
  streamContained: (i: number, m: Metal) => `s${i}.cont.${m}`,
  streamRecovered: (i: number, m: Metal) => `s${i}.rec.${m}`,
  productOutput: (p: number) => `p${p}.output`,
  priceDeck: (p: number) => `p${p}.idxDeck`,
  priceRep: (p: number) => `p${p}.idxRep`,
  productRevenue: (p: number) => `p${p}.revenue`
}

export const productForMetal = (project: Project, metal: Metal): number => project.products.findIndex((p) => p.metal === metal)
export const pricedInToz = (metal: Metal) => isPgm(metal)
