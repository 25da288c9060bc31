import { Decimal, dec, type DecimalString } from '../decimal'
import { GRAMS_PER_TROY_OUNCE as GRAMS_PER_TROY_OUNCE_TEXT } from '../model/metals'

/**
 * Mass conversions on Decimal. Every function names both units so a call site reads like the
 * formula it implements. Constants are exact by definition (troy ounce, avoirdupois pound).
 */

/** Grams in one troy ounce: 31.1034768 g exactly (JM FAQ; international yard and pound agreement). */
export const GRAMS_PER_TROY_OUNCE = new Decimal(GRAMS_PER_TROY_OUNCE_TEXT)
/** Pounds (avoirdupois, 0.45359237 kg exactly) in one metric tonne: 1000 / 0.45359237. */
export const POUNDS_PER_TONNE = new Decimal(1000).div('0.45359237')
/** The rounded figure published in domain.md (2204.62262185 lb/t); agrees with the exact quotient to 11 places. */
export const POUNDS_PER_TONNE_PUBLISHED = new Decimal('2204.62262185')
export const KILOGRAMS_PER_TONNE = new Decimal(1000)
export const GRAMS_PER_KILOGRAM = new Decimal(1000)

type Amount = Decimal | DecimalString

export const gramsToTroyOunces = (grams: Amount): Decimal => dec(grams).div(GRAMS_PER_TROY_OUNCE)
export const troyOuncesToGrams = (troyOunces: Amount): Decimal => dec(troyOunces).times(GRAMS_PER_TROY_OUNCE)
export const kilogramsToTroyOunces = (kilograms: Amount): Decimal => gramsToTroyOunces(dec(kilograms).times(GRAMS_PER_KILOGRAM))
export const troyOuncesToKilograms = (troyOunces: Amount): Decimal => troyOuncesToGrams(troyOunces).div(GRAMS_PER_KILOGRAM)

export const kilogramsToTonnes = (kilograms: Amount): Decimal => dec(kilograms).div(KILOGRAMS_PER_TONNE)
export const tonnesToKilograms = (tonnes: Amount): Decimal => dec(tonnes).times(KILOGRAMS_PER_TONNE)

export const poundsToTonnes = (pounds: Amount): Decimal => dec(pounds).div(POUNDS_PER_TONNE)
export const tonnesToPounds = (tonnes: Amount): Decimal => dec(tonnes).times(POUNDS_PER_TONNE)

/** A price per pound (e.g. cobalt quoted in USD/lb) as a price per tonne: × 2204.62… lb/t. */
export const pricePerPoundToPerTonne = (pricePerPound: Amount): Decimal => dec(pricePerPound).times(POUNDS_PER_TONNE)
/** A price per tonne as a price per pound. */
export const pricePerTonneToPerPound = (pricePerTonne: Amount): Decimal => dec(pricePerTonne).div(POUNDS_PER_TONNE)
/** A price per gram as a price per troy ounce (× 31.1034768). */
export const pricePerGramToPerTroyOunce = (pricePerGram: Amount): Decimal => dec(pricePerGram).times(GRAMS_PER_TROY_OUNCE)
/** A price per kilogram as a price per tonne (× 1000). */
export const pricePerKilogramToPerTonne = (pricePerKilogram: Amount): Decimal => dec(pricePerKilogram).times(KILOGRAMS_PER_TONNE)
