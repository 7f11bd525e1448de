import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTestApp, type TestApp } from '../helpers/app.js'
import { agendaActors, eventBody, eventCount, TOURS, WITHOUT_ADDRESS, type AgendaActors } from './events-write-fixtures.js'

// Offsets are judged against the event's zone at that date, never the process
// zone: this file also runs under TZ=America/Montreal.

describe('refusing bad events', () => {
  let t: TestApp
  let a: AgendaActors

  beforeAll(async () => {
    t = await buildTestApp({ demo: true })
    a = await agendaActors(t)
  })
  afterAll(async () => { await t?.close() })

  /**
   * Posts as a member of the organiser the fixture event with these
   * properties (and geometry); expects a 400 naming exactly these fields of
   * the Feature (`properties.` is implied for all but `geometry…`), and nothing stored.
   */
  const refused = async (overrides: Record<string, unknown>, fields: string[], detail?: RegExp, geometry: object | null = TOURS) => {
    const before = await eventCount(t)
    const payload = eventBody(a.hostId, overrides, geometry)
    const response = await t.app.inject({ method: 'POST', url: '/api/events', payload, cookies: a.member.cookies })
    expect(response.statusCode, response.body).toBe(400)
    expect(response.headers['content-type']).toContain('application/problem+json')
    const problem = response.json() as { errors: { field: string; detail: string }[] }
    const pointer = (field: string) => (field.startsWith('geometry') ? field : `properties.${field}`)
    expect(problem.errors.map((e) => e.field).sort()).toEqual(fields.map(pointer).sort())
    if (detail) expect(problem.errors.map((e) => e.detail).join(' ')).toMatch(detail)
    expect(await eventCount(t)).toBe(before)
    return problem
  }

  it('refuses an offset that does not match the zone at that date', async () => {
    // 20 March 2027 is in winter time in Paris (+01:00), summer time in Toronto (-04:00).
    await refused({ start: '2027-03-20T10:00:00+02:00' }, ['start'], /offset does not match Europe\/Paris at that date/)
    await refused({ start: '2027-07-20T10:00:00+01:00', end: '2027-07-20T12:00:00+01:00' }, ['start', 'end'], /\+02:00 expected/)
    await refused({ start: '2027-03-20T09:00:00Z', end: '2027-03-20T11:00:00Z' }, ['start', 'end'])
  })

  it('accepts the offset of the event\'s own zone', async () => {
    const response = await t.app.inject({
      method: 'POST', url: '/api/events', cookies: a.member.cookies,
      payload: eventBody(a.hostId, { timezone: 'America/Toronto', start: '2027-03-20T10:00:00-04:00', end: '2027-03-20T12:00:00-04:00' }),
    })
    expect(response.statusCode, response.body).toBe(201)
    expect(response.json().properties).toMatchObject({ timezone: 'America/Toronto', start: '2027-03-20T10:00:00-04:00' })
  })

  it('refuses a time without an offset as ambiguous', async () => {
    await refused({ start: '2027-03-20T10:00:00', end: '2027-03-20T12:00' }, ['start', 'end'], /ambiguous/)
  })

  it('refuses an end before the start, and an all-day end that is not after the start date', async () => {
    await refused({ end: '2027-03-20T09:00:00+01:00' }, ['end'])
    await refused({ all_day: true, start: '2027-03-20', end: '2027-03-20' }, ['end'], /exclusive/)
    await refused({ all_day: true, start: '2027-03-20T10:00:00+01:00', end: '2027-03-21' }, ['start'])
    await refused({ start: '2027-03-20T10:00:00+01:00', end: '2027-09-20T10:00:00+02:00' }, ['end'], /at most/)
  })

  it('refuses an unknown time zone', async () => {
    await refused({ timezone: 'Europe/Tours' }, ['timezone'])
    await refused({ timezone: '+01:00' }, ['timezone'])
  })

  it('refuses a malformed or unsupported rule', async () => {
    await refused({ rrule: 'FREQ=WEEKLY;BYDAY=XX;COUNT=3' }, ['rrule'])
    await refused({ rrule: 'FREQ=HOURLY;COUNT=3' }, ['rrule'])
    await refused({ rrule: 'FREQ=WEEKLY;COUNT=3;UNTIL=20270601' }, ['rrule'])
    await refused({ rrule: 'FREQ=DAILY;UNTIL=20990101' }, ['rrule'], /within 10 years/)
  })

  it('refuses a rule that gives no date, and exceptions that remove every date', async () => {
    await refused({ rrule: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20270301' }, ['rrule'], /no date/)
    await refused({
      start: '2027-03-16T18:00:00+01:00', end: '2027-03-16T20:00:00+01:00',
      rrule: 'FREQ=WEEKLY;COUNT=2', exdates: ['2027-03-16T18:00:00', '2027-03-23T18:00:00'],
    }, ['exdates'], /every occurrence/)
  })

  it('refuses malformed exceptions, and exceptions without a rule', async () => {
    await refused({ rrule: 'FREQ=WEEKLY;COUNT=4', exdates: ['2027-03-27T10:00:00', 'mardi'] }, ['exdates.1'])
    await refused({ exdates: ['2027-03-27T10:00:00'] }, ['exdates'])
  })

  it('refuses an unknown field', async () => {
    await refused({ status: 'published' }, ['status'], /unknown field/)
    await refused({ sequence: 7, colour: 'red' }, ['sequence', 'colour'])
  })

  it('refuses javascript: and other non-http URLs', async () => {
    await refused({ registration_url: 'javascript:alert(1)' }, ['registration_url'], /http/)
    await refused({ ...WITHOUT_ADDRESS, online_url: 'data:text/html,<script>1</script>' }, ['online_url'], /http/, null)
  })

  it('refuses unknown categories, programmes, rooms, organisers and communes', async () => {
    await refused({ categories: ['mobilite', 'astrologie'] }, ['categories'], /astrologie/)
    await refused({ programmes: ['festival-inconnu'] }, ['programmes'])
    await refused({ organiser_id: '00000000-0000-4000-8000-000000000000' }, ['organiser_id'])
    await refused({ commune: '99999' }, ['commune'])
    await refused({ ...WITHOUT_ADDRESS, room_id: '00000000-0000-4000-8000-000000000000' }, ['room_id'], undefined, null)
  })

  it('asks for exactly one place', async () => {
    await refused(WITHOUT_ADDRESS, ['geometry'], /give the place/, null)
    await refused({ online_url: 'https://visio.example.org' }, ['online_url'])
    const point = (coordinates: number[]) => ({ type: 'Point', coordinates })
    await refused({}, ['geometry.coordinates'], /out of range/, point([200, 47]))
    await refused({}, ['geometry.coordinates'], /coordinates look swapped \(\[lat, lon\]\)/, point([47.39, 0.68]))
    await refused({}, ['geometry.coordinates'], /outside France/, point([13.4, 52.5]))
    await refused({}, ['geometry'], /null|object/, 'Tours' as unknown as object)
    await refused({}, ['geometry'], undefined, { type: 'Point', coordinates: [0.68, 47.39], altitude: 3 })
    await refused({ address: '  ' }, ['address'])
    await refused({ room_id: a.roomId }, ['address', 'commune'], /give it only with a geometry/, null)
  })

  it('asks for an organiser: an initiative, a name, or both', async () => {
    await refused({ organiser_id: undefined }, ['organiser_name'])
  })

  it('refuses a malformed JSON body with a 400, never a 500', async () => {
    const response = await t.app.inject({
      method: 'POST', url: '/api/events', cookies: a.member.cookies, headers: { 'content-type': 'application/json' }, payload: '{"title":',
    })
    expect(response.statusCode).toBe(400)
  })
})
