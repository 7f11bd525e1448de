import { sql } from 'drizzle-orm'
import { DateTime } from 'luxon'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTestApp, type TestApp } from '../helpers/app.js'
import { createTestAccount, type TestAccount } from '../helpers/accounts.js'
import { createOrganisation, createRoom, parisDay, parisTime, problemFields, PARIS } from './loans-fixtures.js'
import { testTime } from '../helpers/clock.js'

// The app's clock stands still at the start of the file; slots are days after it.
const now = new Date(Math.floor(testTime() / 60_000) * 60_000)

describe('loans of rooms', () => {
  let t: TestApp
  let host: string
  let borrower: string
  let room: string
  let hostMember: TestAccount
  let borrowerMember: TestAccount
  let outsider: TestAccount
  /** Each test asks for slots on its own day, so that their loans never meet. */
  let day = 1

  beforeAll(async () => {
    // A day-long rate-limit window, so that the limit test does not straddle two windows.
    t = await buildTestApp({ clock: () => now, env: { RATE_LIMIT_WINDOW_SECONDS: '86400' } })
    host = await createOrganisation(t, 'Maison des associations')
    borrower = await createOrganisation(t, 'Collectif vélo')
    const other = await createOrganisation(t, 'Autre association')
    room = await createRoom(t, host, { name: 'Grande salle', capacity: 20 })
    hostMember = await createTestAccount(t, { organisations: [host] })
    borrowerMember = await createTestAccount(t, { organisations: [borrower], displayName: 'Camille' })
    outsider = await createTestAccount(t, { organisations: [other] })
  })
  afterAll(async () => { await t?.close() })

  const newDay = () => parisDay(now, ++day)
  const slot = (date: string, from: string, to: string) => ({ start: parisTime(`${date}T${from}`), end: parisTime(`${date}T${to}`) })
  const ask = (payload: Record<string, unknown>, account?: TestAccount, roomId = room) =>
    t.app.inject({ method: 'POST', url: `/api/rooms/${roomId}/loans`, payload, cookies: account?.cookies })
  const asMember = (times: { start: string; end: string }, extra: Record<string, unknown> = {}) =>
    ask({ ...times, purpose: 'Assemblée générale', people: 12, requester_organisation_id: borrower, ...extra }, borrowerMember)
  const requested = async (times: { start: string; end: string }) => {
    const response = await asMember(times)
    expect(response.statusCode, response.body).toBe(201)
    return response.json().id as string
  }
  const decide = (id: string, action: string, account?: TestAccount, payload: Record<string, unknown> = {}) =>
    t.app.inject({ method: 'POST', url: `/api/loans/${id}/${action}`, payload, cookies: account?.cookies })
  const statusOf = async (id: string) =>
    (await t.database.query<{ status: string }>(sql`SELECT status FROM loans WHERE id = ${id}::uuid`))[0]!.status
  const loanCount = async () => (await t.database.query<{ n: number }>(sql`SELECT count(*)::int AS n FROM loans`))[0]!.n

  it('lets a member ask for a slot in the name of their organisation: 201 requested, in Paris time', async () => {
    const times = slot(newDay(), '14:00', '17:30')
    const response = await asMember(times)
    expect(response.statusCode, response.body).toBe(201)
    expect(response.json()).toMatchObject({
      status: 'requested', room_id: room, room_name: 'Grande salle', host_id: host, start: times.start, end: times.end,
      people: 12, purpose: 'Assemblée générale', requester_organisation_id: borrower, requester_organisation_name: 'Collectif vélo',
      decided_at: null, decided_by: null,
    })
    expect(response.json()).not.toHaveProperty('cancel_url')
    expect(response.json()).not.toHaveProperty('requester_email')
  })

  it('approves back-to-back loans, 10:00–11:00 then 11:00–12:00', async () => {
    const date = newDay()
    const first = await requested(slot(date, '10:00', '11:00'))
    const second = await requested(slot(date, '11:00', '12:00'))
    expect((await decide(first, 'approve', hostMember)).statusCode).toBe(200)
    expect((await decide(second, 'approve', hostMember)).statusCode).toBe(200)
    expect([await statusOf(first), await statusOf(second)]).toEqual(['approved', 'approved'])
  })

  it('refuses a request overlapping an approved loan with 409, storing nothing', async () => {
    const date = newDay()
    expect((await decide(await requested(slot(date, '10:00', '12:00')), 'approve', hostMember)).statusCode).toBe(200)
    const before = await loanCount()
    expect(problemFields(await asMember(slot(date, '11:00', '13:00')), 409)).toEqual([])
    expect(await loanCount()).toBe(before)
  })

  it('refuses to approve a request overlapping an approved loan with 409, leaving it requested', async () => {
    const date = newDay()
    const first = await requested(slot(date, '09:00', '12:00'))
    const second = await requested(slot(date, '11:30', '13:00'))
    expect((await decide(first, 'approve', hostMember)).statusCode).toBe(200)
    const refused = await decide(second, 'approve', hostMember)
    expect(problemFields(refused, 409)).toEqual([])
    expect(refused.json().detail).toContain('overlaps')
    expect(await statusOf(second)).toBe('requested')
  })

  it('records who decided, when, and the message', async () => {
    const id = await requested(slot(newDay(), '18:00', '20:00'))
    const response = await decide(id, 'decline', hostMember, { message: 'La salle est en travaux ce jour-là.' })
    expect(response.statusCode, response.body).toBe(200)
    expect(response.json()).toMatchObject({
      id, status: 'declined', decided_by: hostMember.id, decision_message: 'La salle est en travaux ce jour-là.',
      decided_at: DateTime.fromJSDate(now, { zone: PARIS }).toISO({ suppressMilliseconds: true }),
      requester_name: 'Collectif vélo', requester_email: borrowerMember.email,
    })
  })

  it('takes a decision sent without a body', async () => {
    const id = await requested(slot(newDay(), '10:00', '11:00'))
    const response = await t.app.inject({ method: 'POST', url: `/api/loans/${id}/approve`, cookies: hostMember.cookies })
    expect(response.statusCode, response.body).toBe(200)
    expect(response.json()).toMatchObject({ status: 'approved', decision_message: null })
  })

  it('lets only requested loans be approved or declined, and requested or approved ones be cancelled (409 otherwise)', async () => {
    const date = newDay()
    const declined = await requested(slot(date, '08:00', '09:00'))
    expect((await decide(declined, 'decline', hostMember)).statusCode).toBe(200)
    expect(problemFields(await decide(declined, 'approve', hostMember), 409)).toEqual([])
    expect(problemFields(await decide(declined, 'cancel', hostMember), 409)).toEqual([])
    const approved = await requested(slot(date, '09:00', '10:00'))
    expect((await decide(approved, 'approve', hostMember)).statusCode).toBe(200)
    expect(problemFields(await decide(approved, 'decline', hostMember), 409)).toEqual([])
    expect((await decide(approved, 'cancel', hostMember)).json().status).toBe('cancelled')
    expect(problemFields(await decide(approved, 'cancel', hostMember), 409)).toEqual([])
  })

  it("does not let a member of another organisation approve the host's loans (403), nor anyone signed out (401)", async () => {
    const id = await requested(slot(newDay(), '10:00', '11:00'))
    expect(problemFields(await decide(id, 'approve', outsider), 403)).toEqual([])
    expect(problemFields(await decide(id, 'approve', borrowerMember), 403)).toEqual([])
    expect(problemFields(await decide(id, 'decline'), 401)).toEqual([])
    expect(problemFields(await decide(id, 'cancel', outsider), 403)).toEqual([])
    expect(await statusOf(id)).toBe('requested')
    expect(problemFields(await decide('0b6a4c6e-0000-4000-8000-000000000000', 'approve', hostMember), 404)).toEqual([])
  })

  it('lets the requesting organisation cancel its own request', async () => {
    const id = await requested(slot(newDay(), '10:00', '11:00'))
    const response = await decide(id, 'cancel', borrowerMember, { message: 'Réunion reportée' })
    expect(response.statusCode, response.body).toBe(200)
    expect(response.json()).toMatchObject({ status: 'cancelled', decided_by: borrowerMember.id, decision_message: 'Réunion reportée' })
    expect(response.json()).not.toHaveProperty('requester_email')
  })

  it('gives a person without account a cancel link that works with its token, and only with it', async () => {
    const response = await ask({ ...slot(newDay(), '19:00', '21:00'), purpose: 'Répétition de chorale', people: 15,
      requester_name: 'Chorale du quartier', requester_email: 'chorale@example.org' })
    expect(response.statusCode, response.body).toBe(201)
    const { id, cancel_url: cancelUrl } = response.json()
    const url = new URL(cancelUrl)
    expect(url.pathname).toBe(`/demandes/${id}/annuler`)
    const token = url.searchParams.get('token')!
    expect(token.length).toBeGreaterThanOrEqual(32)
    const [stored] = await t.database.query<{ cancel_token_hash: string }>(sql`SELECT cancel_token_hash FROM loans WHERE id = ${id}::uuid`)
    expect(stored!.cancel_token_hash).toMatch(/^[0-9a-f]{64}$/)
    expect(stored!.cancel_token_hash).not.toContain(token)

    expect(problemFields(await decide(id, 'cancel', undefined, { token: `${token}x` }), 403)).toEqual([])
    expect(problemFields(await decide(id, 'cancel'), 401)).toEqual([])
    expect(problemFields(await decide(id, 'approve', undefined, { token }), 400)).toEqual(['token'])
    expect(await statusOf(id)).toBe('requested')
    const cancelled = await decide(id, 'cancel', undefined, { token })
    expect(cancelled.statusCode, cancelled.body).toBe(200)
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', decided_by: null })
  })

  it('refuses each bad request with problem+json naming the field, storing nothing', async () => {
    const date = newDay()
    const past = parisTime(DateTime.fromJSDate(now, { zone: PARIS }).minus({ hours: 1 }).toFormat("yyyy-LL-dd'T'HH:mm"))
    const cases: [Record<string, unknown>, string[]][] = [
      [slot(date, '12:00', '10:00'), ['end']],
      [slot(date, '10:00', '10:00'), ['end']],
      [{ start: parisTime(`${date}T10:00`), end: parisTime(`${parisDay(now, day + 15)}T10:00`) }, ['end']],
      [{ start: past, end: parisTime(`${date}T10:00`) }, ['start']],
      [{ ...slot(date, '10:00', '12:00'), people: 21 }, ['people']],
      [{ start: `${date}T10:00:00`, end: `${date}T12:00:00` }, ['start', 'end']],
      [{ start: `${date}T10:00:00+01:00`, end: 'demain midi' }, ['end']],
      [{ start: `${date}T25:00:00+01:00`, end: `${date}T12:00:00+01:00` }, ['start']],
      [{ ...slot(date, '10:00', '12:00'), people: 0 }, ['people']],
      [{ ...slot(date, '10:00', '12:00'), colour: 'blue' }, ['colour']],
    ]
    const before = await loanCount()
    for (const [fields, named] of cases) {
      const response = await asMember(slot(date, '10:00', '12:00'), fields)
      expect(problemFields(response, 400), JSON.stringify(fields)).toEqual(named)
    }
    const ambiguous = await asMember({ start: `${date}T10:00:00`, end: `${date}T12:00:00` })
    expect(ambiguous.json().detail).toContain('ambiguous')
    expect(await loanCount()).toBe(before)
  })

  it('asks a person without account for a name and an e-mail', async () => {
    const response = await ask({ ...slot(newDay(), '10:00', '12:00'), purpose: 'Atelier', people: 4 })
    expect(problemFields(response, 400).sort()).toEqual(['requester_email', 'requester_name'])
  })

  it('answers 404 for a hidden or unknown room, 403 for an organisation that is not the requester’s', async () => {
    const hidden = await createRoom(t, host, { name: 'Salle cachée' })
    await t.database.query(sql`UPDATE rooms SET status = 'hidden' WHERE id = ${hidden}::uuid`)
    const times = slot(newDay(), '10:00', '12:00')
    const payload = { ...times, purpose: 'Atelier', people: 4, requester_organisation_id: borrower }
    expect(problemFields(await ask(payload, borrowerMember, hidden), 404)).toEqual([])
    expect(problemFields(await ask(payload, borrowerMember, 'not-a-room'), 404)).toEqual([])
    expect(problemFields(await ask(payload, outsider), 403)).toEqual([])
    expect(problemFields(await ask(payload), 401)).toEqual([])
  })

  it("lists the host's loans with the requester's contact, and the requester's own loans without it", async () => {
    const id = await requested(slot(newDay(), '15:00', '16:00'))
    const asHost = await t.app.inject({ url: '/api/loans?role=host&status=requested', cookies: hostMember.cookies })
    expect(asHost.statusCode, asHost.body).toBe(200)
    const hostItem = asHost.json().items.find((loan: { id: string }) => loan.id === id)
    expect(hostItem).toMatchObject({ room_name: 'Grande salle', requester_name: 'Collectif vélo', requester_email: borrowerMember.email, status: 'requested' })
    expect(asHost.json().items.every((loan: { status: string }) => loan.status === 'requested')).toBe(true)

    const asRequester = await t.app.inject({ url: '/api/loans?role=requester', cookies: borrowerMember.cookies })
    const mine = asRequester.json().items.find((loan: { id: string }) => loan.id === id)
    expect(mine).toMatchObject({ id, room_name: 'Grande salle', status: 'requested' })
    expect(mine).not.toHaveProperty('requester_email')

    const outsiders = await t.app.inject({ url: '/api/loans?role=host', cookies: outsider.cookies })
    expect(outsiders.json().items).toEqual([])
    expect(problemFields(await t.app.inject({ url: '/api/loans?role=host' }), 401)).toEqual([])
    expect(problemFields(await t.app.inject({ url: '/api/loans?role=guest', cookies: hostMember.cookies }), 400)).toEqual(['role'])
  })

  it('pages the loans in start order with a next link only while more remain', async () => {
    await requested(slot(newDay(), '08:00', '09:00'))
    await requested(slot(newDay(), '08:00', '09:00'))
    const all = (await t.app.inject({ url: '/api/loans?role=host', cookies: hostMember.cookies })).json()
    expect(all.links.map((link: { rel: string }) => link.rel)).toEqual(['self'])
    const ids: string[] = []
    let url: string | undefined = '/api/loans?role=host&limit=1'
    while (url) {
      const body: { items: { id: string }[]; links: { rel: string; href: string }[] } = (await t.app.inject({ url, cookies: hostMember.cookies })).json()
      expect(body.items.length).toBe(1)
      ids.push(body.items[0]!.id)
      url = body.links.find((link: { rel: string }) => link.rel === 'next')?.href
    }
    expect(all.items.length).toBeGreaterThan(2)
    expect(ids).toEqual(all.items.map((loan: { id: string }) => loan.id))
    expect(problemFields(await t.app.inject({ url: '/api/loans?cursor=bad', cookies: hostMember.cookies }), 400)).toEqual(['cursor'])
  })

  it('keeps the wall-clock times of a loan across the last Sunday of October in the list, the availability and the feed', async () => {
    // The night clocks go back in Paris, the year after the clock's: 22:00 (+02:00) to 10:00 (+01:00), 13 hours.
    const year = DateTime.fromJSDate(now, { zone: PARIS }).year + 1
    const lastSunday = DateTime.fromObject({ year, month: 10, day: 31 }, { zone: PARIS })
    const sunday = lastSunday.minus({ days: lastSunday.weekday % 7 })
    const saturday = sunday.minus({ days: 1 })
    const start = `${saturday.toISODate()}T22:00:00+02:00`
    const end = `${sunday.toISODate()}T10:00:00+01:00`
    expect(DateTime.fromISO(end).diff(DateTime.fromISO(start), 'hours').hours).toBe(13)
    const dstRoom = await createRoom(t, host, { name: 'Salle du changement d’heure' })

    const available = async () => {
      const query = new URLSearchParams({ available_from: `${sunday.toISODate()}T01:00:00+01:00`, available_to: `${sunday.toISODate()}T02:00:00+01:00` })
      return (await t.app.inject({ url: `/api/rooms?${query}` })).json().features.map((f: { id: string }) => f.id)
    }
    const response = await ask({ start, end, purpose: 'Nuit du jeu', people: 10, requester_organisation_id: borrower }, borrowerMember, dstRoom)
    expect(response.statusCode, response.body).toBe(201)
    expect(response.json()).toMatchObject({ start, end })
    expect(await available()).toContain(dstRoom)
    expect((await decide(response.json().id, 'approve', hostMember)).statusCode).toBe(200)
    expect(await available()).not.toContain(dstRoom)

    const listed = (await t.app.inject({ url: '/api/loans?role=host&status=approved', cookies: hostMember.cookies })).json()
    expect(listed.items.find((loan: { room_id: string }) => loan.room_id === dstRoom)).toMatchObject({ start, end })
    const window = new URLSearchParams({ from: `${saturday.toISODate()}T00:00:00+02:00`, to: `${sunday.plus({ days: 1 }).toISODate()}T00:00:00+01:00` })
    const availability = (await t.app.inject({ url: `/api/rooms/${dstRoom}/availability?${window}` })).json()
    expect(availability.busy).toEqual([{ start, end }])
    // The feed only covers loans from 30 days ago on, relative to the real time: the loan is in the coming year.
    const feed = (await t.app.inject({ url: `/feeds/rooms/${dstRoom}.ics` })).body.replace(/\r\n[ \t]/g, '')
    expect(feed).toContain(`DTSTART;TZID=Europe/Paris:${saturday.toFormat('yyyyLLdd')}T220000`)
    expect(feed).toContain(`DTEND;TZID=Europe/Paris:${sunday.toFormat('yyyyLLdd')}T100000`)
  })

  it('limits the requests of people without account per address (429 with Retry-After)', async () => {
    const limit = t.config.rateLimitWrites
    const date = newDay()
    const statuses: number[] = []
    for (let i = 0; i <= limit; i++) {
      const response = await t.app.inject({
        method: 'POST', url: `/api/rooms/${room}/loans`, remoteAddress: '203.0.113.7',
        payload: { ...slot(date, '10:00', '11:00'), purpose: 'Atelier', people: 3, requester_name: 'Voisin', requester_email: 'voisin@example.org' },
      })
      statuses.push(response.statusCode)
      if (response.statusCode === 429) expect(Number(response.headers['retry-after'])).toBeGreaterThan(0)
    }
    expect(statuses).toEqual([...Array(limit).fill(201), 429])
    const other = await t.app.inject({
      method: 'POST', url: `/api/rooms/${room}/loans`, remoteAddress: '203.0.113.8',
      payload: { ...slot(date, '10:00', '11:00'), purpose: 'Atelier', people: 3, requester_name: 'Voisine', requester_email: 'voisine@example.org' },
    })
    expect(other.statusCode).toBe(201)
  })
})
