import { setDebt } from '../model/tranche-fixtures'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { parseProject, type Project } from '@shared/model'
import { handProject } from '../engine/hand-project'

/**
 * Seed projects for the fuzzer: the minimal fixture, the hand-computable case, a "rich" one built on
 * the fixture (battery + catalyst streams, PGM products, floor/cap/share/fixed contracts, grant, WDV
 * tax, sculpted debt, the §11 waterfall's terms) and any bundled samples in resources/samples. Each must parse as it is.
 */
function fixture(): Project {
  return JSON.parse(readFileSync('tests/fixtures/minimal-project.json', 'utf8')) as Project
}

function rich(): Project {
  const p = fixture()
  p.id = 'rich'
  p.feedstock.push({
    id: 'cats', name: 'Autocats', kind: 'catalyst', converterClassId: null, massKgPerUnit: '7', unitsPerYear: '60000', rampUp: ['0.5', '1'], routeId: 'smelt',
    recoveryOverrides: {}, purchase: { basis: 'pctOfContained', pctOfContained: '0.75', logisticsPerTonne: '40', escalation: '0.02' },
    loading: { mode: 'gramsPerUnit', gramsPerUnit: { Pt: '1.2', Pd: '2.5', Rh: '0.2' } }
  } as Project['feedstock'][number])
  p.routes.push({ id: 'smelt', name: 'Smelt', type: 'pgmSmeltRefine', recovery: { Pt: '0.97', Pd: '0.97', Rh: '0.9' } } as Project['routes'][number])
  p.products.push(
    { id: 'pt', metal: 'Pt', name: 'Pt', factor: '1', merchantPayable: '0.95' } as Project['products'][number],
    { id: 'pd', metal: 'Pd', name: 'Pd', factor: '1', merchantPayable: '0.95' } as Project['products'][number]
  )
  p.prices.decks[0]!.prices.push(
    { productId: 'pt', mode: 'table', points: [{ year: 2027, price: '950' }, { year: 2030, price: '1100' }] } as Project['prices']['decks'][number]['prices'][number],
    { productId: 'pd', mode: 'escalating', basePricePerUnit: '1000', baseYear: 2026, escalation: '-0.01' } as Project['prices']['decks'][number]['prices'][number]
  )
  const contract = (id: string, productId: string, volume: object, extra: object) =>
    ({ id, counterparty: `Buyer ${id}`, rating: 'BBB-', productId, priority: 1, volume, payable: '0.92', premiumPerUnit: '0', floor: null, cap: null, chargePerUnit: '0', currency: 'USD', startDate: '2027-01-01', endDate: '2033-12-31', takeOrPay: '0.8', ...extra }) as Project['offtake'][number]
  p.offtake = [
    contract('k1', 'li2co3', { basis: 'share', share: '0.6' }, { floor: '7000', cap: '12000' }),
    contract('k2', 'pt', { basis: 'fixed', productUnitsPerYear: '1000' }, { premiumPerUnit: '-5', chargePerUnit: '2', priority: 2 }),
    contract('k3', 'pd', { basis: 'share', share: '1' }, { rating: 'NR' })
  ]
  p.financing = { ...p.financing, sizing: 'sculpted', grants: [{ id: 'g', name: 'Grant', amount: '2000000' }] }
  setDebt(p, { repayment: 'sculpted' })
  p.tax = { rate: '0.25', depreciation: { method: 'wdv', rate: '0.15' } } as Project['tax']
  // The §11 waterfall's terms (issue 15), so the fuzzer perturbs them too: a DSRA by LC, an MRA, a
  // working-capital facility, a trailing lock-up and a cash sweep on a DSCR trigger.
  p.financing.dsra = { enabled: true, months: 6, form: 'lc', lcFeeRate: '0.015', lcDrawRate: '0.1' }
  p.financing.waterfall = {
    mraMonths: 12, wcFacility: { limit: '1500000', rate: '0.11' }, lockup: { dscr: '1.2', test: 'trailing-12m', releaseAfterPeriods: 2 },
    sweep: { share: '0.5', trigger: '1.6', allocation: 'pro-rata' }
  }
  return p
}

function samples(): Project[] {
  if (!existsSync('resources/samples')) return []
  return readdirSync('resources/samples')
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(`resources/samples/${f}`, 'utf8')) as Project)
}

export function seedProjects(): { name: string; project: Project }[] {
  const all = [
    { name: 'minimal-project.json', project: fixture() },
    { name: 'hand-project', project: handProject() },
    { name: 'rich (fixture + catalysts/contracts)', project: rich() },
    ...samples().map((project, i) => ({ name: `sample ${i + 1}`, project })),
    // Sculpted arithmetic that left 5e-18 before maturity (issue 11): its neighbours are where dust lives.
    { name: 'dust-sculpted-project.json', project: JSON.parse(readFileSync('tests/fixtures/dust-sculpted-project.json', 'utf8')) as Project }
  ]
  for (const { name, project } of all) {
    const r = parseProject(project)
    if (!r.ok) throw new Error(`seed ${name} is not valid: ${r.issues.map((i) => `${i.path} ${i.message}`).join('; ')}`)
  }
  return all
}
