import { randomUUID } from 'node:crypto'
import { sql } from 'drizzle-orm'
import { DateTime } from 'luxon'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTestApp, type TestApp } from '../helpers/app.js'
import { testTime } from '../helpers/clock.js'
import { insertEvent, paris, PARIS } from './events-fixtures.js'

// Times are read as instants or as Paris wall-clock times, never through the
// process zone: this file is run under TZ=UTC and TZ=America/Montreal.

interface Occurrence {
  id: string
  geometry: { type: 'Point'; coordinates: [number, number] } | null
  properties: Record<string, unknown> & {
    event_id: string; title: string; kind: string; categories: string[]; programmes: string[]; status: string
    occurrence_start: string; occurrence_end: string; commune: string | null; all_day: boolean
  }
}

const DAY = 86_400_000
const OFFSET_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}([+-]\d{2}:\d{2}|Z)$/

describe('the public agenda API', () => {
  let t: TestApp
  let programme: string
  const ids: Record<string, string> = {}

  beforeAll(async () => {
    t = await buildTestApp({ demo: true })
    const [row] = await t.database.query<{ slug: string }>(sql`SELECT slug FROM programmes LIMIT 1`)
    programme = row!.slug
    // Tuesdays at 10:00 in Paris, from before to after the end of summer time (last Sunday of October 2027).
    ids.weekly = await insertEvent(t.database, {
      title: 'Atelier vélo hebdomadaire zorglub', start: paris('2027-10-12T10:00'), end: paris('2027-10-12T12:00'),
      rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=5', exdates: ['2027-10-19T10:00:00'],
    })
    ids.pending = await insertEvent(t.database, {
      title: 'Proposition en attente zorglub', start: paris('2027-10-13T10:00'), end: paris('2027-10-13T11:00'), status: 'pending',
    })
    ids.rejected = await insertEvent(t.database, {
      title: 'Proposition refusée zorglub', start: paris('2027-10-14T10:00'), end: paris('2027-10-14T11:00'), status: 'rejected',
    })
    ids.allDay = await insertEvent(t.database, {
      title: 'Fête de l’école coopérative zorglub', start: paris('2027-10-16T00:00'), end: paris('2027-10-18T00:00'),
      allDay: true, kind: 'festif', categories: ['culture'],
    })
  })
  afterAll(async () => { await t?.close() })

  const list = async (query: string) => {
    const response = await t.app.inject({ url: `/api/events?${query}` })
    expect(response.statusCode, response.body).toBe(200)
    return response.json() as { features: Occurrence[]; numberMatched: number; numberReturned: number; links: { rel: string; href: string }[] }
  }
  // The demo's coming events reach a year ahead (its programme falls in November, outside the default
  // three months for most of the year): filters are checked over the longest window the API allows.
  // One window for every list compared, so the clock ticking between two requests cannot move an occurrence in or out.
  const start = testTime()
  const window = `from=${encodeURIComponent(new Date(start - DAY).toISOString())}&to=${encodeURIComponent(new Date(start + 364 * DAY).toISOString())}`
  const wholeDemo = () => window
  const october2027 = `from=${encodeURIComponent('2027-10-01T00:00:00+02:00')}&to=${encodeURIComponent('2027-12-01T00:00:00+01:00')}`

  it('lists the coming occurrences as GeoJSON, sorted by start, with the event fields and offsets', async () => {
    const response = await t.app.inject({ url: '/api/events' })
    expect(response.headers['content-type']).toContain('application/geo+json')
    expect(response.headers['access-control-allow-origin']).toBe('*')
    const { features, numberReturned } = response.json() as { features: Occurrence[]; numberReturned: number }
    expect(numberReturned).toBe(features.length)
    expect(features.length).toBeGreaterThan(10)
    const starts = features.map((f) => Date.parse(f.properties.occurrence_end))
    expect(starts.every((end) => end > testTime())).toBe(true)
    const sorted = [...features].sort((a, b) => Date.parse(a.properties.occurrence_start) - Date.parse(b.properties.occurrence_start))
    expect(features.map((f) => f.id)).toEqual(sorted.map((f) => f.id))
    const timed = features.find((f) => !f.properties.all_day)!
    expect(timed.properties.occurrence_start).toMatch(OFFSET_TIME)
    expect(timed.properties.start).toMatch(OFFSET_TIME)
    expect(timed.id).toBe(`${timed.properties.event_id}/${new Date(timed.properties.occurrence_start).toISOString().replace('.000Z', 'Z')}`)
    for (const field of ['title', 'description', 'end', 'timezone', 'rrule', 'exdates', 'kind', 'categories', 'organiser_id',
      'organiser_name', 'room_id', 'address', 'commune', 'commune_name', 'online_url', 'free', 'price', 'registration_url',
      'accessibility', 'programmes', 'status', 'sequence', 'occurrence_end']) {
      expect(timed.properties).toHaveProperty(field)
    }
  })

  it('expands a weekly 10:00 event in Paris time across the change of time, without its excluded date', async () => {
    const { features } = await list(`${october2027}&q=hebdomadaire+zorglub`)
    expect(features.map((f) => f.properties.occurrence_start)).toEqual([
      '2027-10-12T10:00:00+02:00', '2027-10-26T10:00:00+02:00', '2027-11-02T10:00:00+01:00', '2027-11-09T10:00:00+01:00',
    ])
    expect(features[2]!.properties.occurrence_end).toBe('2027-11-02T12:00:00+01:00')
    expect(features[0]!.properties.rrule).toBe('FREQ=WEEKLY;BYDAY=TU;COUNT=5')
    expect(new Set(features.map((f) => f.id)).size).toBe(4)
  })

  it('gives an all-day event as dates with an exclusive end', async () => {
    const { features } = await list(`${october2027}&q=fete+ecole+zorglub`)
    expect(features).toHaveLength(1)
    expect(features[0]!.properties).toMatchObject({
      all_day: true, start: '2027-10-16', end: '2027-10-18', occurrence_start: '2027-10-16', occurrence_end: '2027-10-18',
    })
    expect(features[0]!.id).toBe(`${ids.allDay}/2027-10-16`)
  })

  it('keeps pending and rejected events off the agenda', async () => {
    const { features } = await list(`${october2027}&q=zorglub`)
    const eventIds = new Set(features.map((f) => f.properties.event_id))
    expect(eventIds).toEqual(new Set([ids.weekly, ids.allDay]))
    for (const id of [ids.pending, ids.rejected]) {
      expect((await t.app.inject({ url: `/api/events/${id}` })).statusCode).toBe(404)
    }
  })

  it('searches words as prefixes, ignoring accents and case, and never reads the text as query syntax', async () => {
    const { features } = await list(`${october2027}&q=${encodeURIComponent('ÉCOLE coop ZORGLUB')}`)
    expect(features.map((f) => f.properties.event_id)).toEqual([ids.allDay])
    for (const q of ["l'école & | ! :* ( )", '\'"\\', '!!!']) {
      const response = await t.app.inject({ url: `/api/events?${october2027}&q=${encodeURIComponent(q)}` })
      expect(response.statusCode, q).toBe(200)
    }
  })

  it('understands French words: "réparation" finds the repair café where "on répare"', async () => {
    const { features } = await list('q=reparation')
    expect(features.map((f) => f.properties.title)).toContain('Repair café du dernier samedi')
  })

  it('shows a cancelled event with its status, and an online event without geometry', async () => {
    const { features } = await list('')
    const cancelled = features.filter((f) => f.properties.status === 'cancelled')
    expect(cancelled.map((f) => f.properties.title)).toEqual(['Assemblée générale de la CRESS Centre-Val de Loire'])
    const online = features.find((f) => f.properties.online_url !== null)!
    expect(online.geometry).toBeNull()
    expect(features.filter((f) => f.properties.online_url === null).every((f) => f.geometry?.type === 'Point')).toBe(true)
  })

  it('ORs the values of a parameter, comma-separated or repeated, and ANDs the parameters', async () => {
    const all = (await list(`limit=5000&${wholeDemo()}`)).features
    const kinds = (await list(`kind=visite,marche&${wholeDemo()}`)).features
    expect(kinds.length).toBeGreaterThan(0)
    expect(kinds.length).toBe(all.filter((f) => ['visite', 'marche'].includes(f.properties.kind)).length)
    expect((await list(`kind=visite&kind=marche&${wholeDemo()}`)).features.map((f) => f.id)).toEqual(kinds.map((f) => f.id))
    const both = (await list(`kind=visite,marche&territory=departement:35&${wholeDemo()}`)).features
    expect(both.length).toBeGreaterThan(0)
    expect(both.length).toBeLessThan(kinds.length)
    expect(both.every((f) => f.properties.commune?.startsWith('35'))).toBe(true)
  })

  it('filters by category, programme, territory, bounding box and organiser', async () => {
    const all = (await list(`limit=5000&${wholeDemo()}`)).features
    const count = (keep: (f: Occurrence) => boolean) => all.filter(keep).length
    const byCategory = (await list(`category=alimentation&${wholeDemo()}`)).features
    expect(byCategory.length).toBe(count((f) => f.properties.categories.includes('alimentation')))
    expect(byCategory.length).toBeGreaterThan(0)
    const byProgramme = (await list(`programme=${programme}&${wholeDemo()}`)).features
    expect(byProgramme.length).toBe(count((f) => f.properties.programmes.includes(programme)))
    expect(byProgramme.length).toBeGreaterThan(0)
    const tours = (await list(`territory=epci:243700754&${wholeDemo()}`)).features
    expect(tours.length).toBeGreaterThan(0)
    expect(tours.every((f) => ['37261', '37233', '37122'].includes(f.properties.commune!))).toBe(true)
    const bbox = (await list(`bbox=-2,47.9,-1.4,48.3&${wholeDemo()}`)).features
    expect(bbox.length).toBe(count((f) => {
      const [lon, lat] = f.geometry?.coordinates ?? [NaN, NaN]
      return lon >= -2 && lon <= -1.4 && lat >= 47.9 && lat <= 48.3
    }))
    const organiser = all.find((f) => f.properties.organiser_id)!.properties.organiser_id as string
    const byOrganiser = (await list(`organiser=${organiser}&${wholeDemo()}`)).features
    expect(byOrganiser.length).toBe(count((f) => f.properties.organiser_id === organiser))
  })

  it('pages with a cursor through every occurrence exactly once', async () => {
    const all = (await list('limit=5000')).features.map((f) => f.id)
    const seen: string[] = []
    let url = '/api/events?limit=7'
    for (let page = 0; page < 100 && url; page++) {
      const body = (await t.app.inject({ url })).json() as { features: Occurrence[]; numberMatched: number; links: { rel: string; href: string }[] }
      expect(body.numberMatched).toBe(all.length)
      seen.push(...body.features.map((f) => f.id))
      url = body.links.find((link) => link.rel === 'next')?.href ?? ''
    }
    expect(seen).toEqual(all)
  })

  it('refuses bad input with problem+json naming the field', async () => {
    const cases: [string, string][] = [
      ['from=2027-03-20T10:00:00', 'from'],
      [`from=${encodeURIComponent('2027-03-20T10:00:00+01:00')}&to=${encodeURIComponent('2027-03-19T10:00:00+01:00')}`, 'to'],
      [`from=${encodeURIComponent('2027-03-20T10:00:00+01:00')}&to=${encodeURIComponent('2028-04-20T10:00:00+01:00')}`, 'to'],
      ['kind=unknown', 'kind'],
      ['category=nothing-like-this', 'category'],
      ['territory=nowhere:1', 'territory'],
      ['territory=departement:999', 'territory'],
      ['programme=no-such-programme', 'programme'],
      ['organiser=42', 'organiser'],
      ['bbox=1,2,3', 'bbox'],
      ['limit=10000', 'limit'],
      ['cursor=garbage', 'cursor'],
      ['foo=1', 'foo'],
    ]
    for (const [query, field] of cases) {
      const response = await t.app.inject({ url: `/api/events?${query}` })
      expect(response.statusCode, query).toBe(400)
      expect(response.headers['content-type']).toContain('application/problem+json')
      expect(response.json().errors.map((e: { field: string }) => e.field), query).toContain(field)
    }
  })

  it('reads an offset whose + arrived unencoded as a space', async () => {
    const { features } = await list('from=2027-10-01T00:00:00+02:00&to=2027-12-01T00:00:00+01:00&q=hebdomadaire+zorglub')
    expect(features).toHaveLength(4)
  })

  it('gives one event as a Feature with its recurrence and next dates', async () => {
    const response = await t.app.inject({ url: `/api/events/${ids.weekly}` })
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toContain('application/geo+json')
    const event = response.json()
    expect(event).toMatchObject({
      type: 'Feature', id: ids.weekly, geometry: { type: 'Point', coordinates: [0.6848, 47.3941] },
      properties: {
        title: 'Atelier vélo hebdomadaire zorglub', start: '2027-10-12T10:00:00+02:00', end: '2027-10-12T12:00:00+02:00',
        timezone: PARIS, rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=5', exdates: ['2027-10-19T10:00:00'], status: 'published',
        commune: '37261', commune_name: 'Tours',
      },
    })
    expect(event.properties.upcoming_occurrences.at(-1)).toEqual({ start: '2027-11-09T10:00:00+01:00', end: '2027-11-09T12:00:00+01:00' })
    expect(DateTime.fromISO(event.properties.upcoming_occurrences[0].start, { setZone: true }).setZone(PARIS).hour).toBe(10)
  })

  it('answers 404, never 500, for an unknown or malformed event id', async () => {
    for (const id of [randomUUID(), 'abc', '00000000-0000-0000-0000-00000000000g', `${randomUUID()}x`, '%27%3B--']) {
      const response = await t.app.inject({ url: `/api/events/${id}` })
      expect(response.statusCode, id).toBe(404)
      expect(response.headers['content-type']).toContain('application/problem+json')
    }
  })

  it('lists programmes with their numbers of published events, and gives one', async () => {
    const response = await t.app.inject({ url: '/api/programmes' })
    expect(response.statusCode).toBe(200)
    const { items } = response.json() as { items: { slug: string; event_count: number; start_date: string }[] }
    const [row] = await t.database.query<{ n: number }>(sql`SELECT count(*)::int AS n FROM event_programmes ep
      JOIN events e ON e.id = ep.event_id WHERE ep.programme_slug = ${programme} AND e.status = 'published'`)
    expect(items).toEqual([expect.objectContaining({ slug: programme, event_count: row!.n, start_date: expect.stringMatching(/-11-01$/) })])
    const one = await t.app.inject({ url: `/api/programmes/${programme}` })
    expect(one.json()).toEqual(items[0])
    expect((await t.app.inject({ url: '/api/programmes/no-such-thing' })).statusCode).toBe(404)
  })
})
