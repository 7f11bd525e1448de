import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTestApp, type TestApp } from '../helpers/app.js'
import { agendaActors, eventBody, feedEvents, type AgendaActors } from './events-write-fixtures.js'

describe('changing and cancelling events', () => {
  let t: TestApp
  let a: AgendaActors

  beforeAll(async () => {
    t = await buildTestApp({ demo: true })
    a = await agendaActors(t)
  })
  afterAll(async () => { await t?.close() })

  const publish = async (overrides: Record<string, unknown> = {}) => {
    const response = await t.app.inject({ method: 'POST', url: '/api/events', payload: eventBody(a.hostId, overrides), cookies: a.member.cookies })
    expect(response.statusCode, response.body).toBe(201)
    return response.json().id as string
  }
  /** PATCH /api/events/{id} with a part of the Feature. */
  const patchFeature = (id: string, payload: Record<string, unknown>, cookies?: Record<string, string>) =>
    t.app.inject({ method: 'PATCH', url: `/api/events/${id}`, payload, ...(cookies ? { cookies } : {}) })
  /** The same with properties only, as most changes are. */
  const patch = (id: string, properties: Record<string, unknown>, cookies?: Record<string, string>) =>
    patchFeature(id, { properties }, cookies)
  const cancel = (id: string, cookies?: Record<string, string>) =>
    t.app.inject({ method: 'POST', url: `/api/events/${id}/cancel`, ...(cookies ? { cookies } : {}) })
  const stored = async (id: string) => {
    const [row] = await t.database.query<{ title: string; status: string; sequence: number; updated_ms: number }>(sql`
      SELECT title, status, sequence, (extract(epoch FROM updated_at) * 1000)::float8 AS updated_ms FROM events WHERE id = ${id}::uuid`)
    return row!
  }

  it('lets a member of the organiser change an event, raising SEQUENCE and LAST-MODIFIED in the feed', async () => {
    const id = await publish({ title: 'Atelier avant' })
    const before = (await feedEvents(t)).byId.get(id)!
    expect(before.sequence).toBe(0)
    const response = await patch(id, { title: 'Atelier après', start: '2027-03-20T14:00:00+01:00', end: '2027-03-20T16:00:00+01:00' }, a.member.cookies)
    expect(response.statusCode, response.body).toBe(200)
    expect(response.json().properties).toMatchObject({ title: 'Atelier après', start: '2027-03-20T14:00:00+01:00', sequence: 1, status: 'published' })
    expect(response.json().properties.description).toBe('Venez avec votre vélo.')
    const after = (await feedEvents(t)).byId.get(id)!
    expect(after.sequence).toBe(1)
    expect(after.summary).toBe('Atelier après')
    const lastModified = (component: typeof after) => component.component.getFirstPropertyValue('last-modified')!.toString()
    expect(lastModified(after) >= lastModified(before)).toBe(true)
    expect((await patch(id, { price: '5 €', free: false }, a.moderator.cookies)).json().properties.sequence).toBe(2)
  })

  it('re-checks the merged event: a change that breaks it is refused and changes nothing', async () => {
    const id = await publish()
    const response = await patch(id, { end: '2027-03-20T09:00:00+01:00' }, a.member.cookies)
    expect(response.statusCode).toBe(400)
    expect(response.json().errors.map((e: { field: string }) => e.field)).toEqual(['properties.end'])
    expect((await stored(id)).sequence).toBe(0)
    expect((await patch(id, { all_day: true }, a.member.cookies)).statusCode).toBe(400)
    expect((await patch(id, { javascript: 'x' }, a.member.cookies)).statusCode).toBe(400)
    expect((await patchFeature(id, { title: 'À plat' }, a.member.cookies)).statusCode).toBe(400)
    expect((await patch(id, { sequence: 7 }, a.member.cookies)).statusCode).toBe(400)
    expect((await stored(id)).sequence).toBe(0)
  })

  it('replaces the whole place when a place field is named', async () => {
    const id = await publish()
    const response = await patch(id, { online_url: 'https://visio.example.org/atelier' }, a.member.cookies)
    expect(response.statusCode, response.body).toBe(200)
    expect(response.json().geometry).toBeNull()
    expect(response.json().properties).toMatchObject({ online_url: 'https://visio.example.org/atelier', address: '', commune: null })
    const toRoom = await patch(id, { room_id: a.roomId }, a.member.cookies)
    expect(toRoom.statusCode, toRoom.body).toBe(200)
    expect(toRoom.json().properties).toMatchObject({ room_id: a.roomId, online_url: null })
  })

  it('moves an event by its geometry, read back as it was written', async () => {
    const id = await publish()
    const moved = { type: 'Point', coordinates: [0.6889, 47.3902] }
    const alone = await patchFeature(id, { geometry: moved }, a.member.cookies)
    expect(alone.statusCode).toBe(400)
    expect(alone.json().errors.map((e: { field: string }) => e.field).sort()).toEqual(['properties.address', 'properties.commune'])
    const response = await patchFeature(id, {
      type: 'Feature', geometry: moved, properties: { address: '5 place Jean Jaurès, 37000 Tours', commune: '37261' },
    }, a.member.cookies)
    expect(response.statusCode, response.body).toBe(200)
    const read = (await t.app.inject({ url: `/api/events/${id}` })).json()
    expect(read.geometry).toEqual(moved)
    expect(read.properties).toMatchObject({ address: '5 place Jean Jaurès, 37000 Tours', commune: '37261', room_id: null })
  })

  it('turns a series into a single event when its rule is removed', async () => {
    const id = await publish({ rrule: 'FREQ=WEEKLY;COUNT=4', exdates: ['2027-03-27T10:00:00'] })
    const response = await patch(id, { rrule: null }, a.member.cookies)
    expect(response.statusCode, response.body).toBe(200)
    expect(response.json().properties).toMatchObject({ rrule: null, exdates: [] })
  })

  it('answers 401 to a visitor and 403 to a member of another organisation, changing nothing', async () => {
    const id = await publish({ title: 'Intouchable' })
    expect((await patch(id, { title: 'Piraté' })).statusCode).toBe(401)
    expect((await patch(id, { title: 'Piraté' }, a.outsider.cookies)).statusCode).toBe(403)
    expect((await cancel(id)).statusCode).toBe(401)
    expect((await cancel(id, a.outsider.cookies)).statusCode).toBe(403)
    expect(await stored(id)).toMatchObject({ title: 'Intouchable', status: 'published', sequence: 0 })
  })

  it('refuses to give an event to an organisation the member does not belong to', async () => {
    const id = await publish()
    expect((await patch(id, { organiser_id: a.otherId }, a.member.cookies)).statusCode).toBe(403)
    const byModerator = await patch(id, { organiser_id: a.otherId }, a.moderator.cookies)
    expect(byModerator.statusCode, byModerator.body).toBe(200)
    const [other] = await t.database.query<{ name: string }>(sql`SELECT name FROM initiatives WHERE id = ${a.otherId}::uuid`)
    expect(byModerator.json().properties).toMatchObject({ organiser_id: a.otherId, organiser_name: other!.name })
  })

  it('answers 404 for an unknown event', async () => {
    expect((await patch('00000000-0000-4000-8000-000000000000', { title: 'x' }, a.moderator.cookies)).statusCode).toBe(404)
    expect((await cancel('00000000-0000-4000-8000-000000000000', a.moderator.cookies)).statusCode).toBe(404)
  })

  it('cancels an event: kept in the API and the feed with STATUS:CANCELLED and a higher SEQUENCE', async () => {
    const id = await publish({ title: 'Atelier annulé' })
    const response = await cancel(id, a.member.cookies)
    expect(response.statusCode, response.body).toBe(200)
    expect(response.json().properties).toMatchObject({ status: 'cancelled', sequence: 1 })
    expect((await t.app.inject({ url: `/api/events/${id}` })).json().properties.status).toBe('cancelled')
    const vevent = (await feedEvents(t)).byId.get(id)!
    expect(vevent.status).toBe('CANCELLED')
    expect(vevent.sequence).toBe(1)
    const again = await cancel(id, a.moderator.cookies)
    expect(again.statusCode).toBe(200)
    expect(again.json().properties.sequence).toBe(1)
    expect((await patch(id, { title: 'Ressuscité' }, a.member.cookies)).statusCode).toBe(409)
  })

  it('keeps a pending event pending when its organiser\'s member changes it, and refuses to cancel it', async () => {
    const proposed = await t.app.inject({ method: 'POST', url: '/api/events', payload: eventBody(a.hostId, { title: 'Proposée' }) })
    expect(proposed.statusCode).toBe(202)
    const { id } = proposed.json()
    const response = await patch(id, { title: 'Proposée et corrigée' }, a.member.cookies)
    expect(response.statusCode, response.body).toBe(202)
    expect(response.json()).toEqual({ id, status: 'pending', revision_id: null, possible_duplicates: [], notices: [] })
    expect(await stored(id)).toMatchObject({ title: 'Proposée et corrigée', status: 'pending', sequence: 0 })
    expect((await cancel(id, a.member.cookies)).statusCode).toBe(409)
    expect((await t.app.inject({ url: `/api/events/${id}` })).statusCode).toBe(404)
  })
})
