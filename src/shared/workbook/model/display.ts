/**
 * The display unit of the output-facing figures (Cover headline amounts, Metrics amounts, Annual
 * summary). Calculation sheets stay in full currency units; an output cell is `= amount /
 * Display_Divisor` beside the unit text `Display_Label` ("INR crore"). The scale is an input chosen
 * from a list, and its divisor is looked up, so the label and the divisor can never disagree.
 * Indian digit grouping (1,23,45,678) cannot be expressed in an Excel number format for every
 * magnitude, so it is not faked: lakh and crore are scales, the grouping stays Western.
 */
import type { Currency } from '@shared/model'
import type { SheetBuilder } from '../grid'
import type { Cell } from '../types'
import { num, str } from './context'

export const DISPLAY_SCALES = [
  ['full', 1], ['thousand', 1e3], ['lakh', 1e5], ['crore', 1e7], ['million', 1e6], ['billion', 1e9]
] as const
export type DisplayScale = (typeof DISPLAY_SCALES)[number][0]

/** What a lender in that currency reads: INR crore; USD and JPY million. */
export const defaultDisplayScale = (c: Currency): DisplayScale => (c === 'INR' ? 'crore' : 'million')

export const displayDivisor = (s: DisplayScale): number => DISPLAY_SCALES.find(([n]) => n === s)![1]

/** "INR crore", or "INR" for full amounts. */
export const displayLabelText = (c: Currency, s: DisplayScale): string => (s === 'full' ? c : `${c} ${s}`)

/** The unit cell of an output amount: the live label. */
export const displayUnitCell = (): Cell => ({ t: 'f', f: 'Display_Label', style: 'unit' })

/** An output amount: the full-unit figure divided by the live divisor. */
export const inDisplayUnit = (fullUnits: string): string => `(${fullUnits})/Display_Divisor`

export function writeDisplayInputs(sh: SheetBuilder, currency: Currency) {
  sh.section('Display (Cover, Metrics and Annual amounts only; calculation sheets are in full currency units)')
  sh.scalar(null, 'Display unit for output amounts (full, thousand, lakh, crore, million, billion)', '', { ...str(defaultDisplayScale(currency), 'inChoice'), choices: DISPLAY_SCALES.map(([n]) => n) }, 'Display_Unit')
  sh.list('Display_Scales', 'Display scales', '', DISPLAY_SCALES.map(([n]) => str(n)))
  sh.list('Display_Divisors', 'Display divisors', currency, DISPLAY_SCALES.map(([, d]) => num(d, 'count')))
  sh.scalar(null, 'Display divisor', currency, { t: 'f', f: `INDEX(Display_Divisors,1,MATCH(Display_Unit,Display_Scales,0))`, style: 'count' }, 'Display_Divisor')
  sh.scalar(null, 'Display unit label', '', { t: 'f', f: `"${currency}"&IF(Display_Unit="full",""," "&Display_Unit)`, style: 'text' }, 'Display_Label')
}
