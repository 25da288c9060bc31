import { describe, expect, it } from 'vitest'
import { dec } from '@shared/decimal'
import { runModel } from '@shared/engine'
import { parseProject, type Project } from '@shared/model'
import { chartData } from '@renderer/features/results/chart-data'
import { cardViews } from '@renderer/features/results/metric-cards'
import { capacityToAdd } from '@renderer/features/feedstock/plant-capacity'
import { handProject } from '../../../shared/engine/hand-project'

const withPlant = (): Project => {
  const p = handProject()
  p.plant = { capacities: [{ id: 'plant', routeId: null, tonnesPerYear: '800', availability: '0.9' }] } // 720 t of 1,000 t a year
  const r = parseProject(p)
  if (!r.ok) throw new Error(JSON.stringify(r.issues))
  return r.value
}

describe('Results: plant capacity (methodology §13)', () => {
  it('charts processed, not processed and available tonnes by operating year', () => {
    const data = chartData(runModel(withPlant()), dec('1.3'))
    expect(data.capacity).toEqual([2027, 2028, 2029].map((year) => ({ year, processed: 720, unprocessed: 280, available: 720 })))
    expect(chartData(runModel(handProject()), dec('1.3')).capacity).toBeNull()
  })

  it('adds the utilisation card, with the feed not processed, only when a capacity is set', () => {
    const card = cardViews(runModel(withPlant())).find((c) => c.key === 'capacityUtilisation')
    expect(card).toMatchObject({ label: 'Capacity utilisation', text: '100.0 %', hint: 'average over operations · 840 t not processed (over capacity)' })
    expect(cardViews(runModel(handProject())).some((c) => c.key === 'capacityUtilisation')).toBe(false)
  })

  it('proposes the whole plant first, then each route without a capacity, sized to the nameplate feed it serves', () => {
    const p = handProject()
    expect(capacityToAdd(p, 'c1')).toEqual({ id: 'c1', routeId: null, tonnesPerYear: '1000', availability: '0.9' })
    p.plant = { capacities: [capacityToAdd(p, 'c1')!] }
    expect(capacityToAdd(p, 'c2')).toMatchObject({ routeId: 'hydro', tonnesPerYear: '1000' })
    p.plant.capacities.push(capacityToAdd(p, 'c2')!)
    expect(capacityToAdd(p, 'c3')).toBeNull()
    expect(parseProject(p).ok).toBe(true)
  })
})
