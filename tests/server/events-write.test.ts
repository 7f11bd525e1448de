import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTestApp, type TestApp } from '../helpers/app.js'
import { icalJsOccurrences } from './feeds/ical-parsers.js'
import { agendaActors, eventBody, feedEvents, WITHOUT_ADDRESS, type AgendaActors } from './events-write-fixtures.js'

// Times are compared as written with offsets or as instants, never through the
// process zone: this file also runs under TZ=America/Montreal.

const march2027 = `from=${encodeURIComponent('2027-03-01T00:00:00+01:00')}&to=${encodeURIComponent('2027-07-01T00:00:00+02:00')}`

describe('publishing events through the API', () => {
  let t: TestApp
  let a: AgendaActors

  beforeAll(async () => {
    t = await buildTestApp({ demo: true })
    a = await agendaActors(t)
  })
  afterAll(async () => { await t?.close() })

  const post = (body: Record<string, unknown>, cookies?: Record<string, string>, remoteAddress?: string) =>
    t.app.inject({ method: 'POST', url: '/api/events', payload: body, ...(cookies ? { cookies } : {}), ...(remoteAddress ? { remoteAddress } : {}) })

  const occurrencesOf = async (id: string) => {
    const response = await t.app.inject({ url: `/api/events?${march2027}&limit=5000` })
    expect(response.statusCode, response.body).toBe(200)
    const { features } = response.json() as { features: { properties: { event_id: string; occurrence_start: string; occurrence_end: string } }[] }
    return features.filter((f) => f.properties.event_id === id).map((f) => f.properties)
  }

  it('publishes a timed event of a member\'s organisation at once (201 and its Location), as GET /api/events/{id} gives it', async () => {
    const response = await post(eventBody(a.hostId), a.member.cookies)
    expect(response.statusCode, response.body).toBe(201)
    expect(response.headers['content-type']).toContain('application/geo+json')
    const created = response.json()
    expect(created.properties).toMatchObject({
      title: 'Atelier réparation de vélos', start: '2027-03-20T10:00:00+01:00', end: '2027-03-20T12:00:00+01:00',
      timezone: 'Europe/Paris', all_day: false, organiser_id: a.hostId, organiser_name: a.hostName, status: 'published', sequence: 0,
      commune: '37261', address: '12 rue Nationale, 37000 Tours', categories: ['mobilite'],
    })
    expect(created.geometry).toEqual({ type: 'Point', coordinates: [0.6848, 47.3941] })
    expect(created.notices).toEqual([])
    expect(response.headers.location).toBe(`/api/events/${created.id}`)
    const read = await t.app.inject({ url: response.headers.location as string })
    const { notices: _notices, ...feature } = created
    expect(read.json()).toEqual(feature)
    expect(await occurrencesOf(created.id)).toEqual([
      expect.objectContaining({ occurrence_start: '2027-03-20T10:00:00+01:00', occurrence_end: '2027-03-20T12:00:00+01:00' }),
    ])
    const { byId } = await feedEvents(t)
    expect(byId.get(created.id)?.summary).toBe('Atelier réparation de vélos')
  })

  it('publishes an all-day event with an exclusive end date', async () => {
    const response = await post(eventBody(a.hostId, { title: 'Fête de la coopérative', all_day: true, start: '2027-06-12', end: '2027-06-14', kind: 'festif' }), a.member.cookies)
    expect(response.statusCode, response.body).toBe(201)
    const created = response.json()
    expect(created.properties).toMatchObject({ all_day: true, start: '2027-06-12', end: '2027-06-14' })
    expect(await occurrencesOf(created.id)).toEqual([expect.objectContaining({ occurrence_start: '2027-06-12', occurrence_end: '2027-06-14' })])
    const vevent = (await feedEvents(t)).byId.get(created.id)!
    expect(vevent.start.isDate).toBe(true)
    expect(vevent.start.toString()).toBe('2027-06-12')
    expect(vevent.end.toString()).toBe('2027-06-14')
  })

  it('publishes a weekly event on Tuesdays until June with one exception, expanded in Paris time across the change of time', async () => {
    const response = await post(eventBody(a.hostId, {
      title: 'Permanence du mardi', start: '2027-03-16T18:00:00+01:00', end: '2027-03-16T20:00:00+01:00',
      rrule: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20270629', exdates: ['2027-04-06T18:00:00'],
    }), a.member.cookies)
    expect(response.statusCode, response.body).toBe(201)
    const created = response.json()
    expect(created.properties.exdates).toEqual(['2027-04-06T18:00:00'])
    const starts = (await occurrencesOf(created.id)).map((o) => o.occurrence_start)
    expect(starts).toHaveLength(16 - 1)
    expect(starts.slice(0, 4)).toEqual(['2027-03-16T18:00:00+01:00', '2027-03-23T18:00:00+01:00', '2027-03-30T18:00:00+02:00', '2027-04-13T18:00:00+02:00'])
    expect(starts.at(-1)).toBe('2027-06-29T18:00:00+02:00')
    const vevent = (await feedEvents(t)).byId.get(created.id)!
    expect(vevent.rrule).toContain('FREQ=WEEKLY')
    const fromFeed = icalJsOccurrences(vevent.event, 100).map(({ start }) => start.toJSDate().toISOString())
    expect(fromFeed).toHaveLength(15)
    expect(fromFeed).not.toContain(new Date('2027-04-06T16:00:00Z').toISOString())
    expect(fromFeed[2]).toBe(new Date('2027-03-30T16:00:00Z').toISOString())
  })

  it('publishes an online event without geometry', async () => {
    const body = eventBody(a.hostId, { ...WITHOUT_ADDRESS, title: 'Webinaire finance solidaire', online_url: 'https://visio.example.org/finance' }, null)
    const response = await post(body, a.member.cookies)
    expect(response.statusCode, response.body).toBe(201)
    const created = response.json()
    expect(created.geometry).toBeNull()
    expect(created.properties).toMatchObject({ online_url: 'https://visio.example.org/finance', address: '', commune: null })
    expect((await feedEvents(t)).byId.has(created.id)).toBe(true)
  })

  it('places an event in a room with the room\'s point and address, without booking it', async () => {
    const moderatorPost = await post(eventBody(a.otherId, { ...WITHOUT_ADDRESS, room_id: a.roomId }, null), a.moderator.cookies)
    expect(moderatorPost.statusCode, moderatorPost.body).toBe(201)
    const created = moderatorPost.json()
    const [room] = await t.database.query<{ lon: number; lat: number; address: string; commune: string }>(sql`
      SELECT ST_X(location) AS lon, ST_Y(location) AS lat, address, commune FROM rooms WHERE id = ${a.roomId}::uuid`)
    expect(created.geometry.coordinates).toEqual([room!.lon, room!.lat])
    expect(created.properties).toMatchObject({ room_id: a.roomId, address: room!.address, commune: room!.commune })
    expect(created.notices).toEqual(['room_not_booked'])
    const [loans] = await t.database.query<{ n: number }>(sql`SELECT count(*)::int AS n FROM loans WHERE room_id = ${a.roomId}::uuid
      AND start >= '2027-03-20' AND start < '2027-03-21'`)
    expect(loans!.n).toBe(0)

    const byHost = await post(eventBody(a.hostId, { ...WITHOUT_ADDRESS, room_id: a.roomId }, null), a.member.cookies)
    expect(byHost.statusCode, byHost.body).toBe(201)
    expect(byHost.json().notices).toEqual([])
  })

  it('places an event at an initiative\'s address', async () => {
    const response = await post(eventBody(a.hostId, { ...WITHOUT_ADDRESS, place_initiative_id: a.hostId }, null), a.member.cookies)
    expect(response.statusCode, response.body).toBe(201)
    const [host] = await t.database.query<{ lon: number; lat: number; address: string }>(sql`
      SELECT ST_X(location) AS lon, ST_Y(location) AS lat, address FROM initiatives WHERE id = ${a.hostId}::uuid`)
    expect(response.json().geometry.coordinates).toEqual([host!.lon, host!.lat])
    expect(response.json().properties.address).toBe(host!.address)
  })

  it('keeps an anonymous proposal pending (202) and off the agenda, its feeds and its page until a moderator approves it from the queue', async () => {
    const response = await post(eventBody(null, { title: 'Proposition anonyme', proposer_email: 'voisine@example.org', programmes: [] }))
    expect(response.statusCode, response.body).toBe(202)
    const { id, status } = response.json()
    expect(status).toBe('pending')
    const [row] = await t.database.query<{ status: string; proposer_email: string }>(sql`SELECT status, proposer_email FROM events WHERE id = ${id}::uuid`)
    expect(row).toEqual({ status: 'pending', proposer_email: 'voisine@example.org' })
    expect(await occurrencesOf(id)).toEqual([])
    expect((await t.app.inject({ url: `/api/events/${id}` })).statusCode).toBe(404)
    expect((await t.app.inject({ url: `/feeds/events/${id}.ics` })).statusCode).toBe(404)
    expect((await feedEvents(t)).byId.has(id)).toBe(false)
    const atom = await t.app.inject({ url: '/feeds/events.atom' })
    expect(atom.body).not.toContain(id)

    const queue = await t.app.inject({ url: '/api/moderation/queue?kind=events&limit=200', cookies: a.moderator.cookies })
    expect(queue.json().items.map((item: { id: string }) => item.id)).toContain(id)
    const approved = await t.app.inject({ method: 'POST', url: `/api/moderation/events/${id}/approve`, payload: {}, cookies: a.moderator.cookies })
    expect(approved.statusCode, approved.body).toBeLessThan(300)
    expect(await occurrencesOf(id)).toHaveLength(1)
    expect((await feedEvents(t)).byId.has(id)).toBe(true)
  })

  it('keeps a member\'s event for another organisation pending', async () => {
    const response = await post(eventBody(a.hostId), a.outsider.cookies)
    expect(response.statusCode, response.body).toBe(202)
    const [row] = await t.database.query<{ status: string; proposer_account_id: string }>(sql`
      SELECT status, proposer_account_id::text AS proposer_account_id FROM events WHERE id = ${response.json().id}::uuid`)
    expect(row).toEqual({ status: 'pending', proposer_account_id: a.outsider.id })
  })

  it('stores nothing when the spam trap is filled, and answers as to anyone', async () => {
    const before = await t.database.query(sql`SELECT id FROM events`)
    const response = await post(eventBody(null, { website_url: 'http://spam.example' }))
    expect(response.statusCode).toBe(202)
    expect(await t.database.query(sql`SELECT id FROM events`)).toHaveLength(before.length)
  })

  it('limits anonymous proposals per address with 429 and Retry-After', async () => {
    const statuses: number[] = []
    for (let i = 0; i < t.config.rateLimitWrites; i++) statuses.push((await post(eventBody(null), undefined, '203.0.113.7')).statusCode)
    expect(statuses).toEqual(Array(t.config.rateLimitWrites).fill(202))
    const last = await post(eventBody(null), undefined, '203.0.113.7')
    expect(last.statusCode).toBe(429)
    expect(Number(last.headers['retry-after'])).toBeGreaterThan(0)
    expect((await post(eventBody(null), undefined, '203.0.113.8')).statusCode).toBe(202)
  })

  it('counts a proposal the server refuses as one write, as for initiatives and loans', async () => {
    const address = '203.0.113.9'
    expect((await post(eventBody(null, { categories: ['astrologie'] }), undefined, address)).statusCode).toBe(400)
    for (let i = 1; i < t.config.rateLimitWrites; i++) expect((await post(eventBody(null), undefined, address)).statusCode).toBe(202)
    expect((await post(eventBody(null), undefined, address)).statusCode).toBe(429)
  })

  it('refuses a title with iCalendar line breaks, and keeps a description with them as one event in the feed', async () => {
    const nasty = 'Troc\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:intrus'
    const refused = await post(eventBody(a.hostId, { title: nasty }), a.member.cookies)
    expect(refused.statusCode).toBe(400)
    expect(refused.json().errors).toEqual([expect.objectContaining({ field: 'properties.title' })])
    const response = await post(eventBody(a.hostId, { title: 'Troc', description: 'Ligne 1\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:intrus' }), a.member.cookies)
    expect(response.statusCode, response.body).toBe(201)
    const { byId, events, body } = await feedEvents(t)
    expect(byId.get(response.json().id)?.summary).toBe('Troc')
    expect(byId.get(response.json().id)?.description).toMatch(/^Ligne 1\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:intrus\n/)
    expect(events.filter((e) => e.summary === 'intrus')).toEqual([])
    expect(body.split('\r\n').filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(events.length)
  })

  it('puts an event in a programme, whose count and feed then hold it', async () => {
    const [programme] = await t.database.query<{ slug: string }>(sql`SELECT slug FROM programmes ORDER BY slug LIMIT 1`)
    const count = async () => (await t.app.inject({ url: `/api/programmes/${programme!.slug}` })).json().event_count as number
    const before = await count()
    const response = await post(eventBody(a.hostId, { title: 'Forum du programme', kind: 'forum', programmes: [programme!.slug] }), a.member.cookies)
    expect(response.statusCode, response.body).toBe(201)
    expect(response.json().properties.programmes).toEqual([programme!.slug])
    expect(await count()).toBe(before + 1)
    const feed = await t.app.inject({ url: `/feeds/programmes/${programme!.slug}.ics` })
    expect(feed.body).toContain(`UID:${response.json().id}@`)
  })

  it('documents the writes in the OpenAPI document', async () => {
    const response = await t.app.inject({ url: '/api/openapi.json' })
    expect(response.statusCode).toBe(200)
    const paths = response.json().paths as Record<string, Record<string, unknown>>
    expect(Object.keys(paths['/api/events']!)).toContain('post')
    expect(Object.keys(paths['/api/events/{id}']!)).toContain('patch')
    expect(Object.keys(paths['/api/events/{id}/cancel']!)).toContain('post')
    expect(Object.keys(paths['/api/programmes']!)).toContain('post')
  })
})
