import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestAccount, initiativeId, type TestAccount } from '../helpers/accounts.js'
import { buildTestApp, type TestApp } from '../helpers/app.js'

/** A proposal in Tours (commune 37261), far from every demo initiative's name. */
const proposal = (properties: Record<string, unknown> = {}, coordinates: unknown = [0.7012, 47.3901]) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates },
  properties: {
    name: 'Atelier vélo des Tanneurs', description: 'Réparation de vélos ;\nentraide, le samedi.',
    categories: ['mobilite', 'reemploi-recyclage'], legal_form: 'association', address: '12 rue des Tanneurs, 37000 Tours',
    commune: '37261', email: 'atelier@example.org', email_public: false, ...properties,
  },
})

describe('proposing and changing initiatives', () => {
  let t: TestApp
  let moderator: TestAccount
  beforeAll(async () => {
    t = await buildTestApp({ demo: true, env: { RATE_LIMIT_WRITES: '1000' } })
    moderator = await createTestAccount(t, { role: 'moderator' })
  })
  afterAll(async () => { await t?.close() })

  const post = (body: unknown, cookies?: Record<string, string>) =>
    t.app.inject({ method: 'POST', url: '/api/initiatives', payload: body as object, cookies })
  const patch = (id: string, body: unknown, cookies?: Record<string, string>) =>
    t.app.inject({ method: 'PATCH', url: `/api/initiatives/${id}`, payload: body as object, cookies })
  const row = async (id: string) => {
    const [found] = await t.database.query<{ status: string; name: string; territories: string[]; source: string }>(sql`
      SELECT status, name, territories, source FROM initiatives WHERE id = ${id}`)
    return found
  }
  const revisionsOf = (id: string) => t.database.query<{ kind: string; status: string; before: unknown; after: Record<string, unknown>; reviewer_id: string | null; decided_at: string | null }>(sql`
    SELECT kind, status, before, after, reviewer_id::text AS reviewer_id, decided_at::text AS decided_at
    FROM revisions WHERE initiative_id = ${id} ORDER BY created_at, id`)

  it('answers 202 with the pending id and its first revision, stored in one go', async () => {
    const response = await post(proposal({ proposer_email: 'moi@example.org' }))
    expect(response.statusCode).toBe(202)
    const body = response.json()
    expect(body).toMatchObject({ status: 'pending', possible_duplicates: [] })
    expect(await row(body.id)).toMatchObject({ status: 'pending', source: 'contribution', name: 'Atelier vélo des Tanneurs' })
    expect((await row(body.id))!.territories).toEqual(expect.arrayContaining(['commune:37261', 'departement:37', 'region:24']))
    const [revision] = await revisionsOf(body.id)
    expect(revision).toMatchObject({ kind: 'create', status: 'pending', before: null })
    expect(revision!.after).toMatchObject({
      name: 'Atelier vélo des Tanneurs', categories: ['mobilite', 'reemploi-recyclage'], commune: '37261',
      geometry: { type: 'Point', coordinates: [0.7012, 47.3901] },
    })
    expect(revision!.after).not.toHaveProperty('proposer_email')
  })

  it('keeps a pending proposal off the public list, detail, text search and export', async () => {
    const { id } = (await post(proposal({ name: 'Conserverie solidaire Zéphyrine' }))).json()
    const list = (await t.app.inject({ url: '/api/initiatives?limit=5000' })).json()
    expect(list.features.map((f: { id: string }) => f.id)).not.toContain(id)
    expect((await t.app.inject({ url: `/api/initiatives/${id}` })).statusCode).toBe(404)
    const search = await t.app.inject({ url: `/api/initiatives?q=${encodeURIComponent('zephyrine')}` })
    expect(search.statusCode).toBe(200)
    expect(search.json().features).toEqual([])
    const exported = await t.app.inject({ url: '/api/initiatives.geojson' })
    expect(exported.statusCode).toBe(200)
    expect(exported.body).toContain('Cré-sol')
    expect(exported.body).not.toContain(id)
    expect(exported.body).not.toContain('Zéphyrine')
  })

  it('lists published initiatives within 100 m with a similar name as possible duplicates', async () => {
    const creSol = await initiativeId(t, 'Cré-sol')
    const response = await post(proposal({ name: 'Cre sol' }, [0.6899, 47.3940]))
    expect(response.statusCode).toBe(202)
    const { id, possible_duplicates: duplicates } = response.json()
    expect(duplicates).toEqual([expect.objectContaining({ id: creSol, name: 'Cré-sol' })])
    expect(duplicates[0].distance_m).toBeGreaterThan(0)
    expect(duplicates[0].distance_m).toBeLessThan(100)
    const [stored] = await t.database.query<{ possible_duplicates: unknown }>(sql`
      SELECT possible_duplicates FROM revisions WHERE initiative_id = ${id}`)
    expect(stored!.possible_duplicates).toEqual(duplicates)
  })

  it('does not take a far-away namesake for a duplicate', async () => {
    const response = await post(proposal({ name: 'Cré sol' }, [0.7012, 47.3901]))
    expect(response.json().possible_duplicates).toEqual([])
  })

  it('publishes a moderator\'s proposal at once (201 with the Feature and its Location) and records it approved', async () => {
    const response = await post(proposal({ name: 'Recyclerie du Sanitas' }), moderator.cookies)
    expect(response.statusCode).toBe(201)
    expect(response.headers['content-type']).toContain('application/geo+json')
    const feature = response.json()
    expect(feature).toMatchObject({ type: 'Feature', properties: { name: 'Recyclerie du Sanitas', status: 'published', commune_name: 'Tours' } })
    expect(response.headers.location).toBe(`/api/initiatives/${feature.id}`)
    expect((await t.app.inject({ url: response.headers.location as string })).statusCode).toBe(200)
    expect(await revisionsOf(feature.id)).toEqual([expect.objectContaining({ kind: 'create', status: 'approved', reviewer_id: moderator.id })])
  })

  it('keeps a member\'s proposal pending, answering to the member\'s account and address', async () => {
    const member = await createTestAccount(t)
    const response = await post(proposal({ name: 'Jardin du Plessis' }), member.cookies)
    expect(response.statusCode).toBe(202)
    const [revision] = await t.database.query(sql`
      SELECT status, proposer_account_id::text AS account, proposer_email FROM revisions WHERE id = ${response.json().revision_id}`)
    expect(revision).toEqual({ status: 'pending', account: member.id, proposer_email: member.email })
  })

  it('keeps the published version untouched while a change waits (202)', async () => {
    const id = await initiativeId(t, 'Cré-sol')
    const before = (await t.app.inject({ url: `/api/initiatives/${id}` })).json()
    const response = await patch(id, { properties: { name: 'Cré-sol Centre-Val de Loire', phone: null } })
    expect(response.statusCode).toBe(202)
    expect(response.json()).toMatchObject({ id, status: 'pending' })
    const after = (await t.app.inject({ url: `/api/initiatives/${id}` })).json()
    expect(after.properties.name).toBe('Cré-sol')
    expect(after).toEqual(before)
    const pending = (await revisionsOf(id)).filter((r) => r.status === 'pending')
    expect(pending).toHaveLength(1)
    expect(pending[0]).toMatchObject({ kind: 'update', before: expect.objectContaining({ name: 'Cré-sol' }) })
    expect(pending[0]!.after).toMatchObject({ name: 'Cré-sol Centre-Val de Loire', phone: null, commune: '37261' })
  })

  it('applies a moderator\'s change at once (200 with the Feature) and keeps it in the history', async () => {
    const id = await initiativeId(t, 'Coopaxis')
    const response = await patch(id, { properties: { description: 'Nouveau texte.' }, geometry: { type: 'Point', coordinates: [0.676, 47.389] } }, moderator.cookies)
    expect(response.statusCode).toBe(200)
    expect(response.json()).toMatchObject({ id, properties: { description: 'Nouveau texte.' }, geometry: { coordinates: [0.676, 47.389] } })
    const [approved] = (await revisionsOf(id)).filter((r) => r.status === 'approved')
    expect(approved).toMatchObject({ kind: 'update', reviewer_id: moderator.id, after: expect.objectContaining({ description: 'Nouveau texte.' }) })
    expect(approved!.decided_at).not.toBeNull()
    const history = await t.app.inject({ url: `/api/initiatives/${id}/history` })
    expect(history.json().items[0]).toMatchObject({ kind: 'update', after: { description: 'Nouveau texte.' }, proposer: { display_name: expect.any(String) } })
  })

  it('moves the territories with a moderator\'s change of commune', async () => {
    const id = await initiativeId(t, 'Coopaxis')
    const response = await patch(id, { properties: { commune: '37195' } }, moderator.cookies)
    expect(response.statusCode).toBe(200)
    expect((await row(id))!.territories).toContain('commune:37195')
    expect((await row(id))!.territories).not.toContain('commune:37261')
  })

  it('refuses a change that changes nothing', async () => {
    const id = await initiativeId(t, 'Cré-sol')
    const response = await patch(id, { properties: { name: 'Cré-sol' } })
    expect(response.statusCode).toBe(400)
    expect(response.json().errors).toEqual([expect.objectContaining({ field: 'properties' })])
  })

  it('answers 404 to a change of an initiative that is not published, unless from a moderator', async () => {
    const { id } = (await post(proposal({ name: 'Épicerie en attente' }))).json()
    expect((await patch(id, { properties: { address: 'ailleurs' } })).statusCode).toBe(404)
    expect((await patch(id, { properties: { address: 'ailleurs' } }, moderator.cookies)).statusCode).toBe(200)
    expect((await patch('00000000-0000-4000-8000-000000000000', { properties: { address: 'x' } })).statusCode).toBe(404)
  })

  it('takes a report (201) and stores it pending', async () => {
    const id = await initiativeId(t, 'Cré-sol')
    const response = await t.app.inject({ method: 'POST', url: `/api/initiatives/${id}/reports`,
      payload: { reason: 'closed', comment: 'Fermé depuis mars.', email: 'voisin@example.org' } })
    expect(response.statusCode).toBe(201)
    const [report] = await t.database.query(sql`SELECT reason, comment, reporter_email, status FROM reports WHERE id = ${response.json().id}`)
    expect(report).toEqual({ reason: 'closed', comment: 'Fermé depuis mars.', reporter_email: 'voisin@example.org', status: 'pending' })
  })

  it('requires a comment for a report of reason "other", and knows the reasons', async () => {
    const id = await initiativeId(t, 'Cré-sol')
    const report = (payload: object) => t.app.inject({ method: 'POST', url: `/api/initiatives/${id}/reports`, payload })
    const noComment = await report({ reason: 'other' })
    expect(noComment.statusCode).toBe(400)
    expect(noComment.json().errors).toEqual([expect.objectContaining({ field: 'comment' })])
    expect((await report({ reason: 'boring' })).json().errors).toEqual([expect.objectContaining({ field: 'reason' })])
    expect((await report({ reason: 'other', comment: 'x'.repeat(2001) })).json().errors).toEqual([expect.objectContaining({ field: 'comment' })])
  })

  it('lets a moderator archive an initiative: off the map, kept, recorded in the history', async () => {
    const id = await initiativeId(t, 'Coopaxis')
    const member = await createTestAccount(t)
    expect((await t.app.inject({ method: 'POST', url: `/api/initiatives/${id}/archive` })).statusCode).toBe(401)
    expect((await t.app.inject({ method: 'POST', url: `/api/initiatives/${id}/archive`, cookies: member.cookies })).statusCode).toBe(403)
    const response = await t.app.inject({ method: 'POST', url: `/api/initiatives/${id}/archive`, cookies: moderator.cookies })
    expect(response.statusCode).toBe(200)
    expect(response.json().properties.status).toBe('archived')
    expect((await t.app.inject({ url: `/api/initiatives/${id}` })).statusCode).toBe(404)
    const revisions = await revisionsOf(id)
    expect(revisions.at(-1)).toMatchObject({ kind: 'update', status: 'approved', before: { status: 'published' }, after: { status: 'archived' } })
    expect((await t.app.inject({ method: 'POST', url: `/api/initiatives/${id}/archive`, cookies: moderator.cookies })).statusCode).toBe(409)
  })
})
