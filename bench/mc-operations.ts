import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { DEFAULT_MC_SETTINGS, runMonteCarlo } from '../src/shared/analysis'
import { readProjectFile } from '../src/shared/model/project-file'
import { parseProject, type Project } from '../src/shared/model'

const ROOT = resolve(__dirname, '..')

/**
 * The India black-mass sample with the four §13 features of issue 16 turned on, on a copy (the bundled
 * sample is not changed): a hydromet line of 13,000 t/yr at 92 % (binds at full ramp-up, 14,000 t/yr
 * offered), a plant cap of 15,000 t/yr at 95 %; two supply contracts (packs: 3,000 t/yr fixed escalated;
 * black mass: 50 % at 55 % of contained value with a floor and cap); copper foil sold and plastics
 * disposed of from the packs; EPR certificates on Li, Co and Ni from 2028 at an assumed INR 20/kg.
 */
export function indiaWithOperations(base: Project): Project {
  const p = structuredClone(base)
  p.plant = { capacities: [{ id: 'hydro-line', routeId: 'hydro', tonnesPerYear: '13000', availability: '0.92' }, { id: 'plant', routeId: null, tonnesPerYear: '15000', availability: '0.95' }] }
  p.supplyContracts = [
    { id: 'packs', supplier: 'OEM take-back', streamId: 'ev-packs', rating: 'A', volume: { basis: 'fixed', tonnesPerYear: '3000' }, startDate: '2027-10-01', endDate: '2034-09-30', price: { basis: 'fixed', pricePerQuantity: '52000', escalation: '0.04' } },
    { id: 'bm', supplier: 'Pre-processor', streamId: 'bm-nmc', rating: 'BBB', volume: { basis: 'share', share: '0.5' }, startDate: '2027-10-01', endDate: '2032-09-30', price: { basis: 'pctOfContained', pctOfContained: '0.55', floorPerQuantity: '150000', capPerQuantity: '400000' } }
  ]
  p.feedstock[1]!.byproducts = [
    { id: 'cu', name: 'Copper foil', massFraction: '0.05', fate: { kind: 'sold', pricePerTonne: '560000', payable: '0.85', escalation: '0.02' } },
    { id: 'plastics', name: 'Plastics', massFraction: '0.08', fate: { kind: 'disposed', costPerTonne: '9000' } }
  ]
  p.epr = { activeFrom: '2028-01-01', kgPerTonneRecovered: { Li: '1000', Co: '1000', Ni: '1000' }, currency: 'INR', pricePerKg: [{ year: 2026, pricePerKg: '20' }] }
  const r = parseProject(p)
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path}: ${i.message}`).join('\n'))
  return r.value
}

export type McOperationsBenchRow = { label: string; draws: number; ms: number; drawsPerSecond: number }

/** Monte Carlo draws per second on the India sample, 10,000 draws (volume and recovery drawn too), without and with the four features; set-up included. */
export function benchMcOperations(log: (s: string) => void = console.log): McOperationsBenchRow[] {
  const read = readProjectFile(readFileSync(resolve(ROOT, 'resources/samples/india-black-mass-hydromet.json'), 'utf8'))
  if (!read.ok) throw new Error('india sample does not read')
  const settings = { ...DEFAULT_MC_SETTINGS, draws: 10000, seed: 1, volumeSd: 0.05, recoverySd: 0.02 }
  const rows: McOperationsBenchRow[] = []
  for (const [label, project] of [['off', read.value], ['capacity + supply + by-products + EPR', indiaWithOperations(read.value)]] as const) {
    runMonteCarlo(project, { ...settings, draws: 200 }) // warm-up
    const t = performance.now()
    const r = runMonteCarlo(project, settings)
    const ms = performance.now() - t
    if (!r.ok) throw new Error(`${label}: ${r.reason}`)
    rows.push({ label, draws: settings.draws, ms, drawsPerSecond: (settings.draws * 1000) / ms })
  }
  log('Monte Carlo on india-black-mass-hydromet.json, 10,000 draws (one core, set-up included)')
  for (const r of rows) log(`${r.label.padEnd(40)} ${r.ms.toFixed(0).padStart(7)} ms  ${r.drawsPerSecond.toFixed(0).padStart(7)} draws/s`)
  return rows
}

if (typeof require !== 'undefined' && require.main === module) benchMcOperations()
