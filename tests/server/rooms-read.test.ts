import { readFileSync } from 'node:fs'
import { sql } from 'drizzle-orm'
import { DateTime } from 'luxon'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTestApp, type TestApp } from '../helpers/app.js'
import { parseWithIcalJs, parseWithPython } from './feeds/ical-parsers.js'
import { testTime } from '../helpers/clock.js'

// Expectations come from the demo files and from the loans as the demo put
// them in the database (relative to the day of the run), never from fixed dates.

interface DemoRoom { properties: { name: string; capacity: number; equipment: string[]; step_free: boolean; free: boolean; commune: string } }
const demoRooms = (JSON.parse(readFileSync(new URL('../../seed/demo/rooms.json', import.meta.url), 'utf8')) as { features: DemoRoom[] })
  .features.map((feature) => feature.properties)
const namesWhere = (keep: (room: DemoRoom['properties']) => boolean) => demoRooms.filter(keep).map((room) => room.name).sort()

interface Loan { id: string; room_id: string; status: string; start: Date; end: Date; requester_name: string; purpose: string }

const PARIS = 'Europe/Paris'
const paris = (instant: Date) => DateTime.fromJSDate(instant, { zone: PARIS }).toISO({ suppressMilliseconds: true })!
const HOUR = 60 * 60 * 1000
const DAY = 24 * HOUR

describe('public reads of the open rooms', () => {
  let t: TestApp
  let roomId: Map<string, string>
  let loans: Loan[]
  beforeAll(async () => {
    t = await buildTestApp({ demo: true })
    const rooms = await t.database.query<{ id: string; name: string }>(sql`SELECT id, name FROM rooms`)
    roomId = new Map(rooms.map((room) => [room.name, room.id]))
    const rows = await t.database.query<Omit<Loan, 'start' | 'end'> & { start_ms: number; end_ms: number }>(sql`
      SELECT id, room_id, status, requester_name, purpose,
        (extract(epoch FROM start) * 1000)::float8 AS start_ms, (extract(epoch FROM "end") * 1000)::float8 AS end_ms
      FROM loans ORDER BY start`)
    loans = rows.map(({ start_ms, end_ms, ...loan }) => ({ ...loan, start: new Date(start_ms), end: new Date(end_ms) }))
  })
  afterAll(async () => { await t?.close() })

  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ url, headers })
  const names = async (query: string) => {
    const response = await get(`/api/rooms?${query}`)
    expect(response.statusCode).toBe(200)
    return (response.json().features as { properties: { name: string } }[]).map((f) => f.properties.name).sort()
  }
  const approvedOf = (name: string) => loans.filter((loan) => loan.room_id === roomId.get(name) && loan.status === 'approved')
  const upcomingApproved = (name: string) => approvedOf(name).find((loan) => loan.start.getTime() > testTime())!
  const problemFields = async (url: string) => {
    const response = await get(url)
    expect(response.statusCode).toBe(400)
    expect(response.headers['content-type']).toContain('application/problem+json')
    return (response.json().errors as { field: string }[]).map((error) => error.field)
  }

  describe('GET /api/rooms', () => {
    it('lists the published demo rooms as GeoJSON, readable from any origin', async () => {
      const response = await get('/api/rooms')
      expect(response.headers['content-type']).toContain('application/geo+json')
      expect(response.headers['access-control-allow-origin']).toBe('*')
      const body = response.json()
      expect(body).toMatchObject({ type: 'FeatureCollection', numberMatched: demoRooms.length, numberReturned: demoRooms.length })
      const radiance = body.features.find((f: { id: string }) => f.id === roomId.get('Salle de formation'))
      expect(radiance).toMatchObject({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [-1.72028, 48.12333] },
        properties: {
          name: 'Salle de formation', host_name: 'Mutuelle Radiance', commune: '35238', commune_name: 'Rennes',
          capacity: 20, surface: 45, equipment: ['videoprojecteur', 'wifi', 'tables', 'chaises'],
          step_free: true, free: true, status: 'published',
        },
      })
      expect(Object.keys(radiance.properties).sort()).toEqual([
        'address', 'capacity', 'commune', 'commune_name', 'conditions', 'description', 'equipment', 'free',
        'host_id', 'host_name', 'name', 'rules', 'status', 'step_free', 'surface',
      ])
    })

    it('finds the rooms for twenty people with a projector, the Mutuelle Radiance room among them', async () => {
      const expected = namesWhere((room) => room.capacity >= 20 && room.equipment.includes('videoprojecteur'))
      expect(expected).toContain('Salle de formation')
      expect(await names('capacity_min=20&equipment=videoprojecteur')).toEqual(expected)
    })

    it('keeps only rooms holding every listed equipment, comma-separated or repeated', async () => {
      const expected = namesWhere((room) => room.equipment.includes('videoprojecteur') && room.equipment.includes('wifi'))
      expect(expected.length).toBeGreaterThan(0)
      expect(expected.length).toBeLessThan(namesWhere((room) => room.equipment.includes('videoprojecteur')).length)
      expect(await names('equipment=videoprojecteur,wifi')).toEqual(expected)
      expect(await names('equipment=videoprojecteur&equipment=wifi')).toEqual(expected)
    })

    it('filters on step-free access and on free rooms', async () => {
      expect(await names('step_free=false')).toEqual(namesWhere((room) => !room.step_free))
      expect(await names('step_free=true')).toEqual(namesWhere((room) => room.step_free))
      expect(await names('free=false')).toEqual(namesWhere((room) => !room.free))
      expect(await names('free=true&step_free=true')).toEqual(namesWhere((room) => room.free && room.step_free))
    })

    it('keeps to a territory: Ille-et-Vilaine gives the Rennes-area rooms only', async () => {
      const rennesArea = namesWhere((room) => room.commune.startsWith('35'))
      expect(rennesArea).toHaveLength(4)
      expect(await names('territory=departement:35')).toEqual(rennesArea)
      expect(await names('territory=commune:37261')).toEqual(namesWhere((room) => room.commune === '37261'))
      expect(await names('territory=departement:35,commune:37233'))
        .toEqual(namesWhere((room) => room.commune.startsWith('35') || room.commune === '37233'))
    })

    it('keeps to a bounding box', async () => {
      expect(await names('bbox=0.6,47.3,0.8,47.5')).toEqual(namesWhere((room) => room.commune.startsWith('37')))
    })

    it('leaves out a room during one of its approved loans and shows it again just after', async () => {
      const loan = upcomingApproved('Salle de formation')
      const during = `available_from=${encodeURIComponent(paris(new Date(loan.start.getTime() + HOUR)))}` +
        `&available_to=${encodeURIComponent(paris(new Date(loan.start.getTime() + 2 * HOUR)))}`
      expect(await names(during)).not.toContain('Salle de formation')
      expect(await names(during)).toHaveLength(demoRooms.length - 1)
      const after = `available_from=${encodeURIComponent(loan.end.toISOString())}` +
        `&available_to=${encodeURIComponent(new Date(loan.end.getTime() + HOUR).toISOString())}`
      expect(await names(after)).toContain('Salle de formation')
    })

    it('does not let a requested loan make a room unavailable', async () => {
      const requested = loans.find((loan) => loan.room_id === roomId.get('Salle Jeunes Pousses') && loan.status === 'requested')!
      const window = `available_from=${encodeURIComponent(paris(requested.start))}&available_to=${encodeURIComponent(paris(requested.end))}`
      expect(await names(window)).toContain('Salle Jeunes Pousses')
    })

    it('pages with a cursor through every room exactly once', async () => {
      const seen: string[] = []
      let url: string | undefined = '/api/rooms?limit=3&step_free=true'
      while (url) {
        const body: { numberMatched: number; features: { id: string }[]; links: { rel: string; href: string }[] } = (await get(url)).json()
        expect(body.numberMatched).toBe(namesWhere((room) => room.step_free).length)
        seen.push(...body.features.map((f) => f.id))
        url = body.links.find((link) => link.rel === 'next')?.href
      }
      expect(seen).toHaveLength(namesWhere((room) => room.step_free).length)
      expect(new Set(seen).size).toBe(seen.length)
    })

    it('links to a next page only when more rooms remain, never to an empty one', async () => {
      const all = namesWhere((room) => room.step_free).length
      const exact = (await get(`/api/rooms?limit=${all}&step_free=true`)).json()
      expect(exact.features).toHaveLength(all)
      expect(exact.links.map((link: { rel: string }) => link.rel)).toEqual(['self'])
      const short = (await get(`/api/rooms?limit=${all - 1}&step_free=true`)).json()
      const next = short.links.find((link: { rel: string }) => link.rel === 'next')?.href
      expect((await get(next)).json().features).toHaveLength(1)
    })

    it('refuses bad filters with problem+json naming the field', async () => {
      expect(await problemFields('/api/rooms?capacity_min=-1')).toEqual(['capacity_min'])
      expect(await problemFields('/api/rooms?equipment=wifi,jacuzzi')).toEqual(['equipment'])
      expect(await problemFields('/api/rooms?available_from=2027-03-20T10:00:00&available_to=2027-03-20T12:00:00%2B01:00'))
        .toEqual(['available_from'])
      expect(await problemFields('/api/rooms?available_from=2027-03-20T12:00:00%2B01:00&available_to=2027-03-20T10:00:00%2B01:00'))
        .toEqual(['available_to'])
      expect(await problemFields('/api/rooms?available_from=2027-03-20T12:00:00Z')).toEqual(['available_to'])
      expect(await problemFields('/api/rooms?available_from=2027-02-30T12:00:00Z&available_to=2027-03-20T12:00:00Z')).toEqual(['available_from'])
      expect(await problemFields('/api/rooms?bbox=1,2,3')).toEqual(['bbox'])
      expect(await problemFields('/api/rooms?territory=pays:FR')).toEqual(['territory'])
      // Well written, but naming no territory: a mistake to say, not an empty list.
      expect(await problemFields('/api/rooms?territory=departement:99')).toEqual(['territory'])
      expect(await problemFields('/api/rooms?territory=commune:37261,commune:00000')).toEqual(['territory'])
      expect(await problemFields('/api/rooms?step_free=perhaps')).toEqual(['step_free'])
      expect(await problemFields('/api/rooms?jacuzzi=1')).toEqual(['jacuzzi'])
    })
  })

  describe('GET /api/rooms/{id}', () => {
    it('gives one published room as a Feature', async () => {
      const id = roomId.get('Grande salle')!
      const response = await get(`/api/rooms/${id}`)
      expect(response.statusCode).toBe(200)
      expect(response.headers['content-type']).toContain('application/geo+json')
      expect(response.headers['access-control-allow-origin']).toBe('*')
      expect(response.json()).toMatchObject({ type: 'Feature', id, properties: { name: 'Grande salle', commune_name: 'Langouet', free: false } })
    })

    it('answers 404 problem+json for an unknown room and for a malformed id', async () => {
      for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid', "1'; DROP TABLE rooms; --"]) {
        const response = await get(`/api/rooms/${encodeURIComponent(id)}`)
        expect(response.statusCode).toBe(404)
        expect(response.headers['content-type']).toContain('application/problem+json')
        expect(response.headers['access-control-allow-origin']).toBe('*')
      }
    })
  })

  describe('GET /api/rooms/{id}/availability', () => {
    it('lists the approved loans of the next 31 days as bare times in Paris time', async () => {
      const id = roomId.get('Salle de formation')!
      const response = await get(`/api/rooms/${id}/availability`)
      expect(response.statusCode).toBe(200)
      expect(response.headers['access-control-allow-origin']).toBe('*')
      const body = response.json()
      const from = new Date(body.from)
      expect(new Date(body.to).getTime() - from.getTime()).toBe(31 * DAY)
      expect(body.from).toBe(paris(from))
      const expected = approvedOf('Salle de formation')
        .filter((loan) => loan.end > from && loan.start < new Date(from.getTime() + 31 * DAY))
      expect(expected.length).toBeGreaterThan(0)
      expect(body).toEqual({
        room_id: id, from: body.from, to: body.to,
        busy: expected.map((loan) => ({ start: paris(loan.start), end: paris(loan.end) })),
      })
      for (const interval of body.busy) expect(interval.start).toMatch(/T\d\d:\d\d:\d\d\+0[12]:00$/)
    })

    it('shows no personal data, and no declined loan, over a window given with any offset', async () => {
      const id = roomId.get('Salle de réunion')!
      const room = loans.filter((loan) => loan.room_id === id)
      const from = new Date(Math.min(...room.map((loan) => loan.start.getTime())) - DAY)
      const to = new Date(Math.max(...room.map((loan) => loan.end.getTime())) + DAY)
      const response = await get(`/api/rooms/${id}/availability?from=${from.toISOString()}&to=${encodeURIComponent(paris(to))}`)
      const body = response.json()
      expect(body.from).toBe(paris(from))
      expect(body.busy).toEqual(approvedOf('Salle de réunion').map((loan) => ({ start: paris(loan.start), end: paris(loan.end) })))
      expect(room.some((loan) => loan.status === 'declined')).toBe(true)
      expect(response.body).not.toMatch(/requester|email|purpose|people/)
      for (const loan of room) {
        expect(response.body).not.toContain(loan.requester_name)
        expect(response.body).not.toContain(loan.purpose)
      }
    })

    it('refuses a window that is reversed or longer than 366 days, and answers 404 for no room', async () => {
      const id = roomId.get('Salle de formation')!
      expect(await problemFields(`/api/rooms/${id}/availability?from=2027-03-20T12:00:00Z&to=2027-03-20T10:00:00Z`)).toEqual(['to'])
      expect(await problemFields(`/api/rooms/${id}/availability?from=2027-01-01T00:00:00Z&to=2028-01-03T00:00:00Z`)).toEqual(['to'])
      expect(await problemFields(`/api/rooms/${id}/availability?from=2027-03-20`)).toEqual(['from'])
      expect((await get('/api/rooms/nope/availability')).statusCode).toBe(404)
    })
  })

  describe('GET /feeds/rooms/{id}.ics', () => {
    const feed = (name: string, headers: Record<string, string> = {}) => get(`/feeds/rooms/${roomId.get(name)}.ics`, headers)

    it('gives one opaque busy block per approved loan from 30 days ago on, read by ical.js and Python', async () => {
      const response = await feed('Salle de formation')
      expect(response.statusCode).toBe(200)
      expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8')
      expect(response.headers['access-control-allow-origin']).toBe('*')
      expect(response.headers.etag).toMatch(/^W\/".+"$/)
      expect(new Date(response.headers['last-modified'] as string).getTime()).not.toBeNaN()
      const expected = approvedOf('Salle de formation').filter((loan) => loan.end.getTime() > testTime() - 30 * DAY)
      expect(expected.some((loan) => loan.end.getTime() < testTime())).toBe(true) // a past loan stays in the feed
      const { events } = parseWithIcalJs(response.body)
      expect(events.map((event) => [event.summary, event.transp, event.start.toJSDate(), event.end.toJSDate()]))
        .toEqual(expected.map((loan) => ['Occupé', 'OPAQUE', loan.start, loan.end]))
      expect(parseWithPython(response.body).errors).toEqual([])
      for (const loan of loans) {
        expect(response.body).not.toContain(loan.requester_name)
        expect(response.body).not.toContain(loan.purpose)
      }
    })

    it('answers 304 to a client holding the current ETag, and a new ETag once a loan is approved', async () => {
      const first = await feed('Grande salle')
      const etag = first.headers.etag as string
      const again = await feed('Grande salle', { 'if-none-match': etag })
      expect(again.statusCode).toBe(304)
      expect(again.body).toBe('')
      expect(again.headers.etag).toBe(etag)
      expect((await feed('Grande salle', { 'if-none-match': 'W/"something-else"' })).statusCode).toBe(200)

      const id = roomId.get('Grande salle')!
      const start = new Date(Math.floor((testTime() + 90 * DAY) / HOUR) * HOUR) // whole seconds, as iCalendar writes them
      const [added] = await t.database.query<{ id: string }>(sql`
        INSERT INTO loans (room_id, start, "end", people, requester_name, status, decided_at)
        VALUES (${id}::uuid, ${start.toISOString()}::timestamptz, ${new Date(start.getTime() + 2 * HOUR).toISOString()}::timestamptz,
          10, 'Test', 'approved', now()) RETURNING id`)
      try {
        const changed = await feed('Grande salle', { 'if-none-match': etag })
        expect(changed.statusCode).toBe(200)
        expect(changed.headers.etag).not.toBe(etag)
        expect(parseWithIcalJs(changed.body).events.map((event) => event.start.toJSDate())).toContainEqual(start)
      } finally {
        await t.database.query(sql`DELETE FROM loans WHERE id = ${added!.id}::uuid`)
      }
    })
  })

  it('documents the room reads in the OpenAPI document', async () => {
    const paths = Object.keys((await get('/api/openapi.json')).json().paths)
    expect(paths).toEqual(expect.arrayContaining(['/api/rooms', '/api/rooms/{id}', '/api/rooms/{id}/availability', '/feeds/rooms/{id}.ics']))
  })

  it('keeps a hidden room out of the list, the detail, the availability and the feed', async () => {
    const id = roomId.get('Atelier')!
    await t.database.query(sql`UPDATE rooms SET status = 'hidden' WHERE id = ${id}::uuid`)
    try {
      const list = (await get('/api/rooms')).json()
      expect(list.numberMatched).toBe(demoRooms.length - 1)
      expect(list.features.map((f: { id: string }) => f.id)).not.toContain(id)
      for (const url of [`/api/rooms/${id}`, `/api/rooms/${id}/availability`, `/feeds/rooms/${id}.ics`]) {
        expect((await get(url)).statusCode).toBe(404)
      }
    } finally {
      await t.database.query(sql`UPDATE rooms SET status = 'published' WHERE id = ${id}::uuid`)
    }
  })
})
