import type { z } from 'zod'
import { formatPath } from '../model/project'
// Relative imports, not the @resources alias: the CLI runs under tsx, which does not resolve tsconfig paths here.
import batteryChemistriesJson from '@resources/reference/battery-chemistries.json'
import blackMassYieldsJson from '@resources/reference/black-mass-yields.json'
import byproductsJson from '@resources/reference/byproducts.json'
import converterClassesJson from '@resources/reference/converter-classes.json'
import fxJson from '@resources/reference/fx.json'
import lenderPresetsJson from '@resources/reference/lender-presets.json'
import priceDeckJson from '@resources/reference/price-deck-2025-06.json'
import priceProcessJson from '@resources/reference/price-process.json'
import productFactorsJson from '@resources/reference/product-factors.json'
import routesJson from '@resources/reference/routes.json'
import taxIndiaJson from '@resources/reference/tax-india.json'
import {
  batteryChemistriesFileSchema, blackMassYieldsFileSchema, byproductsFileSchema, converterClassesFileSchema, fxFileSchema, lenderPresetsFileSchema,
  priceDeckFileSchema, priceProcessFileSchema, productFactorsFileSchema, routesFileSchema, taxIndiaFileSchema
} from './schemas'

/** The raw reference files by name, for validation tests and the docs. */
export const REFERENCE_FILES = {
  'battery-chemistries.json': { data: batteryChemistriesJson as unknown, schema: batteryChemistriesFileSchema },
  'black-mass-yields.json': { data: blackMassYieldsJson as unknown, schema: blackMassYieldsFileSchema },
  'byproducts.json': { data: byproductsJson as unknown, schema: byproductsFileSchema },
  'converter-classes.json': { data: converterClassesJson as unknown, schema: converterClassesFileSchema },
  'fx.json': { data: fxJson as unknown, schema: fxFileSchema },
  'lender-presets.json': { data: lenderPresetsJson as unknown, schema: lenderPresetsFileSchema },
  'price-deck-2025-06.json': { data: priceDeckJson as unknown, schema: priceDeckFileSchema },
  'price-process.json': { data: priceProcessJson as unknown, schema: priceProcessFileSchema },
  'product-factors.json': { data: productFactorsJson as unknown, schema: productFactorsFileSchema },
  'routes.json': { data: routesJson as unknown, schema: routesFileSchema },
  'tax-india.json': { data: taxIndiaJson as unknown, schema: taxIndiaFileSchema }
} as const
export type ReferenceFileName = keyof typeof REFERENCE_FILES

/**
 * Parse a shipped reference file once. Invalid shipped data is a bug, so this throws with every
 * problem listed (the reference tests run the same validation and fail first).
 */
function loader<S extends z.ZodType>(name: ReferenceFileName, schema: S): () => z.infer<S> {
  let cached: z.infer<S> | undefined
  return () => {
    if (cached !== undefined) return cached
    const r = schema.safeParse(REFERENCE_FILES[name].data)
    if (!r.success) throw new Error(`resources/reference/${name} is invalid:\n${r.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`).join('\n')}`)
    cached = r.data as z.infer<S>
    return cached
  }
}

export const loadConverterClasses = loader('converter-classes.json', converterClassesFileSchema)
export const loadBatteryChemistries = loader('battery-chemistries.json', batteryChemistriesFileSchema)
export const loadBlackMassYields = loader('black-mass-yields.json', blackMassYieldsFileSchema)
export const loadRoutes = loader('routes.json', routesFileSchema)
export const loadProductFactors = loader('product-factors.json', productFactorsFileSchema)
export const loadPriceDeck = loader('price-deck-2025-06.json', priceDeckFileSchema)
export const loadPriceProcess = loader('price-process.json', priceProcessFileSchema)
export const loadFx = loader('fx.json', fxFileSchema)
export const loadLenderPresets = loader('lender-presets.json', lenderPresetsFileSchema)
export const loadTaxIndia = loader('tax-india.json', taxIndiaFileSchema)
export const loadByproducts = loader('byproducts.json', byproductsFileSchema)
