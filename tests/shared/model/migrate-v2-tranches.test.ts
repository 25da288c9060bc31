import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Decimal } from '@shared/decimal'
import { runModel } from '@shared/engine'
import { migrateProjectDocument } from '@shared/model/migrations'
import { migrateV2ToV3 } from '@shared/model/migrate-v2-tranches'
import { readProjectFile, writeProjectFile } from '@shared/model/project-file'
import type { Project } from '@shared/model'

const ROOT = resolve(import.meta.dirname, '../../..')
const read = (path: string) => readFileSync(resolve(ROOT, path), 'utf8')
type Json = Record<string, unknown>

/** The repository's version-2 files, kept verbatim (tests/fixtures/migrations/v2/), and their version-3 counterparts. */
const V2_FILES = [
  { v2: 'tests/fixtures/migrations/v2/india-black-mass-hydromet.json', current: 'resources/samples/india-black-mass-hydromet.json' },
  { v2: 'tests/fixtures/migrations/v2/pgm-catalyst-recovery.json', current: 'resources/samples/pgm-catalyst-recovery.json' },
  { v2: 'tests/fixtures/migrations/v2/rich-project.json', current: 'tests/shared/analysis/rich-project.json' }
]

/**
 * SHA-256 of the full-precision model result (every Decimal as its exact string) of each committed
 * project file and each of its scenarios, computed by the version-2 engine at commit 6b4d154 (the branch
 * point) with tests/fixtures/migrations/v2-result-digests.json's script (see the README there). The keys
 * the version-3 engine adds (`tranches`, `debtFees`, `llcrRates`, the all-operating cover metrics of §11,
 * §14's tax lines by block, issue 16's plant capacity and the findings in NEW_FINDINGS) are left out of the
 * digest: everything else must be the same to the last digit.
 */
const DIGESTS = JSON.parse(read('tests/fixtures/migrations/v2-result-digests.json')) as Record<string, string>

/**
 * The result keys version 3 adds (`tranches`, `debtFees`, `llcrRates`), issue 15's all-operating cover
 * metrics, the tax lines of §14 and issue 16's plant capacity that came after it without a version bump
 * (`blocks`, `taxRate`, `lossesExpired`, `unabsorbedDepreciation`; `plant`, `processedTonnes`,
 * `unprocessedTonnes`, `capacityUtilisation` — none of these files sets a capacity): new figures, not
 * changed ones, left out of the comparison with the version-2 engine. Every figure the version-2 engine had stays.
 */
const NEW_KEYS = new Set(['tranches', 'debtFees', 'llcrRates', 'plant', 'processedTonnes', 'unprocessedTonnes', 'capacityUtilisation',
  // Issue 15 (§11): what a lender reads first, beside the repayment-window minimum — new figures, not changed ones.
  'minDscrAllOperating', 'minDscrAllOperatingPeriod', 'lowestOperatingCfads', 'lowestOperatingCfadsPeriod',
  // §14: the tax lines by asset block, the period's rate (holiday), lapsed losses and unabsorbed depreciation.
  'blocks', 'taxRate', 'lossesExpired', 'unabsorbedDepreciation',
  // Issue 15 (§11): the cash waterfall's new lines and metrics, and the four figures it deliberately changes —
  // a shortfall is now funded by the DSRA and sponsor support, never a negative distribution, so the
  // distributions, the DSRA's movement and balance (drawn, then refilled), the equity cash flow and the
  // equity IRR differ from version 2 wherever a period fell short. Held by tests/shared/rules/waterfall.test.ts,
  // tests/shared/engine/waterfall.test.ts and the properties instead.
  'waterfall', 'sponsorSupport', 'peakSponsorSupport', 'peakSponsorSupportPeriod', 'totalSponsorSupport', 'periodsInLockup', 'totalSwept', 'defaultPeriods',
  // Issue 15: the period the debt is repaid in (the contractual maturity unless a cash sweep shortens it),
  // and the annual cash swept (zero without a sweep).
  'debtRepaidPeriod', 'sweep',
  'distributions', 'dsraMovement', 'dsraBalance', 'equityCashFlow', 'equityIrr',
  'waterfallFees', 'facilityFlow', 'mraMovement', 'lockupMovement', 'wcFacilityBalance', 'mraBalance', 'lockupBalance',
  // Issue 16 (§13): feedstock supply contracts and supply coverage.
  'supply', 'supplyCoverage',
  // Issue 16 (§13): by-products and residues, EPR certificates.
  'byproducts', 'epr', 'byproductRevenue', 'eprRevenue', 'disposalCost'])
/** Findings version 3 adds or now checks from COD instead of the first repayment (§11): left out of the comparison. */
const NEW_FINDINGS = new Set(['negative-cfads', 'cfads-below-interest'])

function resultDigest(result: unknown): string {
  const text = JSON.stringify(result, function (this: Record<string, unknown>, key, value: unknown) {
    if (NEW_KEYS.has(key)) return undefined
    // A finding on the repayment profile now names the tranche that holds it; version 2 had one, on financing.
    if (key === 'issues' && Array.isArray(value))
      return (value as { code: string; path: string }[]).filter((i) => !NEW_FINDINGS.has(i.code)).map((i) => (i.path === 'financing.tranches.0.repayment' ? { ...i, path: 'financing.repayment' } : i))
    const raw = this[key]
    return raw instanceof Decimal ? `D:${raw.toString()}` : value
  })
  return createHash('sha256').update(text).digest('hex')
}

/**
 * A committed file without the inputs that came after version 3 without a version bump — the tax
 * refinements of §14 (blocks of its own, the maintenance block, loss expiry, a holiday), the cash
 * waterfall's terms of §11 (facility, MRA, lock-up, sweep) and the feedstock and plant inputs of §13
 * (capacity, supply contracts, by-products, EPR certificates, per-stream costs, the supply threshold):
 * what the file was when these digests were taken. The samples turn some of them on (their descriptions
 * say which, so those change too); stripped, each must still be the migrated version-2 file and give the
 * version-2 engine's figures — every one of these inputs is off when absent.
 */
function withoutLaterFeatures(p: Project): Project {
  const { blocks, maintenanceBlock: _m, lossExpiryYears: _l, holiday: _h, ...tax } = p.tax
  const own = new Set((blocks ?? []).map((b) => b.id))
  const items = p.costs.capex.items.map(({ taxBlock, ...it }) => (taxBlock === undefined || own.has(taxBlock) ? it : { ...it, taxBlock }))
  const { waterfall: _w, ...financing } = p.financing
  const { plant: _p, supplyContracts: _s, epr: _e, ...rest } = p
  const { minSupplyCoverage: _c, ...lender } = p.lender
  const STREAM_LATER = new Set(['byproducts', 'variableOpexPerTonne', 'treatmentPerTonne', 'variableOpexPerUnit'])
  const feedstock = p.feedstock.map((st) => Object.fromEntries(Object.entries(st).filter(([k]) => !STREAM_LATER.has(k))) as typeof st)
  return { ...rest, feedstock, tax, financing, lender, costs: { ...p.costs, capex: { ...p.costs.capex, items } } }
}
const refined = (p: Project) => writeProjectFile(withoutLaterFeatures(p)) !== writeProjectFile(p)

describe('version 2 → 3: the single debt becomes one tranche in the reporting currency', () => {
  it.each(V2_FILES)('$v2 opens as the committed version-3 file $current', ({ v2, current }) => {
    const old = readProjectFile(read(v2))
    const now = readProjectFile(read(current))
    expect(old.ok ? [] : old.issues).toEqual([])
    expect(now.ok ? [] : now.issues).toEqual([])
    expect(JSON.parse(read(current))).toMatchObject({ schemaVersion: 3 })
    if (!old.ok || !now.ok) return
    // A sample that turned on later inputs (§11, §13, §14) is the migrated file plus those inputs and its new description.
    const committed = refined(now.value) ? { ...withoutLaterFeatures(now.value), description: old.value.description } : now.value
    expect(writeProjectFile(old.value)).toBe(writeProjectFile(committed))
  })

  it.each(V2_FILES)('$v2: every moved value arrives unchanged in the tranche; nothing else changes', ({ v2 }) => {
    const before = JSON.parse(read(v2)) as Json
    const r = migrateProjectDocument(before)
    expect(r).toMatchObject({ ok: true, fromVersion: 2, applied: [2] })
    const after = (r.ok ? r.value : {}) as Json
    const fin = before.financing as Json
    const { annualRate, tenorYears, graceMonths, repayment, upfrontFee, ...kept } = fin
    const next = after.financing as Json
    expect(next.tranches).toEqual([{
      id: 'senior', name: 'Senior debt', lenderType: 'other', currency: before.reportingCurrency, share: '1', interest: { kind: 'fixed', annualRate },
      upfrontFee, commitmentFeeAnnualRate: '0', ecaPremium: '0', tenorYears, graceMonths, repayment, hedge: { hedged: false, annualCost: '0' }
    }])
    // The aggregate's fields stay on financing, in their order; `tranches` takes the place of `annualRate`.
    expect(Object.keys(next)).toEqual(Object.keys(fin).filter((k) => !['tenorYears', 'graceMonths', 'repayment', 'upfrontFee'].includes(k)).map((k) => (k === 'annualRate' ? 'tranches' : k)))
    const { tranches: _t, ...rest } = next
    expect(rest).toEqual(kept)
    expect({ ...after, financing: fin, schemaVersion: 2 }).toEqual(before)
  })

  it('leaves a financing block it cannot place for the schema to report, and drops nothing', () => {
    const partial = { schemaVersion: 2, reportingCurrency: 'USD', financing: { sizing: 'gearing', annualRate: '0.1' } }
    expect(migrateProjectDocument(partial)).toEqual({ ok: true, fromVersion: 2, applied: [2], value: { ...partial, schemaVersion: 3 } })
    const proto = JSON.parse('{"schemaVersion":2,"reportingCurrency":"INR","financing":{"__proto__":"x","annualRate":"0.1","tenorYears":5,"graceMonths":0,"repayment":"equal","upfrontFee":"0"}}') as Json
    const fin = migrateV2ToV3(proto).financing as Json
    expect(Object.keys(fin)).toEqual(['__proto__', 'tranches'])
    expect(Object.getPrototypeOf(fin)).toBe(Object.prototype)
  })

  // Byte-identical results: the same full-precision result as the version-2 engine, for the samples, the
  // analysis project, the engine fixtures and every scenario of each, through the v1 files too.
  const files = [...new Set(Object.keys(DIGESTS).map((k) => k.split('#')[0]!))]
  it.each(files)('%s: every figure of the base case and of each scenario equals the version-2 engine\'s to the last digit', (file) => {
    const r = readProjectFile(read(file))
    if (!r.ok) throw new Error(JSON.stringify(r.issues))
    const project = withoutLaterFeatures(r.value)
    expect(resultDigest(runModel(project))).toBe(DIGESTS[file])
    for (const s of project.scenarios) expect(resultDigest(runModel(project, { scenario: s })), s.id).toBe(DIGESTS[`${file}#${s.id}`])
  })

  it.each([
    ['tests/fixtures/migrations/v1/india-black-mass-hydromet.json', 'resources/samples/india-black-mass-hydromet.json'],
    ['tests/fixtures/migrations/v1/pgm-catalyst-recovery.json', 'resources/samples/pgm-catalyst-recovery.json'],
    ['tests/fixtures/migrations/v1/rich-project.json', 'tests/shared/analysis/rich-project.json'],
    ['tests/fixtures/migrations/v2/india-black-mass-hydromet.json', 'resources/samples/india-black-mass-hydromet.json']
  ])('%s (an old file, upgraded on opening) evaluates to the version-2 engine\'s result of %s', (old, current) => {
    const r = readProjectFile(read(old))
    if (!r.ok) throw new Error(JSON.stringify(r.issues))
    expect(resultDigest(runModel(r.value))).toBe(DIGESTS[current])
  })
})
