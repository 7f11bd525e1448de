import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestAccount, initiativeId, type TestAccount } from '../helpers/accounts.js'
import { buildTestApp, type TestApp } from '../helpers/app.js'

const feature = (properties: Record<string, unknown> = {}, geometry: unknown = { type: 'Point', coordinates: [0.7012, 47.3901] }) => ({
  type: 'Feature', geometry,
  properties: { name: 'Atelier vélo', categories: ['mobilite'], legal_form: 'association', commune: '37261', ...properties },
})

const countRows = async (t: TestApp) => {
  const [row] = await t.database.query<{ initiatives: number; revisions: number; reports: number }>(sql`
    SELECT (SELECT count(*)::int FROM initiatives) AS initiatives, (SELECT count(*)::int FROM revisions) AS revisions,
           (SELECT count(*)::int FROM reports) AS reports`)
  return row
}

describe('bad proposals are refused, naming the field, and store nothing', () => {
  let t: TestApp
  beforeAll(async () => { t = await buildTestApp({ demo: true, env: { RATE_LIMIT_WRITES: '1000' } }) })
  afterAll(async () => { await t?.close() })

  const refused = async (payload: string | object, field: string | RegExp) => {
    const before = await countRows(t)
    const response = await t.app.inject({
      method: 'POST', url: '/api/initiatives', headers: { 'content-type': 'application/json' },
      payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
    })
    expect(response.statusCode).toBeGreaterThanOrEqual(400)
    expect(response.statusCode).toBeLessThan(500)
    expect(response.headers['content-type']).toContain('application/problem+json')
    const problem = response.json()
    if (typeof field === 'string') expect(problem.errors.map((e: { field: string }) => e.field)).toContain(field)
    else expect(problem.detail).toMatch(field)
    expect(await countRows(t)).toEqual(before)
    return problem
  }

  it('refuses a proposal without a name', async () => {
    const { properties: { name: _name, ...properties } } = feature()
    await refused({ ...feature(), properties }, 'properties.name')
  })

  it('refuses an empty name and a name over 200 characters', async () => {
    await refused(feature({ name: '' }), 'properties.name')
    await refused(feature({ name: 'n'.repeat(201) }), 'properties.name')
  })

  it('refuses a geometry that is not a Point', async () => {
    await refused(feature({}, { type: 'LineString', coordinates: [[0.7, 47.3], [0.8, 47.4]] }), 'geometry.type')
  })

  it('refuses NaN and Infinity sent as raw JSON text', async () => {
    const text = JSON.stringify(feature())
    await refused(text.replace('[0.7012,47.3901]', '[NaN,47.3901]'), /JSON/i)
    await refused(text.replace('[0.7012,47.3901]', '[Infinity,47.3901]'), /JSON/i)
  })

  it('refuses a number too large to be finite (1e999 parses as Infinity)', async () => {
    await refused(JSON.stringify(feature()).replace('[0.7012,47.3901]', '[1e999,47.3901]'), 'geometry.coordinates.0')
  })

  it('refuses coordinates out of range', async () => {
    await refused(feature({}, { type: 'Point', coordinates: [200, 47.39] }), 'geometry.coordinates')
    await refused(feature({}, { type: 'Point', coordinates: [0.7, -95] }), 'geometry.coordinates')
  })

  it('flags coordinates sent as [lat, lon] without turning them around', async () => {
    const problem = await refused(feature({}, { type: 'Point', coordinates: [47.3901, 0.7012] }), 'geometry.coordinates')
    expect(problem.detail).toContain('coordinates look swapped ([lat, lon])')
  })

  it('refuses a point outside France', async () => {
    await refused(feature({}, { type: 'Point', coordinates: [13.4, 52.5] }), 'geometry.coordinates')
  })

  it('accepts a point overseas (La Réunion)', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/initiatives',
      payload: feature({ commune: '97411' }, { type: 'Point', coordinates: [55.4504, -20.8823] }) })
    expect(response.statusCode).toBe(202)
  })

  it('refuses an unknown category, naming properties.categories', async () => {
    const problem = await refused(feature({ categories: ['mobilite', 'licornes'] }), 'properties.categories')
    expect(problem.detail).toContain('licornes')
  })

  it('refuses an unknown commune', async () => {
    await refused(feature({ commune: '99999' }), 'properties.commune')
  })

  it('refuses a status or an id slipped into the proposal', async () => {
    await refused(feature({ status: 'published' }), 'properties.status')
    await refused({ ...feature(), id: '00000000-0000-4000-8000-000000000000' }, 'id')
  })

  it('refuses a description of 100,000 characters', async () => {
    await refused(feature({ description: 'é'.repeat(100_000) }), 'properties.description')
  })

  it('refuses a body over 1 MiB with 413', async () => {
    const before = await countRows(t)
    const response = await t.app.inject({ method: 'POST', url: '/api/initiatives',
      payload: feature({ description: 'x'.repeat(2 * 1024 * 1024) }) })
    expect(response.statusCode).toBe(413)
    expect(response.headers['content-type']).toContain('application/problem+json')
    expect(await countRows(t)).toEqual(before)
  })
})

describe('spam and cross-site defences', () => {
  let t: TestApp
  let moderator: TestAccount
  beforeAll(async () => {
    t = await buildTestApp({ demo: true, env: { RATE_LIMIT_WRITES: '2', RATE_LIMIT_WINDOW_SECONDS: '3600' } })
    moderator = await createTestAccount(t, { role: 'moderator' })
  })
  afterAll(async () => { await t?.close() })

  const propose = (payload: object, headers: Record<string, string> = {}, cookies?: Record<string, string>) =>
    t.app.inject({ method: 'POST', url: '/api/initiatives', payload, headers, cookies })

  it('answers a filled honeypot like a success and stores nothing', async () => {
    const before = await countRows(t)
    const response = await propose(feature({ website_url: 'http://spam.example' }), { 'x-forwarded-for': '1' })
    expect(response.statusCode).toBe(202)
    const body = response.json()
    expect(body).toMatchObject({ status: 'pending', possible_duplicates: [] })
    expect(body.id).toMatch(/^[0-9a-f-]{36}$/)
    expect(await countRows(t)).toEqual(before)
    expect(await t.database.query(sql`SELECT 1 FROM initiatives WHERE id = ${body.id}`)).toEqual([])
  })

  it('answers a filled honeypot in a proposed change like a success and records no revision', async () => {
    const id = await initiativeId(t, 'Cré-sol')
    const before = await countRows(t)
    const response = await t.app.inject({ method: 'PATCH', url: `/api/initiatives/${id}`, cookies: moderator.cookies,
      payload: { properties: { name: 'Achetez maintenant', website_url: 'http://spam.example' } } })
    expect(response.statusCode).toBe(202)
    expect(response.json()).toMatchObject({ id, status: 'pending' })
    expect(await countRows(t)).toEqual(before)
    expect((await t.app.inject({ url: `/api/initiatives/${id}` })).json().properties.name).toBe('Cré-sol')
  })

  it('refuses a cross-site write even with a moderator\'s session (403), storing nothing', async () => {
    const before = await countRows(t)
    const response = await propose(feature({ name: 'Cross-site' }), { 'sec-fetch-site': 'cross-site' }, moderator.cookies)
    expect(response.statusCode).toBe(403)
    expect(await countRows(t)).toEqual(before)
  })

  it('limits anonymous writes per address: past the limit 429 with Retry-After, nothing stored', async () => {
    // The honeypot above already counted once against this address.
    const [used] = await t.database.query<{ hits: number }>(sql`SELECT coalesce(sum(hits), 0)::int AS hits FROM rate_limits WHERE key LIKE 'writes:initiatives:%'`)
    for (let i = used!.hits; i < 2; i += 1) expect((await propose(feature({ name: `Proposition ${i}` }))).statusCode).toBe(202)
    const before = await countRows(t)
    const response = await propose(feature({ name: 'Une de trop' }))
    expect(response.statusCode).toBe(429)
    expect(Number(response.headers['retry-after'])).toBeGreaterThan(0)
    expect(await countRows(t)).toEqual(before)
    const id = await initiativeId(t, 'Cré-sol')
    const report = await t.app.inject({ method: 'POST', url: `/api/initiatives/${id}/reports`, payload: { reason: 'closed' } })
    expect(report.statusCode).toBe(429)
    expect((await propose(feature({ name: 'Par une modératrice' }), {}, moderator.cookies)).statusCode).toBe(201)
  })
})
