import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTestApp, type TestApp } from '../helpers/app.js'
import { createTestAccount, type TestAccount } from '../helpers/accounts.js'
import { createOrganisation, problemFields, roomBody, TOURS } from './loans-fixtures.js'

describe('rooms managed by their host', () => {
  let t: TestApp
  let orgA: string
  let orgB: string
  let memberA: TestAccount
  let memberB: TestAccount
  let moderator: TestAccount

  beforeAll(async () => {
    t = await buildTestApp()
    orgA = await createOrganisation(t, 'Tiers-lieu A')
    orgB = await createOrganisation(t, 'Association B')
    memberA = await createTestAccount(t, { organisations: [orgA] })
    memberB = await createTestAccount(t, { organisations: [orgB] })
    moderator = await createTestAccount(t, { role: 'moderator' })
  })
  afterAll(async () => { await t?.close() })

  const create = (payload: unknown, account?: TestAccount) =>
    t.app.inject({ method: 'POST', url: '/api/rooms', payload: payload as object, cookies: account?.cookies })
  const patch = (id: string, payload: unknown, account?: TestAccount) =>
    t.app.inject({ method: 'PATCH', url: `/api/rooms/${id}`, payload: payload as object, cookies: account?.cookies })
  const roomCount = async () => (await t.database.query<{ n: number }>(sql`SELECT count(*)::int AS n FROM rooms`))[0]!.n
  const createdRoom = async (properties: Record<string, unknown> = {}) => {
    const response = await create(roomBody(orgA, properties), memberA)
    expect(response.statusCode, response.body).toBe(201)
    return response.json().id as string
  }

  it('lets a member of the host add a room, answered as the Feature GET gives, with its territories', async () => {
    const response = await create(roomBody(orgA, { name: 'Salle des fêtes', surface: 85.5 }), memberA)
    expect(response.statusCode, response.body).toBe(201)
    expect(response.headers['content-type']).toContain('application/geo+json')
    const room = response.json()
    expect(response.headers.location).toBe(`/api/rooms/${room.id}`)
    expect(room).toMatchObject({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: TOURS.point },
      properties: {
        name: 'Salle des fêtes', host_id: orgA, host_name: 'Tiers-lieu A', commune: '37261', commune_name: 'Tours',
        capacity: 40, surface: 85.5, equipment: ['sono', 'tables'], step_free: true, free: false, status: 'published',
      },
    })
    expect((await t.app.inject({ url: `/api/rooms/${room.id}` })).json()).toEqual(room)
    const inTouraine = (await t.app.inject({ url: '/api/rooms?territory=departement:37' })).json()
    expect(inTouraine.features.map((f: { id: string }) => f.id)).toContain(room.id)
  })

  it('lets a moderator add a room for any organisation', async () => {
    const response = await create(roomBody(orgB, { name: 'Salle du conseil' }), moderator)
    expect(response.statusCode, response.body).toBe(201)
    expect(response.json().properties.host_id).toBe(orgB)
  })

  it('refuses a room from someone signed out (401) or from a member of another organisation (403), storing nothing', async () => {
    const before = await roomCount()
    expect(problemFields(await create(roomBody(orgA)), 401)).toEqual([])
    expect(problemFields(await create(roomBody(orgA), memberB), 403)).toEqual([])
    expect(await roomCount()).toBe(before)
  })

  it('refuses unknown equipment, naming it, and stores nothing', async () => {
    const before = await roomCount()
    const response = await create(roomBody(orgA, { equipment: ['wifi', 'jacuzzi'] }), memberA)
    expect(problemFields(response, 400)).toEqual(['properties.equipment'])
    expect(response.json().detail).toContain('"jacuzzi"')
    expect(response.json().detail).not.toContain('"wifi"')
    expect(await roomCount()).toBe(before)
  })

  it('names each bad field: capacity below 1, point out of range, swapped or outside France, unknown commune, unknown field', async () => {
    const before = await roomCount()
    expect(problemFields(await create(roomBody(orgA, { capacity: 0 }), memberA), 400)).toEqual(['properties.capacity'])
    expect(problemFields(await create(roomBody(orgA, {}, [200, 47.39]), memberA), 400)).toEqual(['geometry.coordinates'])
    expect(problemFields(await create(roomBody(orgA, {}, [0.68, -91]), memberA), 400)).toEqual(['geometry.coordinates'])
    const swapped = await create(roomBody(orgA, {}, [47.39, 0.68]), memberA)
    expect(problemFields(swapped, 400)).toEqual(['geometry.coordinates'])
    expect(swapped.json().detail).toContain('coordinates look swapped ([lat, lon])')
    expect(problemFields(await create(roomBody(orgA, {}, [13.4, 52.5]), memberA), 400)).toEqual(['geometry.coordinates'])
    expect(problemFields(await create(roomBody(orgA, { commune: '99999' }), memberA), 400)).toEqual(['properties.commune'])
    expect(problemFields(await create(roomBody(orgA, { host_name: 'Moi' }), memberA), 400)).toEqual(['properties.host_name'])
    const noName = roomBody(orgA)
    delete (noName.properties as { name?: string }).name
    expect(problemFields(await create(noName, memberA), 400)).toEqual(['properties.name'])
    expect(await roomCount()).toBe(before)
  })

  it('lets a member of the host change a room partly, its point too', async () => {
    const id = await createdRoom()
    const response = await patch(id, {
      geometry: { type: 'Point', coordinates: [0.69, 47.4] },
      properties: { capacity: 12, equipment: ['videoprojecteur'], free: true },
    }, memberA)
    expect(response.statusCode, response.body).toBe(200)
    expect(response.json()).toMatchObject({
      id, geometry: { coordinates: [0.69, 47.4] },
      properties: { name: 'Salle des fêtes', capacity: 12, equipment: ['videoprojecteur'], free: true, step_free: true },
    })
  })

  it("does not let a member of organisation B change organisation A's room (403), nor someone signed out (401)", async () => {
    const id = await createdRoom({ name: 'Salle de A' })
    expect(problemFields(await patch(id, { properties: { name: 'Salle de B' } }, memberB), 403)).toEqual([])
    expect(problemFields(await patch(id, { properties: { name: 'Salle de B' } }), 401)).toEqual([])
    expect((await t.app.inject({ url: `/api/rooms/${id}` })).json().properties.name).toBe('Salle de A')
  })

  it('answers 404 to a change of an unknown room and 400 naming unknown equipment in a change', async () => {
    expect(problemFields(await patch('5b0c7d0e-0000-4000-8000-000000000000', { properties: { capacity: 3 } }, memberA), 404)).toEqual([])
    const id = await createdRoom()
    expect(problemFields(await patch(id, { properties: { equipment: ['piano'] } }, memberA), 400)).toEqual(['properties.equipment'])
    expect((await t.app.inject({ url: `/api/rooms/${id}` })).json().properties.equipment).toEqual(['sono', 'tables'])
  })

  it('hides a room from everyone but the members of its host and moderators, then publishes it again', async () => {
    const id = await createdRoom({ name: 'Salle à cacher' })
    expect((await patch(id, { properties: { status: 'hidden' } }, memberA)).json().properties.status).toBe('hidden')
    expect((await t.app.inject({ url: `/api/rooms/${id}` })).statusCode).toBe(404)
    expect((await t.app.inject({ url: `/api/rooms/${id}`, cookies: memberB.cookies })).statusCode).toBe(404)
    const seenByHost = await t.app.inject({ url: `/api/rooms/${id}`, cookies: memberA.cookies })
    expect(seenByHost.statusCode).toBe(200)
    expect(seenByHost.headers['cache-control']).toContain('private')
    expect((await t.app.inject({ url: `/api/rooms/${id}`, cookies: moderator.cookies })).statusCode).toBe(200)
    const listed = async () => (await t.app.inject({ url: '/api/rooms' })).json().features.map((f: { id: string }) => f.id)
    expect(await listed()).not.toContain(id)

    expect((await patch(id, { properties: { status: 'published' } }, memberA)).statusCode).toBe(200)
    expect((await t.app.inject({ url: `/api/rooms/${id}` })).statusCode).toBe(200)
    expect(await listed()).toContain(id)
  })

  it('documents the room writes and the loans in the OpenAPI document', async () => {
    const paths = (await t.app.inject({ url: '/api/openapi.json' })).json().paths
    expect(Object.keys(paths['/api/rooms'])).toContain('post')
    expect(Object.keys(paths['/api/rooms/{id}'])).toContain('patch')
    expect(Object.keys(paths)).toEqual(expect.arrayContaining([
      '/api/rooms/{id}/loans', '/api/loans', '/api/loans/{id}/approve', '/api/loans/{id}/decline', '/api/loans/{id}/cancel',
    ]))
  })

  it('creates a room hidden from the start when asked', async () => {
    const id = await createdRoom({ status: 'hidden' })
    expect((await t.app.inject({ url: `/api/rooms/${id}` })).statusCode).toBe(404)
  })

  it("lists an organisation's rooms with host=, its hidden ones only to its members", async () => {
    const shown = await createdRoom({ name: 'Salle ouverte' })
    const hidden = await createdRoom({ name: 'Salle en travaux', status: 'hidden' })
    const ids = async (account?: TestAccount) => {
      const response = await t.app.inject({ url: `/api/rooms?host=${orgA}&limit=5000`, cookies: account?.cookies })
      expect(response.statusCode, response.body).toBe(200)
      return response.json().features.map((room: { id: string; properties: { host_id: string } }) => {
        expect(room.properties.host_id).toBe(orgA)
        return room.id
      })
    }
    const forMember = await ids(memberA)
    expect(forMember).toEqual(expect.arrayContaining([shown, hidden]))
    const forOthers = [...(await ids()), ...(await ids(memberB))]
    expect(forOthers).toContain(shown)
    expect(forOthers).not.toContain(hidden)
    expect((await t.app.inject({ url: '/api/rooms?limit=5000', cookies: memberA.cookies })).json().features
      .map((room: { id: string }) => room.id)).not.toContain(hidden)
    const bad = await t.app.inject({ url: '/api/rooms?host=not-an-id' })
    expect(bad.statusCode).toBe(400)
    expect(bad.body).toContain('host')
  })
})
