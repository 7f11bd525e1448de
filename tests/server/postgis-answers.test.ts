/**
 * Answers built as text by PostGIS (`json_build_object` … sent as is) skip
 * Fastify's response serialiser, so nothing but this test holds them to the
 * schemas the OpenAPI document shows. Every such answer, read over the demo
 * data and after writes, must pass `Value.Check` against its schema and carry
 * no field the schema does not declare. A new GeoJSON route cannot be
 * forgotten: the last test compares this table with the OpenAPI document.
 */
import type { TSchema } from 'typebox'
import { Value } from 'typebox/value'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EventFeature, OccurrenceCollection } from '../../server/events/schemas.js'
import { PublishedEventAnswer } from '../../server/events/write-schemas.js'
import { InitiativeCollection, InitiativeExport, InitiativeFeature } from '../../server/initiatives/schemas.js'
import { EventItem, EventItems, InitiativeItem, InitiativeItems, RoomItem, RoomItems } from '../../server/ogc/schemas.js'
import { RoomCollection, RoomFeature } from '../../server/rooms/schemas.js'
import { createTestAccount, type TestAccount } from '../helpers/accounts.js'
import { buildTestApp, type TestApp } from '../helpers/app.js'
import { agendaActors, eventBody, WITHOUT_ADDRESS, type AgendaActors } from './events-write-fixtures.js'
import { createOrganisation, roomBody } from './loans-fixtures.js'

/** The schema's complaints about `value`, and the fields it carries that the schema does not declare. */
function contractErrors(schema: TSchema, value: unknown): string[] {
  const errors = [...Value.Errors(schema, value)].map((error) => `${error.instancePath || '/'}: ${error.message}`)
  const declared = Value.Clean(schema, structuredClone(value))
  if (errors.length === 0 && JSON.stringify(declared) !== JSON.stringify(value)) {
    errors.push(`undeclared fields: ${undeclared(declared, value).join(', ')}`)
  }
  return errors
}

function undeclared(declared: unknown, value: unknown, path = ''): string[] {
  if (typeof value !== 'object' || value === null) return []
  const kept = (declared ?? {}) as Record<string, unknown>
  return Object.entries(value).flatMap(([key, item]) =>
    key in kept ? undeclared(kept[key], item, `${path}/${key}`) : [`${path}/${key}`])
}

describe('answers built by PostGIS match their schemas', () => {
  let t: TestApp
  let ids: { initiative: string; room: string; event: string }
  let actors: AgendaActors
  let member: TestAccount

  beforeAll(async () => {
    t = await buildTestApp({ demo: true })
    actors = await agendaActors(t)
    member = await createTestAccount(t, { organisations: [actors.hostId] })
    const first = async (url: string) => (await t.app.inject({ url })).json().features[0].id as string
    ids = {
      initiative: await first('/api/initiatives?limit=1'),
      room: await first('/api/rooms?limit=1'),
      event: (await t.app.inject({ url: '/api/events?limit=1' })).json().features[0].properties.event_id,
    }
  })
  afterAll(async () => { await t?.close() })

  const checked = (schema: TSchema, body: string) => {
    const value: unknown = JSON.parse(body)
    expect(contractErrors(schema, value)).toEqual([])
    return value as { features?: unknown[] }
  }

  const reads: [string, TSchema, () => string][] = [
    ['/api/initiatives', InitiativeCollection, () => '/api/initiatives?limit=3'],
    ['/api/initiatives (searched, in a bbox, by territory)', InitiativeCollection,
      () => '/api/initiatives?q=reparation&bbox=-5,41,10,52&territory=departement:37'],
    ['/api/initiatives.geojson', InitiativeExport, () => '/api/initiatives.geojson?territory=departement:37'],
    ['/api/initiatives/{id}', InitiativeFeature, () => `/api/initiatives/${ids.initiative}`],
    ['/api/rooms', RoomCollection, () => '/api/rooms?limit=3'],
    ['/api/rooms/{id}', RoomFeature, () => `/api/rooms/${ids.room}`],
    ['/api/events', OccurrenceCollection, () => '/api/events?limit=5'],
    ['/api/events/{id}', EventFeature, () => `/api/events/${ids.event}`],
    ['/ogc/collections/initiatives/items', InitiativeItems, () => '/ogc/collections/initiatives/items?limit=3'],
    ['/ogc/collections/initiatives/items/{featureId}', InitiativeItem, () => `/ogc/collections/initiatives/items/${ids.initiative}`],
    ['/ogc/collections/rooms/items', RoomItems, () => '/ogc/collections/rooms/items?limit=3'],
    ['/ogc/collections/rooms/items/{featureId}', RoomItem, () => `/ogc/collections/rooms/items/${ids.room}`],
    ['/ogc/collections/events/items', EventItems, () => '/ogc/collections/events/items?limit=5'],
    ['/ogc/collections/events/items/{featureId}', EventItem, () => `/ogc/collections/events/items/${ids.event}`],
  ]

  it.each(reads)('GET %s', async (_route, schema, url) => {
    const response = await t.app.inject({ url: url() })
    expect(response.statusCode, response.body).toBe(200)
    const page = checked(schema, response.body)
    if (page.features) expect(page.features.length).toBeGreaterThan(0)
  })

  it('POST /api/rooms and PATCH /api/rooms/{id} answer the room Feature', async () => {
    const host = await createOrganisation(t, 'Tiers-lieu du contrat')
    const owner = await createTestAccount(t, { organisations: [host] })
    const created = await t.app.inject({ method: 'POST', url: '/api/rooms', payload: roomBody(host), cookies: owner.cookies })
    expect(created.statusCode, created.body).toBe(201)
    const id = (checked(RoomFeature, created.body) as { id: string }).id
    const changed = await t.app.inject({ method: 'PATCH', url: `/api/rooms/${id}`, payload: { properties: { capacity: 12 } }, cookies: owner.cookies })
    expect(changed.statusCode, changed.body).toBe(200)
    checked(RoomFeature, changed.body)
  })

  it('POST /api/events answers the published event, online ones with a null geometry', async () => {
    const placed = await t.app.inject({ method: 'POST', url: '/api/events', payload: eventBody(actors.hostId), cookies: member.cookies })
    expect(placed.statusCode, placed.body).toBe(201)
    checked(PublishedEventAnswer, placed.body)
    const online = await t.app.inject({
      method: 'POST', url: '/api/events', cookies: member.cookies,
      payload: eventBody(actors.hostId, { ...WITHOUT_ADDRESS, online_url: 'https://visio.example.org/atelier' }, null),
    })
    expect(online.statusCode, online.body).toBe(201)
    const answer = checked(PublishedEventAnswer, online.body) as { id: string; geometry: unknown }
    expect(answer.geometry).toBeNull()
    checked(EventFeature, (await t.app.inject({ url: `/api/events/${answer.id}` })).body)
    checked(EventItem, (await t.app.inject({ url: `/ogc/collections/events/items/${answer.id}` })).body)
  })

  it('covers every GeoJSON read of the OpenAPI document', async () => {
    const document = (await t.app.inject({ url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, { responses?: Record<string, { content?: Record<string, unknown> }> }>>
    }
    const geojsonReads = Object.entries(document.paths)
      .filter(([, operations]) => Object.keys(operations.get?.responses?.['200']?.content ?? {}).includes('application/geo+json'))
      .map(([path]) => path)
    const tested = new Set(reads.map(([route]) => route.split(' ')[0]))
    expect(geojsonReads.filter((path) => !tested.has(path))).toEqual([])
  })
})
