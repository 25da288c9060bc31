import { describe, expect, it } from 'vitest'
import { parseRoute, routeHref } from '@renderer/app/route'

describe('hash routes', () => {
  it('a file open for review has its own route, never the project of that id', () => {
    expect(parseRoute('#/review/p1/financing')).toEqual({ name: 'project', projectId: 'p1', section: 'financing', review: true })
    expect(parseRoute('#/project/p1/financing')).toEqual({ name: 'project', projectId: 'p1', section: 'financing' })
    expect(routeHref({ name: 'project', projectId: 'p1', section: 'sheet', review: true })).toBe('#/review/p1/sheet')
    expect(routeHref({ name: 'project', projectId: 'p1', section: 'sheet' })).toBe('#/project/p1/sheet')
  })

  it('round-trips, and refuses ids that are not ids', () => {
    for (const hash of ['#/review/p1/sheet', '#/project/abc_D-9/results', '#/']) expect(routeHref(parseRoute(hash))).toBe(hash)
    expect(parseRoute('#/review/../x')).toEqual({ name: 'projects' })
  })
  it('#/help is the Methodology page; anything under it is not', () => {
    expect(parseRoute('#/help')).toEqual({ name: 'help' })
    expect(routeHref({ name: 'help' })).toBe('#/help')
    expect(parseRoute('#/help/more')).toEqual({ name: 'projects' })
  })
})
