import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hashToken } from '../../server/accounts/tokens.js'
import { createTestAccount, initiativeId, type TestAccount } from '../helpers/accounts.js'
import { buildTestApp, type TestApp } from '../helpers/app.js'
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp.js'

describe('account administration', () => {
  let t: TestApp
  let smtp: TestSmtpServer
  let admin: TestAccount
  let radiance: string
  const now = new Date('2027-03-01T09:00:00Z')

  beforeAll(async () => {
    smtp = await startSmtpServer()
    t = await buildTestApp({ demo: true, env: { SMTP_URL: smtp.url, PUBLIC_URL: 'https://archipel.example' }, clock: () => now })
    admin = await createTestAccount(t, { role: 'admin' })
    radiance = await initiativeId(t, 'Mutuelle Radiance')
  })
  afterAll(async () => {
    await t?.close()
    await smtp?.close()
  })

  const create = (payload: Record<string, unknown>, cookies = admin.cookies) =>
    t.app.inject({ method: 'POST', url: '/api/accounts', payload, cookies })
  const patch = (id: string, payload: Record<string, unknown>, cookies = admin.cookies) =>
    t.app.inject({ method: 'PATCH', url: `/api/accounts/${id}`, payload, cookies })
  const fields = (response: { json(): { errors: { field: string }[] } }) => response.json().errors.map((e) => e.field)
  let n = 0
  const email = () => `invite-${++n}@example.org`

  it('answers 401 without a session and 403 to members and moderators', async () => {
    const member = await createTestAccount(t, { role: 'member', organisations: [radiance] })
    const moderator = await createTestAccount(t, { role: 'moderator' })
    const body = { email: email(), display_name: 'X', role: 'member' }
    for (const [cookies, status] of [[{}, 401], [member.cookies, 403], [moderator.cookies, 403]] as const) {
      expect((await t.app.inject({ url: '/api/accounts', cookies })).statusCode).toBe(status)
      expect((await create(body, cookies)).statusCode).toBe(status)
      expect((await patch(member.id, { role: 'admin' }, cookies)).statusCode).toBe(status)
    }
    const [row] = await t.database.query(sql`SELECT 1 FROM accounts WHERE email = ${body.email}`)
    expect(row).toBeUndefined()
  })

  it('creates an account with its organisations and answers 201', async () => {
    const address = email()
    const response = await create({ email: address, display_name: 'Camille Martin', role: 'member', organisations: [radiance] })
    expect(response.statusCode).toBe(201)
    expect(response.json()).toMatchObject({
      email: address, display_name: 'Camille Martin', role: 'member', disabled: false, password_set: false,
      organisations: [{ id: radiance, name: 'Mutuelle Radiance' }],
    })
  })

  it('e-mails an invitation whose link is valid for 7 days and stored only as a hash', async () => {
    const address = email()
    const { id } = (await create({ email: address, display_name: 'Lou', role: 'moderator' })).json()
    const mail = await smtp.waitFor((m) => m.to.includes(address))
    const token = /https:\/\/archipel\.example\/mot-de-passe\/nouveau\?token=([\w-]+)/.exec(mail.text)?.[1]
    expect(token).toBeDefined()
    const rows = await t.database.query<{ token_hash: string; purpose: string; expires_at: Date | string }>(sql`
      SELECT token_hash, purpose, expires_at FROM account_tokens WHERE account_id = ${id}`)
    expect(rows).toHaveLength(1)
    expect(rows[0]!.purpose).toBe('invitation')
    expect(rows[0]!.token_hash).toBe(hashToken(token!))
    expect(new Date(rows[0]!.expires_at).toISOString()).toBe('2027-03-08T09:00:00.000Z')
  })

  it('lets the invited person choose a password with the e-mailed link, then sign in', async () => {
    const address = email()
    await create({ email: address, display_name: 'Sam', role: 'member' })
    const mail = await smtp.waitFor((m) => m.to.includes(address))
    const token = /token=([\w-]+)/.exec(mail.text)![1]
    const confirm = await t.app.inject({
      method: 'POST', url: '/api/auth/password-reset/confirm', payload: { token, password: 'une phrase de passe' },
    })
    expect(confirm.statusCode).toBe(204)
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: address, password: 'une phrase de passe' } })
    expect(login.statusCode).toBe(204)
  })

  it('refuses a second account with the same e-mail in another case with 409', async () => {
    const address = email()
    expect((await create({ email: address, display_name: 'A', role: 'member' })).statusCode).toBe(201)
    const again = await create({ email: address.toUpperCase(), display_name: 'B', role: 'member' })
    expect(again.statusCode).toBe(409)
    expect(again.headers['content-type']).toContain('application/problem+json')
  })

  it('refuses an organisation that is not a published initiative, naming it, and creates nothing', async () => {
    const address = email()
    const unknown = '00000000-0000-4000-8000-000000000000'
    const response = await create({ email: address, display_name: 'A', role: 'member', organisations: [radiance, unknown] })
    expect(response.statusCode).toBe(400)
    expect(response.json().errors).toEqual([expect.objectContaining({ field: 'organisations.1', detail: expect.stringContaining(unknown) })])
    const rows = await t.database.query(sql`SELECT 1 FROM accounts WHERE email = ${address}`)
    expect(rows).toHaveLength(0)
  })

  it('refuses a bad e-mail, an unknown role and unknown fields, naming each', async () => {
    const response = await create({ email: 'not-an-address', display_name: 'A', role: 'owner', password: 'x' })
    expect(response.statusCode).toBe(400)
    expect(fields(response)).toEqual(expect.arrayContaining(['email', 'role', 'password']))
  })

  it('lists accounts with role, organisations, state and creation time, page by page', async () => {
    const first = await t.app.inject({ url: '/api/accounts?limit=2', cookies: admin.cookies })
    expect(first.statusCode).toBe(200)
    const body = first.json()
    expect(body.items).toHaveLength(2)
    expect(body.items[0]).toEqual(expect.objectContaining({
      id: expect.any(String), email: expect.any(String), role: expect.any(String),
      organisations: expect.any(Array), disabled: expect.any(Boolean), created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    }))
    const seen: string[] = []
    let cursor: string | null = null
    do {
      const page: { items: { email: string }[]; links: { rel: string; href: string }[] } =
        (await t.app.inject({ url: `/api/accounts?limit=3${cursor ? `&cursor=${cursor}` : ''}`, cookies: admin.cookies })).json()
      seen.push(...page.items.map((item) => item.email))
      const next = page.links.find((link) => link.rel === 'next')
      expect(page.items.length === 3 || next === undefined).toBe(true)
      cursor = next ? new URL(next.href, 'http://x').searchParams.get('cursor') : null
    } while (cursor)
    const [total] = await t.database.query<{ n: number }>(sql`SELECT count(*)::int AS n FROM accounts`)
    expect(seen).toHaveLength(total!.n)
    expect(new Set(seen).size).toBe(total!.n)
  })

  it('refuses a cursor it did not give with 400', async () => {
    const response = await t.app.inject({ url: '/api/accounts?cursor=nonsense', cookies: admin.cookies })
    expect(response.statusCode).toBe(400)
    expect(fields(response)).toEqual(['cursor'])
  })

  it('changes the role, the name and the organisations of an account', async () => {
    const member = await createTestAccount(t, { role: 'member', organisations: [radiance] })
    const other = await initiativeId(t, (await t.database.query<{ name: string }>(sql`
      SELECT name FROM initiatives WHERE status = 'published' AND id <> ${radiance} ORDER BY name LIMIT 1`))[0]!.name)
    const response = await patch(member.id, { role: 'moderator', display_name: 'Nouvelle', organisations: [other] })
    expect(response.statusCode).toBe(200)
    expect(response.json()).toMatchObject({ role: 'moderator', display_name: 'Nouvelle', organisations: [{ id: other }] })
    const me = await t.app.inject({ url: '/api/auth/me', cookies: member.cookies })
    expect(me.json()).toMatchObject({ role: 'moderator', organisations: [{ id: other }] })
  })

  it('disables an account, closing its sessions, and enables it again', async () => {
    const member = await createTestAccount(t, { role: 'member' })
    const disabled = await patch(member.id, { disabled: true })
    expect(disabled.statusCode).toBe(200)
    expect(disabled.json().disabled).toBe(true)
    expect((await t.app.inject({ url: '/api/auth/me', cookies: member.cookies })).statusCode).toBe(401)
    const [sessions] = await t.database.query<{ n: number }>(sql`SELECT count(*)::int AS n FROM sessions WHERE account_id = ${member.id}`)
    expect(sessions!.n).toBe(0)
    expect((await patch(member.id, { disabled: false })).json().disabled).toBe(false)
  })

  it('refuses that an admin disables or demotes their own account, with 409', async () => {
    for (const change of [{ disabled: true }, { role: 'moderator' }]) {
      expect((await patch(admin.id, change)).statusCode).toBe(409)
    }
    expect((await t.app.inject({ url: '/api/auth/me', cookies: admin.cookies })).json().role).toBe('admin')
  })

  it('lets an admin disable another admin', async () => {
    const other = await createTestAccount(t, { role: 'admin' })
    expect((await patch(other.id, { disabled: true })).statusCode).toBe(200)
  })

  it('answers 404 for an unknown account or a malformed id and 400 for an empty change', async () => {
    expect((await patch('00000000-0000-4000-8000-000000000000', { role: 'member' })).statusCode).toBe(404)
    expect((await patch(admin.id, {})).statusCode).toBe(400)
    const malformed = await patch('not-a-uuid', { role: 'member' })
    expect(malformed.statusCode).toBe(404)
  })
})
