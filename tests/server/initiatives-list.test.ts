import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTestApp, type TestApp } from '../helpers/app.js'

interface Feature {
  type: 'Feature'
  id: string
  geometry: { type: 'Point'; coordinates: [number, number] }
  properties: Record<string, unknown>
}
interface Collection {
  type: 'FeatureCollection'
  numberMatched: number
  numberReturned: number
  links: { href: string; rel: string; type?: string }[]
  features: Feature[]
}

/** Around Tours, Saint-Pierre-des-Corps and Joué-lès-Tours. */
const TOURS: [number, number, number, number] = [0.6, 47.33, 0.76, 47.45]

describe('GET /api/initiatives on the demo data', () => {
  let t: TestApp
  let publishedIds: string[]
  beforeAll(async () => {
    t = await buildTestApp({ demo: true })
    const rows = await t.database.query<{ id: string }>(sql`
      SELECT id::text AS id FROM initiatives WHERE status = 'published' ORDER BY id`)
    publishedIds = rows.map((r) => r.id)
  })
  afterAll(async () => { await t?.close() })

  const list = async (query: string): Promise<Collection> => {
    const response = await t.app.inject({ url: `/api/initiatives${query}` })
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toContain('application/geo+json')
    return response.json()
  }

  it('answers a GeoJSON FeatureCollection with numberMatched, numberReturned and links', async () => {
    const body = await list('')
    expect(body.type).toBe('FeatureCollection')
    expect(body.numberMatched).toBe(publishedIds.length)
    expect(body.numberReturned).toBe(body.features.length)
    expect(body.links).toEqual(expect.arrayContaining([expect.objectContaining({ rel: 'self', type: 'application/geo+json' })]))
    expect(body.features[0]).toMatchObject({ type: 'Feature', geometry: { type: 'Point' } })
  })

  it('keeps to the bbox: around Tours only points inside it', async () => {
    const [minLon, minLat, maxLon, maxLat] = TOURS
    const body = await list(`?bbox=${TOURS.join(',')}`)
    const [inside] = await t.database.query<{ n: number }>(sql`
      SELECT count(*)::int AS n FROM initiatives
      WHERE status = 'published' AND ST_Intersects(location, ST_MakeEnvelope(${minLon}, ${minLat}, ${maxLon}, ${maxLat}, 4326))`)
    expect(body.features.length).toBeGreaterThan(0)
    expect(body.features.length).toBeLessThan(publishedIds.length)
    expect(body.numberMatched).toBe(inside?.n)
    for (const { geometry: { coordinates: [lon, lat] } } of body.features) {
      expect(lon).toBeGreaterThanOrEqual(minLon)
      expect(lon).toBeLessThanOrEqual(maxLon)
      expect(lat).toBeGreaterThanOrEqual(minLat)
      expect(lat).toBeLessThanOrEqual(maxLat)
    }
  })

  it('walks every published initiative exactly once by following the next links', async () => {
    const seen: string[] = []
    let url: string | undefined = '?limit=20'
    let pages = 0
    while (url !== undefined) {
      const body = await list(url)
      expect(body.features.length).toBeLessThanOrEqual(20)
      seen.push(...body.features.map((f) => f.id))
      const next = body.links.find((l) => l.rel === 'next')?.href
      url = next?.replace(/^\/api\/initiatives/, '')
      if (++pages > 50) throw new Error('the next links never end')
    }
    expect(pages).toBe(Math.ceil(publishedIds.length / 20))
    expect(new Set(seen).size).toBe(seen.length)
    expect([...seen].sort()).toEqual(publishedIds)
  })

  it('never shows an initiative that waits for moderation', async () => {
    const pending = await t.database.query<{ id: string; name: string }>(sql`
      SELECT id::text AS id, name FROM initiatives WHERE status = 'pending'`)
    expect(pending).toHaveLength(2)
    const text = (await t.app.inject({ url: '/api/initiatives?limit=5000' })).body
    for (const { id, name } of pending) {
      expect(text).not.toContain(id)
      expect(text).not.toContain(JSON.stringify(name).slice(1, -1))
    }
  })

  it('never shows an e-mail address its owner kept private', async () => {
    const privateEmails = await t.database.query<{ email: string }>(sql`
      SELECT email FROM initiatives WHERE status = 'published' AND email IS NOT NULL AND NOT email_public`)
    expect(privateEmails.length).toBeGreaterThan(0)
    const body = await list('?limit=5000')
    expect(body.features).toHaveLength(publishedIds.length)
    const text = JSON.stringify(body)
    for (const { email } of privateEmails) expect(text).not.toContain(email)
    expect(body.features.some((f) => typeof f.properties.email === 'string')).toBe(true)
  })

  it('names the commune, département and région of every initiative', async () => {
    const body = await list('?limit=5000')
    for (const { properties } of body.features) {
      expect(properties).toMatchObject({
        commune_name: expect.stringMatching(/\S/),
        departement: expect.stringMatching(/^\w{2,3}$/),
        region: expect.stringMatching(/^\d{2}$/),
      })
    }
    const inTours = body.features.find((f) => f.properties.commune === '37261')
    expect(inTours?.properties).toMatchObject({ commune_name: 'Tours', departement: '37', region: '24' })
  })

  it.each([
    ['bbox=1,2,3', 'bbox'],
    ['bbox=a,b,c,d', 'bbox'],
    ['bbox=-200,0,10,10', 'bbox'],
    ['bbox=10,10,0,0', 'bbox'],
    ['limit=1000000', 'limit'],
    ['limit=0', 'limit'],
    ['cursor=garbage', 'cursor'],
    ['foo=1', 'foo'],
  ])('refuses %s with a 400 problem naming %s', async (query, field) => {
    const response = await t.app.inject({ url: `/api/initiatives?${query}` })
    expect(response.statusCode).toBe(400)
    expect(response.headers['content-type']).toContain('application/problem+json')
    const problem = response.json()
    expect(problem).toMatchObject({ status: 400, title: expect.any(String), detail: expect.any(String) })
    expect(problem.errors.map((e: { field: string }) => e.field)).toContain(field)
  })
})
