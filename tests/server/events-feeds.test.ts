import { gunzipSync } from 'node:zlib'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTestApp, type TestApp } from '../helpers/app.js'
import { testClock, testTime } from '../helpers/clock.js'
import { parseWithIcalJs, parseWithPython } from './feeds/ical-parsers.js'
import { runPython } from './feeds/python.js'
import { insertEvent, paris } from './events-fixtures.js'

const HOST = 'agenda.example.org'
const DAY = 86_400_000
const NASTY_TITLE = 'Troc; vide-grenier, \\ « spécial »\nligne\r\nEND:VEVENT\r\nBEGIN:VEVENT'

/** Both parsers read the feed without error. */
function parseBoth(ics: string) {
  const python = parseWithPython(ics)
  expect(python.errors).toEqual([])
  return { ical: parseWithIcalJs(ics), python }
}

/** Thirty days before the tests' clock: a feed keeps what ended after it. */
const monthAgo = () => new Date(testTime() - 30 * DAY).toISOString()

describe('the agenda feeds', () => {
  let t: TestApp
  let programme: string
  let programmeTitle: string
  const ids: Record<string, string> = {}

  beforeAll(async () => {
    t = await buildTestApp({ demo: true, env: { PUBLIC_URL: `https://${HOST}` } })
    const [row] = await t.database.query<{ slug: string; title: string }>(sql`SELECT slug, title FROM programmes LIMIT 1`)
    programme = row!.slug
    programmeTitle = row!.title
    const now = testTime()
    ids.pending = await insertEvent(t.database, {
      title: 'Proposition en attente', start: new Date(now + 3 * DAY), end: new Date(now + 3 * DAY + 3_600_000), status: 'pending',
    })
    ids.nasty = await insertEvent(t.database, {
      title: NASTY_TITLE, description: 'Ligne 1\nLigne 2; fin, vraiment \\ fin',
      start: paris('2027-10-12T10:00'), end: paris('2027-10-12T12:00'), rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=5', exdates: ['2027-10-19T10:00:00'],
    })
    ids.oldCancel = await insertEvent(t.database, {
      title: 'Annulé il y a longtemps', start: new Date(now + 5 * DAY), end: new Date(now + 5 * DAY + 3_600_000),
      status: 'cancelled', updatedAt: new Date(now - 40 * DAY),
    })
    ids.past = await insertEvent(t.database, {
      title: 'Fini depuis deux mois', start: new Date(now - 60 * DAY), end: new Date(now - 60 * DAY + 3_600_000),
    })
  })
  afterAll(async () => { await t?.close() })

  const fetchFeed = async (url: string, headers: Record<string, string> = {}) => {
    const response = await t.app.inject({ url, headers })
    expect(response.statusCode, response.body).toBe(200)
    return response
  }

  it('serves the agenda as iCalendar both parsers read, one VEVENT per public event', async () => {
    const response = await fetchFeed('/feeds/events.ics')
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8')
    expect(response.headers['access-control-allow-origin']).toBe('*')
    expect(response.headers.etag).toMatch(/^(W\/)?"[^"]+"$/)
    expect(new Date(response.headers['last-modified'] as string).getTime()).not.toBeNaN()
    const { ical, python } = parseBoth(response.body)
    const [expected] = await t.database.query<{ n: number }>(sql`SELECT count(*)::int AS n FROM events WHERE status IN ('published', 'cancelled')
      AND (last_end IS NULL OR last_end > ${monthAgo()}::timestamptz) AND NOT (status = 'cancelled' AND updated_at < ${monthAgo()}::timestamptz)`)
    expect(python.events).toHaveLength(expected!.n)
    expect(ical.events.map((e) => e.uid)).toEqual(python.events.map((e) => e.uid))
    expect(python.events.every((e) => e.uid.endsWith(`@${HOST}`))).toBe(true)
    expect(python.calendar['X-WR-CALNAME']).toBe('Agenda — Archipel')
    const uids = python.events.map((e) => e.uid.split('@')[0])
    expect(uids).toContain(ids.nasty)
    for (const absent of [ids.pending, ids.oldCancel, ids.past]) expect(uids).not.toContain(absent)
  })

  it('keeps UIDs, body and ETag stable between two fetches, and answers 304 to a matching If-None-Match', async () => {
    const first = await fetchFeed('/feeds/events.ics')
    const second = await fetchFeed('/feeds/events.ics')
    expect(second.body).toBe(first.body)
    expect(second.headers.etag).toBe(first.headers.etag)
    const notModified = await t.app.inject({ url: '/feeds/events.ics', headers: { 'if-none-match': first.headers.etag as string } })
    expect(notModified.statusCode).toBe(304)
    expect(notModified.body).toBe('')
    expect(notModified.headers.etag).toBe(first.headers.etag)
    const other = await t.app.inject({ url: '/feeds/events.ics', headers: { 'if-none-match': '"something-else"' } })
    expect(other.statusCode).toBe(200)
  })

  it('writes a recurring event once, with its RRULE and EXDATE, and escapes its text', async () => {
    const { ical, python } = parseBoth((await fetchFeed('/feeds/events.ics')).body)
    const event = python.events.filter((e) => e.uid === `${ids.nasty}@${HOST}`)
    expect(event).toHaveLength(1)
    expect(event[0]!.summary).toBe(NASTY_TITLE.replace(/\r\n?/g, '\n'))
    expect(event[0]!.rrule).toBe('FREQ=WEEKLY;COUNT=5;BYDAY=TU')
    expect(event[0]!.exdates).toEqual(['2027-10-19T10:00:00+02:00'])
    expect(event[0]!.dtstart).toMatchObject({ value: '2027-10-12T10:00:00+02:00', tzid: 'Europe/Paris' })
    expect(event[0]!.url).toBe(`https://${HOST}/evenements/${ids.nasty}`)
    const parsed = ical.events.find((e) => e.uid === `${ids.nasty}@${HOST}`)!
    expect(parsed.summary).toBe(NASTY_TITLE.replace(/\r\n?/g, '\n'))
    expect(parsed.description).toContain('Ligne 2; fin, vraiment \\ fin')
  })

  it('keeps a recently cancelled event with STATUS:CANCELLED', async () => {
    const { python } = parseBoth((await fetchFeed('/feeds/events.ics')).body)
    const cancelled = python.events.filter((e) => e.status === 'CANCELLED')
    expect(cancelled.map((e) => e.summary)).toEqual(['Assemblée générale de la CRESS Centre-Val de Loire'])
  })

  it('gives SEQUENCE from the database, raised with each change, which moves the ETag', async () => {
    const url = `/feeds/events/${ids.nasty}.ics`
    const before = await fetchFeed(url)
    expect(parseBoth(before.body).python.events.map((e) => e.sequence)).toEqual([0])
    await t.database.query(sql`UPDATE events SET sequence = sequence + 1, updated_at = ${testClock().toISOString()}::timestamptz WHERE id = ${ids.nasty}`)
    const after = await fetchFeed(url)
    const { ical, python } = parseBoth(after.body)
    expect(python.events.map((e) => e.sequence)).toEqual([1])
    expect(ical.events.map((e) => e.sequence)).toEqual([1])
    expect(after.headers.etag).not.toBe(before.headers.etag)
    expect((await t.app.inject({ url, headers: { 'if-none-match': before.headers.etag as string } })).statusCode).toBe(200)
    const all = parseBoth((await fetchFeed('/feeds/events.ics')).body).python.events
    const [row] = await t.database.query<{ sequence: number }>(sql`SELECT sequence FROM events WHERE id = ${ids.nasty}`)
    expect(all.find((e) => e.uid === `${ids.nasty}@${HOST}`)!.sequence).toBe(row!.sequence)
  })

  it('filters by programme and territory in one feed, named after both in French', async () => {
    const response = await fetchFeed(`/feeds/events.ics?programme=${programme}&territory=departement:37`)
    const { python } = parseBoth(response.body)
    expect(python.calendar['X-WR-CALNAME']).toBe(`Agenda — ${programmeTitle} — Indre-et-Loire`)
    const expected = await t.database.query<{ id: string }>(sql`SELECT e.id::text AS id FROM events e
      JOIN event_programmes ep ON ep.event_id = e.id AND ep.programme_slug = ${programme}
      WHERE e.status IN ('published', 'cancelled') AND 'departement:37' = ANY(e.territories)`)
    expect(expected.length).toBeGreaterThan(0)
    expect(python.events.map((e) => e.uid.split('@')[0]).sort()).toEqual(expected.map((e) => e.id).sort())
  })

  it('ends the feed at to when given, keeping only events with a date before it', async () => {
    const to = new Date(testTime() + 14 * DAY)
    const { python } = parseBoth((await fetchFeed(`/feeds/events.ics?to=${encodeURIComponent(to.toISOString())}`)).body)
    const whole = parseBoth((await fetchFeed('/feeds/events.ics')).body).python
    expect(python.events.length).toBeGreaterThan(0)
    expect(python.events.length).toBeLessThan(whole.events.length)
    expect(python.events.every((e) => Date.parse(e.dtstart.value) < to.getTime())).toBe(true)
    expect(python.events.map((e) => e.uid)).not.toContain(`${ids.nasty}@${HOST}`)
  })

  it('serves a programme feed, and 404 for an unknown programme', async () => {
    const { python } = parseBoth((await fetchFeed(`/feeds/programmes/${programme}.ics`)).body)
    expect(python.calendar['X-WR-CALNAME']).toBe(`Agenda — ${programmeTitle}`)
    const [row] = await t.database.query<{ n: number }>(sql`SELECT count(*)::int AS n FROM event_programmes ep
      JOIN events e ON e.id = ep.event_id WHERE ep.programme_slug = ${programme} AND e.status IN ('published', 'cancelled')`)
    expect(python.events).toHaveLength(row!.n)
    expect((await t.app.inject({ url: '/feeds/programmes/no-such-programme.ics' })).statusCode).toBe(404)
  })

  it('serves one event to add to a calendar, never a pending one', async () => {
    const response = await fetchFeed(`/feeds/events/${ids.nasty}.ics`)
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8')
    expect(parseBoth(response.body).python.events.map((e) => e.uid)).toEqual([`${ids.nasty}@${HOST}`])
    for (const id of [ids.pending, 'not-an-id']) {
      expect((await t.app.inject({ url: `/feeds/events/${id}.ics` })).statusCode).toBe(404)
    }
  })

  it('serves upcoming events as Atom, without pending ones', async () => {
    const response = await fetchFeed('/feeds/events.atom')
    expect(response.headers['content-type']).toBe('application/atom+xml; charset=utf-8')
    expect(response.headers['access-control-allow-origin']).toBe('*')
    const titles = JSON.parse(runPython(String.raw`
import json, sys, xml.etree.ElementTree as ET
ns = {'a': 'http://www.w3.org/2005/Atom'}
root = ET.fromstring(sys.stdin.buffer.read())
print(json.dumps([e.find('a:title', ns).text for e in root.findall('a:entry', ns)]))`, response.body)) as string[]
    expect(titles.length).toBeGreaterThan(5)
    expect(titles).toContain('Annulé : Assemblée générale de la CRESS Centre-Val de Loire')
    expect(titles).not.toContain('Proposition en attente')
    expect(titles).not.toContain('Fini depuis deux mois')
    const again = await t.app.inject({ url: '/feeds/events.atom', headers: { 'if-none-match': response.headers.etag as string } })
    expect(again.statusCode).toBe(304)
  })

  it('compresses a feed when asked', async () => {
    const response = await fetchFeed('/feeds/events.ics', { 'accept-encoding': 'gzip' })
    expect(response.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(response.rawPayload).toString('utf8')).toMatch(/^BEGIN:VCALENDAR\r\n/)
  })

  it('refuses bad feed input with problem+json naming the field', async () => {
    const cases: [string, string][] = [
      ['/feeds/events.ics?kind=unknown', 'kind'],
      ['/feeds/events.ics?territory=nowhere:1', 'territory'],
      ['/feeds/events.ics?to=2027-03-20', 'to'],
      ['/feeds/events.ics?limit=10', 'limit'],
      [`/feeds/programmes/${programme}.ics?programme=${programme}`, 'programme'],
      ['/feeds/events.atom?foo=1', 'foo'],
    ]
    for (const [url, field] of cases) {
      const response = await t.app.inject({ url })
      expect(response.statusCode, url).toBe(400)
      expect(response.headers['content-type']).toContain('application/problem+json')
      expect(response.json().errors.map((e: { field: string }) => e.field), url).toContain(field)
    }
  })
})
