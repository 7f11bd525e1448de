/**
 * OGC API – Features, the metadata: landing page, conformance, collections
 * with extents computed from the data, queryables, the OpenAPI document,
 * errors and CORS. Links come from PUBLIC_URL whatever Host a request gives.
 */
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTestApp, type TestApp } from '../../helpers/app.js'

const PUBLIC_URL = 'https://carte.example.org'
const ROOT = 'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf'

interface Link { href: string; rel: string; type?: string }

describe('the OGC API metadata on the demo data', () => {
  let t: TestApp
  beforeAll(async () => { t = await buildTestApp({ demo: true, env: { PUBLIC_URL } }) })
  afterAll(async () => { await t?.close() })

  const get = async (url: string, headers: Record<string, string> = {}) => {
    const response = await t.app.inject({ url, headers })
    return { response, body: response.json() }
  }
  const rel = (links: Link[], name: string) => links.find((link) => link.rel === name)

  it('lists on its landing page the links a client starts from, all under PUBLIC_URL even when the Host header says otherwise', async () => {
    const { response, body } = await get('/ogc', { host: 'evil.example', 'x-forwarded-host': 'evil.example' })
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toContain('application/json')
    expect(response.headers['access-control-allow-origin']).toBe('*')
    expect(rel(body.links, 'self')?.href).toBe(`${PUBLIC_URL}/ogc`)
    expect(rel(body.links, 'service-desc')).toEqual(expect.objectContaining({
      href: `${PUBLIC_URL}/api/openapi.json`, type: 'application/vnd.oai.openapi+json;version=3.0',
    }))
    expect(rel(body.links, 'service-doc')?.href).toBe(`${PUBLIC_URL}/api/docs`)
    expect(rel(body.links, 'conformance')?.href).toBe(`${PUBLIC_URL}/ogc/conformance`)
    expect(rel(body.links, 'data')?.href).toBe(`${PUBLIC_URL}/ogc/collections`)
    expect(JSON.stringify(body)).not.toContain('evil.example')
  })

  it('declares the core, GeoJSON, OpenAPI 3.0 and queryables conformance classes', async () => {
    const { body } = await get('/ogc/conformance')
    expect(body.conformsTo).toEqual(expect.arrayContaining([`${ROOT}/core`, `${ROOT}/geojson`, `${ROOT}/oas30`,
      'http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables']))
  })

  it('lists initiatives, rooms and events, each with its items link and the extent of its published data', async () => {
    const { body } = await get('/ogc/collections')
    expect(body.collections.map((c: { id: string }) => c.id)).toEqual(['initiatives', 'rooms', 'events'])
    const [box] = await t.database.query<{ min_lon: number; max_lat: number }>(sql`
      SELECT ST_XMin(ST_Extent(location))::float8 AS min_lon, ST_YMax(ST_Extent(location))::float8 AS max_lat
      FROM initiatives WHERE status = 'published'`)
    const initiatives = body.collections[0]
    expect(initiatives.extent.spatial.crs).toBe('http://www.opengis.net/def/crs/OGC/1.3/CRS84')
    expect(initiatives.extent.spatial.bbox[0][0]).toBeCloseTo(box!.min_lon, 6)
    expect(initiatives.extent.spatial.bbox[0][3]).toBeCloseTo(box!.max_lat, 6)
    for (const collection of body.collections) {
      expect(rel(collection.links, 'items')).toEqual({
        href: `${PUBLIC_URL}/ogc/collections/${collection.id}/items`, rel: 'items', type: 'application/geo+json', title: expect.any(String),
      })
    }
  })

  it('gives the events collection the temporal extent of the published events, open when a recurrence never ends', async () => {
    const { body } = await get('/ogc/collections/events')
    const [span] = await t.database.query<{ first: string; open: boolean }>(sql`
      SELECT to_json(min(start)) #>> '{}' AS first, bool_or(last_end IS NULL) AS open FROM events WHERE status = 'published'`)
    const [[from, to]] = body.extent.temporal.interval
    expect(new Date(from).getTime()).toBe(new Date(span!.first).getTime())
    expect(span!.open ? to : typeof to).toBe(span!.open ? null : 'string')
    expect(body.description).toMatch(/un objet par événement avec sa récurrence/)
  })

  it('describes the filterable fields of each collection as a JSON Schema (queryables)', async () => {
    const { response, body } = await get('/ogc/collections/initiatives/queryables')
    expect(response.headers['content-type']).toContain('application/schema+json')
    expect(body).toMatchObject({ type: 'object', $id: `${PUBLIC_URL}/ogc/collections/initiatives/queryables` })
    expect(Object.keys(body.properties)).toEqual(expect.arrayContaining(['geometry', 'category', 'legal_form', 'territory']))
    const events = (await get('/ogc/collections/events/queryables')).body
    expect(Object.keys(events.properties)).toEqual(expect.arrayContaining(['datetime', 'kind', 'programme']))
  })

  it('is described by the OpenAPI document, with the limit and the filters of each collection', async () => {
    const { body } = await get('/api/openapi.json')
    for (const path of ['/ogc', '/ogc/conformance', '/ogc/collections', '/ogc/collections/events/items/{featureId}']) {
      expect(body.paths[path]?.get).toBeDefined()
    }
    const names = (path: string) => body.paths[path].get.parameters.map((p: { name: string }) => p.name)
    expect(names('/ogc/collections/initiatives/items')).toEqual(expect.arrayContaining(['bbox', 'bbox-crs', 'limit', 'category', 'legal_form', 'territory', 'q']))
    expect(names('/ogc/collections/events/items')).toEqual(expect.arrayContaining(['datetime', 'kind', 'programme']))
    const limit = body.paths['/ogc/collections/rooms/items'].get.parameters.find((p: { name: string }) => p.name === 'limit')
    expect(limit.schema).toMatchObject({ minimum: 1, default: 10 })
  })

  it('answers 404 in problem+json for an unknown collection or feature', async () => {
    for (const url of ['/ogc/collections/unknown', '/ogc/collections/unknown/items',
      '/ogc/collections/initiatives/items/00000000-0000-4000-8000-000000000000', '/ogc/collections/rooms/items/not-an-id']) {
      const { response, body } = await get(url)
      expect(response.statusCode, url).toBe(404)
      expect(response.headers['content-type']).toContain('application/problem+json')
      expect(body.status).toBe(404)
    }
  })

  it('does not show a pending initiative as a feature', async () => {
    const [pending] = await t.database.query<{ id: string }>(sql`SELECT id::text AS id FROM initiatives WHERE status <> 'published' LIMIT 1`)
    expect(pending).toBeDefined()
    expect((await get(`/ogc/collections/initiatives/items/${pending!.id}`)).response.statusCode).toBe(404)
  })

  it('answers one feature with its self and collection links', async () => {
    const [published] = await t.database.query<{ id: string; name: string }>(sql`
      SELECT id::text AS id, name FROM initiatives WHERE status = 'published' ORDER BY id LIMIT 1`)
    const { response, body } = await get(`/ogc/collections/initiatives/items/${published!.id}`)
    expect(response.headers['content-type']).toContain('application/geo+json')
    expect(body).toMatchObject({ type: 'Feature', id: published!.id, properties: { name: published!.name } })
    expect(rel(body.links, 'self')?.href).toBe(`${PUBLIC_URL}/ogc/collections/initiatives/items/${published!.id}`)
    expect(rel(body.links, 'collection')?.href).toBe(`${PUBLIC_URL}/ogc/collections/initiatives`)
  })
})
