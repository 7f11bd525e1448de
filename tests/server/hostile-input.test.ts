/**
 * Input no schema lets through by accident: each of the values an attacker
 * sent and got a 500 for (or saw stored, coerced to another type) is now a
 * 400 problem+json naming the field, and changes nothing. The property test
 * over every route of the OpenAPI document is in hostile-routes.test.ts.
 */
import { connect } from 'node:net'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestAccount, initiativeId, type TestAccount } from '../helpers/accounts.js'
import { startTestServer, type TestApp } from '../helpers/app.js'
import { encodeCursor } from '../../server/shared/cursor.js'
import { eventBody } from './events-write-fixtures.js'
import { createRoom, parisDay, parisTime } from './loans-fixtures.js'
import { databaseDigest } from '../helpers/database-digest.js'

type Method = 'GET' | 'POST' | 'PATCH'

describe('hostile values are refused by name and change nothing', () => {
  let t: TestApp & { url: string }
  let admin: TestAccount
  let member: TestAccount
  let roomId: string
  let hostId: string

  beforeAll(async () => {
    t = await startTestServer({ demo: true, env: { RATE_LIMIT_WRITES: '100000', RATE_LIMIT_LOGINS: '100000', RATE_LIMIT_CLIENT_LOGINS: '100000' } })
    admin = await createTestAccount(t, { role: 'admin' })
    hostId = await initiativeId(t, (await t.database.query<{ name: string }>(sql`
      SELECT name FROM initiatives WHERE status = 'published' ORDER BY name LIMIT 1`))[0]!.name)
    member = await createTestAccount(t, { organisations: [hostId] })
    roomId = await createRoom(t, hostId, { capacity: 20 })
  })
  afterAll(async () => { await t?.close() })

  /** Sends the request and checks the answer is a 400 naming `field`, with the database unchanged. */
  const refused = async (method: Method, url: string, field: string, options: { payload?: unknown; as?: TestAccount } = {}) => {
    const before = await databaseDigest(t.database)
    const response = await t.app.inject({
      method, url, headers: { 'sec-fetch-site': 'same-origin' },
      ...(options.payload === undefined ? {} : { payload: options.payload as object }),
      ...(options.as ? { cookies: options.as.cookies } : {}),
    })
    expect(response.statusCode, `${method} ${url}: ${response.body}`).toBe(400)
    expect(response.headers['content-type']).toContain('application/problem+json')
    expect(response.json().errors.map((e: { field: string }) => e.field)).toContain(field)
    expect(await databaseDigest(t.database)).toBe(before)
  }

  const proposal = (properties: Record<string, unknown>) => ({
    type: 'Feature', geometry: { type: 'Point', coordinates: [0.7012, 47.3901] },
    properties: { name: 'Atelier vélo', categories: ['mobilite'], legal_form: 'association', commune: '37261', ...properties },
  })

  it('refuses a NUL character in text fields, the query string and the login', async () => {
    await refused('POST', '/api/initiatives', 'properties.name', { payload: proposal({ name: 'Atelier\u0000vélo' }) })
    await refused('POST', '/api/initiatives', 'properties.description', { payload: proposal({ description: 'a\u0000b' }) })
    await refused('POST', '/api/auth/login', 'email', { payload: { email: 'a\u0000@example.org', password: 'x'.repeat(12) } })
    await refused('POST', '/api/accounts', 'display_name',
      { payload: { email: 'nul@example.org', display_name: 'Ana\u0000', role: 'member' }, as: admin })
    await refused('GET', '/api/territories?q=Tou%00rs', 'q')
    await refused('GET', '/api/initiatives?q=v%C3%A9lo%00', 'q')
    await refused('GET', '/api/events?organiser=%00', 'organiser.0')
  })

  it('refuses a lone UTF-16 surrogate', async () => {
    await refused('POST', '/api/initiatives', 'properties.description', { payload: proposal({ description: 'vélo \ud83d' }) })
    // A surrogate cannot be written in UTF-8: in a URL it is bytes that decode to U+FFFD, a character.
    const query = await t.app.inject({ url: '/api/territories?q=Tours%ED%A0%80' })
    expect(query.statusCode).toBe(200)
  })

  it('keeps emoji and accents, which are whole characters', async () => {
    const response = await t.app.inject({
      method: 'POST', url: '/api/initiatives', headers: { 'sec-fetch-site': 'same-origin' },
      payload: proposal({ name: 'Répar’café 🚲', description: 'Première ligne\nseconde ligne\tavec une tabulation' }),
    })
    expect(response.statusCode).toBe(202)
  })

  it('refuses control characters in one-line fields, and keeps line breaks where text has several lines', async () => {
    await refused('POST', '/api/initiatives', 'properties.name', { payload: proposal({ name: 'Atelier\nvélo' }) })
    await refused('POST', '/api/initiatives', 'properties.address', { payload: proposal({ address: '12 rue\u0007 Nationale' }) })
    await refused('POST', '/api/initiatives', 'properties.name', { payload: proposal({ name: '   ' }) })
    await refused('POST', '/api/initiatives', 'properties.description', { payload: proposal({ description: 'bip\u001b[31m' }) })
    await refused('POST', '/api/events', 'properties.title', { payload: eventBody(hostId, { title: 'Fête\u2028du vélo' }), as: member })
  })

  it('refuses numbers that are not finite in the query string, and out-of-range ones', async () => {
    for (const url of ['/api/initiatives', '/api/events', '/api/rooms', '/api/territories?q=tours&', '/ogc/collections/rooms/items']) {
      const sep = url.endsWith('&') ? '' : '?'
      await refused('GET', `${url}${sep}limit=Infinity`, 'limit')
      await refused('GET', `${url}${sep}limit=1e400`, 'limit')
    }
    await refused('GET', '/api/loans?limit=-Infinity', 'limit', { as: member })
    await refused('GET', '/api/moderation/queue?limit=1e400', 'limit', { as: admin })
    await refused('GET', '/api/accounts?limit=Infinity', 'limit', { as: admin })
    await refused('GET', '/api/rooms?capacity_min=99999999999', 'capacity_min')
    await refused('GET', '/api/rooms?capacity_min=1e400', 'capacity_min')
  })

  it('never coerces a body to another type', async () => {
    const day = parisDay(t.clock(), 10)
    const loan = { start: parisTime(`${day}T10:00`), end: parisTime(`${day}T11:00`), purpose: 'Atelier', people: 3 }
    await refused('POST', `/api/rooms/${roomId}/loans`, 'people', { payload: { ...loan, people: true }, as: member })
    await refused('POST', `/api/rooms/${roomId}/loans`, 'people', { payload: { ...loan, people: '3' }, as: member })
    await refused('POST', `/api/rooms/${roomId}/loans`, 'purpose', { payload: { ...loan, purpose: ['Atelier'] }, as: member })
    await refused('POST', '/api/events', 'properties.rrule', { payload: eventBody(hostId, { rrule: ['FREQ=WEEKLY'] }), as: member })
    const target = await createTestAccount(t, { role: 'member' })
    await refused('PATCH', `/api/accounts/${target.id}`, 'disabled', { payload: { disabled: 'true' }, as: admin })
    const [row] = await t.database.query<{ disabled: boolean }>(sql`SELECT disabled_at IS NOT NULL AS disabled FROM accounts WHERE id = ${target.id}::uuid`)
    expect(row!.disabled).toBe(false)
  })

  it('still reads the query string as text made into numbers, booleans and lists', async () => {
    const response = await t.app.inject({ url: '/api/rooms?capacity_min=5&step_free=true&limit=2&equipment=wifi' })
    expect(response.statusCode).toBe(200)
  })

  it('refuses a cursor whose key is not what this API writes', async () => {
    await refused('GET', `/api/accounts?cursor=${encodeCursor(['a@example.org', 'not-a-uuid'])}`, 'cursor', { as: admin })
    await refused('GET', `/api/accounts?cursor=${encodeCursor(['a\u0000@example.org', crypto.randomUUID()])}`, 'cursor', { as: admin })
    await refused('GET', `/api/moderation/queue?cursor=${encodeCursor(['2020', crypto.randomUUID()])}`, 'cursor', { as: admin })
    await refused('GET', `/api/rooms?cursor=${encodeCursor('x')}`, 'cursor')
    await refused('GET', `/api/events?cursor=${encodeCursor([1e400, crypto.randomUUID()])}`, 'cursor')
  })

  it('answers a path parameter too long, and headers too large, in problem+json', async () => {
    const long = await t.app.inject({ url: `/api/initiatives/${'x'.repeat(500)}` })
    expect(long.statusCode).toBe(414)
    expect(long.headers['content-type']).toContain('application/problem+json')
    expect(long.json()).toMatchObject({ status: 414 })

    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(new URL(t.url).port), '127.0.0.1')
      let answer = ''
      socket.on('data', (chunk) => { answer += chunk.toString('utf8') })
      socket.on('close', () => resolve(answer))
      socket.on('error', reject)
      socket.write(`GET /api/settings HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`)
    })
    expect(raw).toMatch(/^HTTP\/1\.1 431 /)
    expect(raw).toContain('Content-Type: application/problem+json')
    expect(JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4))).toMatchObject({ status: 431, title: 'Request Header Fields Too Large' })
  })
})
