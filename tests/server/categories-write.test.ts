import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestAccount, type TestAccount } from '../helpers/accounts.js'
import { buildTestApp, type TestApp } from '../helpers/app.js'

describe('moderators manage the taxonomy', () => {
  let t: TestApp
  let moderator: TestAccount
  let member: TestAccount
  beforeAll(async () => {
    t = await buildTestApp()
    moderator = await createTestAccount(t, { role: 'moderator' })
    member = await createTestAccount(t)
  })
  afterAll(async () => { await t?.close() })

  const create = (payload: object, cookies = moderator.cookies) =>
    t.app.inject({ method: 'POST', url: '/api/categories', payload, cookies })
  const change = (slug: string, payload: object, cookies = moderator.cookies) =>
    t.app.inject({ method: 'PATCH', url: `/api/categories/${slug}`, payload, cookies })
  const slugs = async () => (await t.app.inject({ url: '/api/categories' })).json().items.map((c: { slug: string }) => c.slug)

  it('adds a category (201), listed last', async () => {
    const response = await create({ slug: 'economie-circulaire', label: 'Économie circulaire', colour: '#12AB34', icon: 'recycle' })
    expect(response.statusCode).toBe(201)
    expect(response.json()).toEqual({ slug: 'economie-circulaire', label: 'Économie circulaire', label_en: 'Économie circulaire', colour: '#12ab34', icon: 'recycle' })
    expect((await slugs()).at(-1)).toBe('economie-circulaire')
  })

  it('answers 409 to a slug already taken', async () => {
    const response = await create({ slug: 'alimentation', label: 'Autre alimentation', colour: '#000000', icon: 'basket' })
    expect(response.statusCode).toBe(409)
    expect(response.headers['content-type']).toContain('application/problem+json')
  })

  it('refuses a bad slug, a bad colour and unknown fields, naming each', async () => {
    const response = await create({ slug: 'Pas Bon', label: 'x', colour: 'red', icon: 'x', position: 1 })
    expect(response.statusCode).toBe(400)
    expect(response.json().errors.map((e: { field: string }) => e.field).sort()).toEqual(['colour', 'position', 'slug'])
    expect(await slugs()).not.toContain('Pas Bon')
  })

  it('changes a category\'s label, colour and icon', async () => {
    const response = await change('culture', { label: 'Culture et arts', colour: '#aa00aa', icon: 'palette' })
    expect(response.statusCode).toBe(200)
    expect(response.json()).toMatchObject({ slug: 'culture', label: 'Culture et arts', colour: '#aa00aa', icon: 'palette' })
    const listed = (await t.app.inject({ url: '/api/categories' })).json().items.find((c: { slug: string }) => c.slug === 'culture')
    expect(listed.label).toBe('Culture et arts')
  })

  it('answers 404 to a change of an unknown category, and refuses a change of slug', async () => {
    expect((await change('inconnue', { label: 'x' })).statusCode).toBe(404)
    const renamed = await change('culture', { slug: 'arts' })
    expect(renamed.statusCode).toBe(400)
    expect(renamed.json().errors).toEqual([expect.objectContaining({ field: 'slug' })])
  })

  it('is for moderators only: 401 anonymous, 403 member', async () => {
    const body = { slug: 'interdite', label: 'Interdite', colour: '#000000', icon: 'x' }
    expect((await t.app.inject({ method: 'POST', url: '/api/categories', payload: body })).statusCode).toBe(401)
    expect((await create(body, member.cookies)).statusCode).toBe(403)
    expect((await change('culture', { label: 'Non' }, member.cookies)).statusCode).toBe(403)
    expect(await slugs()).not.toContain('interdite')
  })
})
