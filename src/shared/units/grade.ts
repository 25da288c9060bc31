import { Decimal, dec, type DecimalString } from '../decimal'
import { gramsToTroyOunces } from './mass'

/**
 * Grades. ppm is parts per million by mass: 1 ppm = 1 g per tonne = 1 mg per kg.
 * Fractions (0.2 = 20 %) are the model's only other grade unit; percent lives in the UI.
 */

type Amount = Decimal | DecimalString

const MILLION = new Decimal(1_000_000)

/** Grams of metal in `kilograms` of material at `ppm`: kg × ppm / 1000 (1 ppm = 1 mg/kg). */
export const containedGramsFromPpm = (kilograms: Amount, ppm: Amount): Decimal => dec(kilograms).times(dec(ppm)).div(1000)

/** Troy ounces of metal in `kilograms` of material at `ppm` (domain A4: net_dry_kg × ppm / 1000 / 31.1034768). */
export const containedTroyOuncesFromPpm = (kilograms: Amount, ppm: Amount): Decimal => gramsToTroyOunces(containedGramsFromPpm(kilograms, ppm))

/** ppm (g/t) as a mass fraction: ÷ 1,000,000. */
export const ppmToFraction = (ppm: Amount): Decimal => dec(ppm).div(MILLION)
/** A mass fraction as ppm (g/t): × 1,000,000. */
export const fractionToPpm = (fraction: Amount): Decimal => dec(fraction).times(MILLION)
/** g/t and ppm are the same number; named for call sites that read "grams per tonne". */
export const gramsPerTonneToPpm = (gramsPerTonne: Amount): Decimal => dec(gramsPerTonne)

/** Tonnes of metal in `tonnes` of material at a mass `fraction`. */
export const containedTonnesFromFraction = (tonnes: Amount, fraction: Amount): Decimal => dec(tonnes).times(dec(fraction))

/** Troy ounces per tonne of material from ppm: ppm g/t ÷ 31.1034768 g/toz. */
export const troyOuncesPerTonneFromPpm = (ppm: Amount): Decimal => gramsToTroyOunces(ppm)
