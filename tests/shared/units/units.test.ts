import { describe, expect, it } from 'vitest'
import { Decimal } from '@shared/decimal'
import {
  ATOMIC_WEIGHTS, GRAMS_PER_TROY_OUNCE, POUNDS_PER_TONNE, POUNDS_PER_TONNE_PUBLISHED, PRODUCT_FACTORS,
  containedGramsFromPpm, containedTroyOuncesFromPpm, fractionToPpm, gramsToTroyOunces, kilogramsToTonnes, kilogramsToTroyOunces,
  lceTonnesToLithium, lithiumTonnesToLce, metalTonnesToProductTonnes, poundsToTonnes, ppmToFraction, pricePerGramToPerTroyOunce,
  pricePerPoundToPerTonne, pricePerTonneToPerPound, productTonnesToMetalTonnes, tonnesToKilograms, tonnesToPounds,
  troyOuncesPerTonneFromPpm, troyOuncesToGrams, troyOuncesToKilograms
} from '@shared/units'

const d = (x: string | number) => new Decimal(x)

describe('mass units', () => {
  it('a troy ounce is 31.1034768 g exactly (JM FAQ)', () => {
    expect(GRAMS_PER_TROY_OUNCE.toString()).toBe('31.1034768')
    expect(troyOuncesToGrams('1').toString()).toBe('31.1034768')
    expect(gramsToTroyOunces('31.1034768').toString()).toBe('1')
  })
  it('1 kg is 32.1507 toz (JM FAQ, 4 dp)', () => {
    expect(kilogramsToTroyOunces('1').toDecimalPlaces(4).toString()).toBe('32.1507')
    expect(troyOuncesToKilograms(kilogramsToTroyOunces('7.25')).toString()).toBe('7.25')
  })
  it('kg ↔ t', () => {
    expect(kilogramsToTonnes('1970').toString()).toBe('1.97')
    expect(tonnesToKilograms('0.035').toString()).toBe('35')
  })
  it('lb ↔ t uses the exact avoirdupois pound; the published 2204.62262185 lb/t agrees to 1e-8', () => {
    expect(POUNDS_PER_TONNE.minus(POUNDS_PER_TONNE_PUBLISHED).abs().lt('1e-8')).toBe(true)
    expect(tonnesToPounds('1').toDecimalPlaces(8).toString()).toBe('2204.62262185')
    expect(poundsToTonnes(tonnesToPounds('3.5')).toDecimalPlaces(30).toString()).toBe('3.5')
  })
  it('price per lb → per t: Co $14/lb ≈ $30,865/t (domain C3)', () => {
    const perTonne = pricePerPoundToPerTonne('14')
    expect(perTonne.toDecimalPlaces(4).toString()).toBe('30864.7167')
    expect(pricePerTonneToPerPound(perTonne).toDecimalPlaces(20).toString()).toBe('14')
  })
  it('price per g → per toz: $30/g = $933.104304/toz', () => {
    expect(pricePerGramToPerTroyOunce('30').toString()).toBe('933.104304')
  })
})

describe('grades', () => {
  it('1 ppm on 1 t is 1 g = 0.03215 toz (domain units line)', () => {
    expect(containedGramsFromPpm('1000', '1').toString()).toBe('1')
    expect(troyOuncesPerTonneFromPpm('1').toDecimalPlaces(5).toString()).toBe('0.03215')
  })
  it('Sabin case 1: 50 t at 0.3 % Pt = 4,822.6 toz', () => {
    const ppm = fractionToPpm('0.003')
    expect(ppm.toString()).toBe('3000')
    expect(containedTroyOuncesFromPpm('50000', ppm).toDecimalPlaces(1).toString()).toBe('4822.6')
  })
  it('Stillwater case 2: 81.87 oz/t is 2,546.5 g/t', () => {
    const ozPerTonne = d(78844).div(d('10.7').times(90))
    expect(ozPerTonne.toDecimalPlaces(2).toString()).toBe('81.87')
    expect(troyOuncesToGrams(ozPerTonne).toDecimalPlaces(1).toString()).toBe('2546.5')
  })
  it('ppm ↔ fraction', () => {
    expect(ppmToFraction('2750').toString()).toBe('0.00275')
  })
})

describe('product factors (domain B6)', () => {
  const w = (k: keyof typeof ATOMIC_WEIGHTS) => d(ATOMIC_WEIGHTS[k])
  const water = w('H').times(2).plus(w('O'))
  const sulphate = w('S').plus(w('O').times(4))
  // Re-derived from atomic weights: each factor must agree within 0.05 % (B6 rounds to 4 significant digits;
  // the Li factor 5.3227 uses Li = 6.941, 5.323 with 6.94).
  const cases: [keyof typeof PRODUCT_FACTORS, Decimal][] = [
    ['lithiumToLithiumCarbonate', w('Li').times(2).plus(w('C')).plus(w('O').times(3)).div(w('Li').times(2))],
    ['lithiumToLithiumHydroxideMonohydrate', w('Li').plus(w('O')).plus(w('H')).plus(water).div(w('Li'))],
    ['nickelToNickelSulphateHexahydrate', w('Ni').plus(sulphate).plus(water.times(6)).div(w('Ni'))],
    ['cobaltToCobaltSulphateHeptahydrate', w('Co').plus(sulphate).plus(water.times(7)).div(w('Co'))],
    ['manganeseToManganeseSulphateMonohydrate', w('Mn').plus(sulphate).plus(water).div(w('Mn'))],
    ['nickelToNickelSulphateAnhydrous', w('Ni').plus(sulphate).div(w('Ni'))],
    ['cobaltToCobaltSulphateAnhydrous', w('Co').plus(sulphate).div(w('Co'))],
    ['nickelToNickelHydroxide', w('Ni').plus(w('O').times(2)).plus(w('H').times(2)).div(w('Ni'))]
  ]
  it.each(cases)('%s matches its stoichiometry', (name, derived) => {
    expect(PRODUCT_FACTORS[name].div(derived).minus(1).abs().lt('0.0005')).toBe(true)
  })
  it('LiOH·H2O → LCE factor equals the ratio of the two Li factors', () => {
    const ratio = PRODUCT_FACTORS.lithiumToLithiumCarbonate.div(PRODUCT_FACTORS.lithiumToLithiumHydroxideMonohydrate)
    expect(ratio.minus(PRODUCT_FACTORS.lithiumHydroxideMonohydrateToLithiumCarbonate).abs().lt('0.0005')).toBe(true)
  })
  it('Li-Cycle case 5: 8,500 t Li2CO3 / 5.3227 = 1,597 t Li; 48,000 t NiSO4·6H2O / 4.478 = 10,719 t Ni', () => {
    expect(lceTonnesToLithium('8500').toDecimalPlaces(0).toString()).toBe('1597')
    expect(productTonnesToMetalTonnes('48000', 'nickelToNickelSulphateHexahydrate').toDecimalPlaces(0).toString()).toBe('10719')
  })
  it('metal ↔ product round-trips', () => {
    expect(lceTonnesToLithium(lithiumTonnesToLce('0.035')).toString()).toBe('0.035')
    expect(metalTonnesToProductTonnes('1', 'cobaltToCobaltSulphateHeptahydrate').toString()).toBe('4.77')
  })
})
