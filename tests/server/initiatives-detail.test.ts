import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestAccount, initiativeId } from '../helpers/accounts.js'
import { buildTestApp, type TestApp } from '../helpers/app.js'

const PANIER = 'Épicerie sociale Le Panier berruyer'

describe('GET /api/initiatives/{id} and its history', () => {
  let t: TestApp
  let pending: { id: string; name: string; email: string | null }
  let withPrivateEmail: { id: string; email: string }
  beforeAll(async () => {
    t = await buildTestApp({ demo: true })
    pending = (await t.database.query<typeof pending>(sql`
      SELECT id::text AS id, name, email FROM initiatives WHERE status = 'pending' ORDER BY name LIMIT 1`))[0]!
    withPrivateEmail = (await t.database.query<typeof withPrivateEmail>(sql`
      SELECT id::text AS id, email FROM initiatives WHERE status = 'published' AND email IS NOT NULL AND NOT email_public LIMIT 1`))[0]!
  })
  afterAll(async () => { await t?.close() })

  const problem = (response: { statusCode: number; headers: Record<string, unknown> }, status: number) => {
    expect(response.statusCode).toBe(status)
    expect(response.headers['content-type']).toContain('application/problem+json')
  }

  it('answers one published initiative as a GeoJSON Feature', async () => {
    const id = await initiativeId(t, PANIER)
    const response = await t.app.inject({ url: `/api/initiatives/${id}` })
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toContain('application/geo+json')
    expect(response.headers['access-control-allow-origin']).toBe('*')
    expect(response.json()).toMatchObject({
      type: 'Feature', id, geometry: { type: 'Point' },
      properties: { name: PANIER, status: 'published', commune_name: 'Bourges', departement: '18' },
    })
  })

  it('keeps a private e-mail out of the public Feature', async () => {
    const response = await t.app.inject({ url: `/api/initiatives/${withPrivateEmail.id}` })
    expect(response.statusCode).toBe(200)
    expect(response.body).not.toContain(withPrivateEmail.email)
    expect(response.json().properties.email).toBeNull()
  })

  it('answers 404 problem+json for an initiative waiting for moderation', async () => {
    problem(await t.app.inject({ url: `/api/initiatives/${pending.id}` }), 404)
  })

  it.each(['not-a-uuid', '00000000-0000-0000-0000-000000000000', "1'%20OR%20'1'='1"])('answers 404, never 500, for the id %s', async (id) => {
    problem(await t.app.inject({ url: `/api/initiatives/${id}` }), 404)
  })

  it('shows a moderator a pending initiative with its private contact fields', async () => {
    const moderator = await createTestAccount(t, { role: 'moderator' })
    const response = await t.app.inject({ url: `/api/initiatives/${pending.id}`, cookies: moderator.cookies })
    expect(response.statusCode).toBe(200)
    expect(response.json()).toMatchObject({ id: pending.id, properties: { name: pending.name, status: 'pending' } })
    const published = await t.app.inject({ url: `/api/initiatives/${withPrivateEmail.id}`, cookies: moderator.cookies })
    expect(published.json().properties).toMatchObject({ email: withPrivateEmail.email, email_public: false })
  })

  it('shows an admin a pending initiative too, but not a mere member', async () => {
    const admin = await createTestAccount(t, { role: 'admin' })
    expect((await t.app.inject({ url: `/api/initiatives/${pending.id}`, cookies: admin.cookies })).statusCode).toBe(200)
    const member = await createTestAccount(t, { role: 'member', organisations: [await initiativeId(t, PANIER)] })
    problem(await t.app.inject({ url: `/api/initiatives/${pending.id}`, cookies: member.cookies }), 404)
  })

  it('lists approved revisions newest first, with the proposer display name and never an e-mail', async () => {
    const id = await initiativeId(t, PANIER)
    const proposer = await createTestAccount(t, { displayName: 'Camille', email: 'camille.secret@example.org' })
    await t.database.query(sql`INSERT INTO revisions
      (initiative_id, kind, before, after, proposer_account_id, proposer_email, status, created_at, decided_at) VALUES
      (${id}, 'create', NULL, '{"name": "Le Panier"}', NULL, 'anonyme.secret@example.org', 'approved', '2025-01-01T10:00:00Z', '2025-01-02T10:00:00Z'),
      (${id}, 'update', '{"name": "Le Panier"}', ${JSON.stringify({ name: PANIER, email: 'prive.secret@example.org', email_public: false })},
        ${proposer.id}, 'camille.secret@example.org', 'approved', '2025-06-01T10:00:00Z', '2025-06-03T10:00:00Z'),
      (${id}, 'update', '{"name": "x"}', '{"name": "Rejected"}', NULL, NULL, 'rejected', '2025-07-01T10:00:00Z', '2025-07-02T10:00:00Z'),
      (${id}, 'update', '{"name": "x"}', '{"name": "Pending"}', NULL, NULL, 'pending', '2025-08-01T10:00:00Z', NULL)`)
    const response = await t.app.inject({ url: `/api/initiatives/${id}/history` })
    expect(response.statusCode).toBe(200)
    const history = response.json().items
    expect(history).toHaveLength(2)
    expect(history[0]).toMatchObject({ kind: 'update', before: { name: 'Le Panier' }, after: { name: PANIER }, proposer: { display_name: 'Camille' } })
    expect(history[1]).toMatchObject({ kind: 'create', before: null, after: { name: 'Le Panier' }, proposer: { display_name: null } })
    expect(new Date(history[0].decided_at).toISOString()).toBe('2025-06-03T10:00:00.000Z')
    expect(response.body).not.toContain('secret@example.org')
    expect(response.body).not.toContain('Rejected')
    expect(response.body).not.toContain('Pending')
  })

  it('answers an empty history for an initiative never changed', async () => {
    const id = await initiativeId(t, 'Sport pour tous en Berry')
    const response = await t.app.inject({ url: `/api/initiatives/${id}/history` })
    expect(response.statusCode).toBe(200)
    expect(response.json()).toEqual({ items: [], links: [{ rel: 'self', href: `/api/initiatives/${id}/history` }] })
  })

  it('pages the history with a next link only while more revisions remain', async () => {
    const id = await initiativeId(t, 'Sport pour tous en Berry')
    await t.database.query(sql`INSERT INTO revisions (initiative_id, kind, before, after, status, created_at, decided_at)
      SELECT ${id}, 'update', '{}', json_build_object('name', 'v' || n), 'approved', '2025-01-01T00:00:00Z'::timestamptz + n * interval '1 day', NULL
      FROM generate_series(1, 5) n`)
    const names: string[] = []
    let url: string | undefined = `/api/initiatives/${id}/history?limit=2`
    let pages = 0
    while (url) {
      const body = (await t.app.inject({ url })).json() as { items: { after: { name: string } }[]; links: { rel: string; href: string }[] }
      names.push(...body.items.map((entry) => entry.after.name))
      url = body.links.find((link) => link.rel === 'next')?.href
      pages++
    }
    expect(names).toEqual(['v5', 'v4', 'v3', 'v2', 'v1'])
    expect(pages).toBe(3)
    problem(await t.app.inject({ url: `/api/initiatives/${id}/history?cursor=nope` }), 400)
    problem(await t.app.inject({ url: `/api/initiatives/${id}/history?limit=0` }), 400)
  })

  it('answers 404 for the history of an initiative that is not public', async () => {
    problem(await t.app.inject({ url: `/api/initiatives/${pending.id}/history` }), 404)
    problem(await t.app.inject({ url: '/api/initiatives/nope/history' }), 404)
  })

  it('documents the reads, the exports and the stats in the OpenAPI document', async () => {
    const document = (await t.app.inject({ url: '/api/openapi.json' })).json()
    for (const path of ['/api/initiatives', '/api/initiatives/{id}', '/api/initiatives/{id}/history',
      '/api/initiatives.csv', '/api/initiatives.geojson', '/api/stats']) expect(document.paths[path]?.get).toBeDefined()
    const names = document.paths['/api/initiatives'].get.parameters.map((p: { name: string }) => p.name)
    expect(names).toEqual(expect.arrayContaining(['q', 'category', 'legal_form', 'territory', 'bbox', 'limit', 'cursor']))
  })
})
