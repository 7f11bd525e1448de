import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTestApp, type TestApp } from '../helpers/app.js'
import { createTestAccount, type TestAccount } from '../helpers/accounts.js'

describe('managing programmes', () => {
  let t: TestApp
  let moderator: TestAccount
  let member: TestAccount

  beforeAll(async () => {
    t = await buildTestApp()
    moderator = await createTestAccount(t, { role: 'moderator' })
    member = await createTestAccount(t)
  })
  afterAll(async () => { await t?.close() })

  const festival = { slug: 'fete-des-possibles-2027', title: 'Fête des possibles 2027', description: 'Partout en France.', start_date: '2027-09-11', end_date: '2027-09-26' }
  const create = (payload: Record<string, unknown>, cookies?: Record<string, string>) =>
    t.app.inject({ method: 'POST', url: '/api/programmes', payload, ...(cookies ? { cookies } : {}) })

  it('lets a moderator create a programme, then lists it with no events yet', async () => {
    const response = await create(festival, moderator.cookies)
    expect(response.statusCode, response.body).toBe(201)
    expect(response.json()).toEqual({ ...festival, event_count: 0 })
    expect(response.headers.location).toBe(`/api/programmes/${festival.slug}`)
    expect((await t.app.inject({ url: response.headers.location as string })).json()).toEqual({ ...festival, event_count: 0 })
  })

  it('answers 409 to a slug already taken', async () => {
    const slug = 'semaine-de-la-finance-solidaire'
    expect((await create({ ...festival, slug }, moderator.cookies)).statusCode).toBe(201)
    const again = await create({ ...festival, slug, title: 'Autre' }, moderator.cookies)
    expect(again.statusCode).toBe(409)
    expect(again.headers['content-type']).toContain('application/problem+json')
  })

  it('lets a moderator change the title and dates, never the slug', async () => {
    const slug = 'mois-du-reemploi'
    await create({ ...festival, slug }, moderator.cookies)
    const response = await t.app.inject({
      method: 'PATCH', url: `/api/programmes/${slug}`, cookies: moderator.cookies, payload: { title: 'Mois du réemploi', end_date: '2027-10-11' },
    })
    expect(response.statusCode, response.body).toBe(200)
    expect(response.json()).toMatchObject({ slug, title: 'Mois du réemploi', start_date: '2027-09-11', end_date: '2027-10-11' })
    const renamed = await t.app.inject({ method: 'PATCH', url: `/api/programmes/${slug}`, cookies: moderator.cookies, payload: { slug: 'autre' } })
    expect(renamed.statusCode).toBe(400)
    expect(renamed.json().errors.map((e: { field: string }) => e.field)).toEqual(['slug'])
  })

  it('refuses bad slugs and dates, naming each field', async () => {
    const response = await create({ ...festival, slug: 'Pas un slug', start_date: '2027-02-30', end_date: 'demain' }, moderator.cookies)
    expect(response.statusCode).toBe(400)
    expect(response.json().errors.map((e: { field: string }) => e.field).sort()).toEqual(['end_date', 'slug'])
    const dates = await create({ ...festival, slug: 'dates-fausses', start_date: '2027-02-30' }, moderator.cookies)
    expect(dates.json().errors.map((e: { field: string }) => e.field)).toEqual(['start_date'])
    const reversed = await create({ ...festival, slug: 'dates-inversees', start_date: '2027-10-01', end_date: '2027-09-01' }, moderator.cookies)
    expect(reversed.json().errors.map((e: { field: string }) => e.field)).toEqual(['end_date'])
  })

  it('answers 401 to a visitor, 403 to a member and 404 for an unknown programme', async () => {
    expect((await create({ ...festival, slug: 'anonyme' })).statusCode).toBe(401)
    expect((await create({ ...festival, slug: 'membre' }, member.cookies)).statusCode).toBe(403)
    const patch = (slug: string, cookies?: Record<string, string>) =>
      t.app.inject({ method: 'PATCH', url: `/api/programmes/${slug}`, payload: { title: 'x' }, ...(cookies ? { cookies } : {}) })
    expect((await patch(festival.slug)).statusCode).toBe(401)
    expect((await patch(festival.slug, member.cookies)).statusCode).toBe(403)
    expect((await patch('inconnu', moderator.cookies)).statusCode).toBe(404)
  })
})
