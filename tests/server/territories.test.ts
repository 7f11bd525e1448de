import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTestApp, type TestApp } from '../helpers/app.js'

describe('territory search', () => {
  let t: TestApp
  beforeAll(async () => { t = await buildTestApp() })
  afterAll(async () => { await t?.close() })

  const search = async (q: string, extra = '') => {
    const response = await t.app.inject({ url: `/api/territories?q=${encodeURIComponent(q)}${extra}` })
    expect(response.statusCode).toBe(200)
    return response.json().items as { id: string; name: string; postal_codes: string[]; parents: string[] }[]
  }

  it('finds Tours first when searching "tours"', async () => {
    const [first] = await search('tours')
    expect(first).toMatchObject({ id: 'commune:37261', name: 'Tours' })
    expect(first?.parents).toEqual(['epci:243700754', 'departement:37', 'region:24'])
  })

  it('finds a commune by postal code', async () => {
    const items = await search('37000')
    expect(items.map((i) => i.id)).toContain('commune:37261')
  })

  it('ignores accents and case: "orleans" finds Orléans', async () => {
    const items = await search('ORLEANS')
    expect(items[0]).toMatchObject({ id: 'commune:45234', name: 'Orléans' })
  })

  it('treats hyphens as spaces: "saint pierre des corps"', async () => {
    const items = await search('saint pierre des corps')
    expect(items.map((i) => i.id)).toContain('commune:37233')
  })

  it('finds départements by code and can keep one type', async () => {
    const items = await search('37', '&type=departement')
    expect(items).toEqual([expect.objectContaining({ id: 'departement:37', name: 'Indre-et-Loire' })])
  })

  it('refuses a missing query and unknown parameters with problem+json', async () => {
    const response = await t.app.inject({ url: '/api/territories?limit=500&foo=1' })
    expect(response.statusCode).toBe(400)
    expect(response.headers['content-type']).toContain('application/problem+json')
    const fields = response.json().errors.map((e: { field: string }) => e.field)
    expect(fields).toEqual(expect.arrayContaining(['q', 'limit', 'foo']))
  })
})
