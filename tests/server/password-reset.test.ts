import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hashPassword } from '../../server/accounts/passwords.js'
import { createTestAccount } from '../helpers/accounts.js'
import { buildTestApp, type TestApp } from '../helpers/app.js'
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp.js'

describe('password reset', () => {
  let t: TestApp
  let smtp: TestSmtpServer
  let now = new Date('2027-03-01T09:00:00Z')
  let client = 0

  beforeAll(async () => {
    smtp = await startSmtpServer()
    t = await buildTestApp({ env: { SMTP_URL: smtp.url, RATE_LIMIT_WRITES: '3' }, clock: () => now })
  })
  afterAll(async () => {
    await t?.close()
    await smtp?.close()
  })

  const request = (email: string, remoteAddress = `192.0.2.${++client}`) =>
    t.app.inject({ method: 'POST', url: '/api/auth/password-reset', payload: { email }, remoteAddress })
  const confirm = (token: string, password: string, remoteAddress = `203.0.113.${++client}`) =>
    t.app.inject({ method: 'POST', url: '/api/auth/password-reset/confirm', payload: { token, password }, remoteAddress })
  const login = (email: string, password: string) =>
    t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password }, remoteAddress: `198.51.100.${++client}` })

  /** An account with a password, and the token of the reset link e-mailed to it. */
  async function resetLink() {
    const account = await createTestAccount(t, { role: 'member' })
    await t.database.query(sql`UPDATE accounts SET password_hash = ${await hashPassword('ancien mot de passe')} WHERE id = ${account.id}`)
    expect((await request(account.email.toUpperCase())).statusCode).toBe(202)
    const mail = await smtp.waitFor((m) => m.to.includes(account.email))
    const token = /\/mot-de-passe\/nouveau\?token=([\w-]+)/.exec(mail.text)?.[1]
    expect(token).toBeDefined()
    return { account, token: token! }
  }

  it('answers 202 with the same body whether the address has an account or not', async () => {
    const account = await createTestAccount(t, { role: 'member' })
    const known = await request(account.email)
    const unknown = await request('personne@example.org')
    expect(known.statusCode).toBe(202)
    expect(unknown.statusCode).toBe(202)
    expect(unknown.body).toBe(known.body)
    await smtp.waitFor((m) => m.to.includes(account.email))
    expect(smtp.messages.some((m) => m.to.includes('personne@example.org'))).toBe(false)
  })

  it('sets the new password with the e-mailed link and closes the account’s sessions', async () => {
    const { account, token } = await resetLink()
    expect((await confirm(token, 'nouveau mot de passe')).statusCode).toBe(204)
    expect((await t.app.inject({ url: '/api/auth/me', cookies: account.cookies })).statusCode).toBe(401)
    expect((await login(account.email, 'ancien mot de passe')).statusCode).toBe(401)
    expect((await login(account.email, 'nouveau mot de passe')).statusCode).toBe(204)
  })

  it('accepts a link once only', async () => {
    const { token } = await resetLink()
    expect((await confirm(token, 'nouveau mot de passe')).statusCode).toBe(204)
    const again = await confirm(token, 'encore un autre')
    expect(again.statusCode).toBe(400)
    expect(again.json().errors).toEqual([expect.objectContaining({ field: 'token' })])
  })

  it('lets only one of two simultaneous uses of a link succeed', async () => {
    const { token } = await resetLink()
    const statuses = (await Promise.all([confirm(token, 'premier essai ici'), confirm(token, 'second essai ici')]))
      .map((response) => response.statusCode).sort()
    expect(statuses).toEqual([204, 400])
  })

  it('refuses a link after its hour, naming the token', async () => {
    const { account, token } = await resetLink()
    now = new Date(now.getTime() + 61 * 60_000)
    const late = await confirm(token, 'nouveau mot de passe')
    expect(late.statusCode).toBe(400)
    expect(late.json().errors).toEqual([expect.objectContaining({ field: 'token' })])
    expect((await login(account.email, 'ancien mot de passe')).statusCode).toBe(204)
  })

  it('refuses an unknown token and a password shorter than 12 characters, naming them', async () => {
    const unknown = await confirm('no-such-token', 'assez long pour passer')
    expect(unknown.statusCode).toBe(400)
    expect(unknown.json().errors.map((e: { field: string }) => e.field)).toEqual(['token'])
    const short = await confirm('no-such-token', 'court')
    expect(short.statusCode).toBe(400)
    expect(short.json().errors.map((e: { field: string }) => e.field)).toEqual(['password'])
  })

  it('refuses a common or repetitive password, naming it, and the link still works', async () => {
    const { account, token } = await resetLink()
    for (const weak of ['password1234', '123456789012', 'aaaaaaaaaaaa', 'abababababab', ' '.repeat(12)]) {
      const response = await confirm(token, weak)
      expect(response.statusCode, weak).toBe(400)
      expect(response.json().errors.map((e: { field: string }) => e.field), weak).toEqual(['password'])
    }
    expect((await confirm(token, 'trois vélos sous la pluie')).statusCode).toBe(204)
    expect((await login(account.email, 'trois vélos sous la pluie')).statusCode).toBe(204)
  })

  it('limits the confirmations one client may try (429 with Retry-After)', async () => {
    const statuses = []
    for (let i = 0; i <= t.config.rateLimitClientLogins; i++) statuses.push((await confirm('guessed-token', 'assez long pour passer', '203.0.113.250')).statusCode)
    expect(statuses.slice(0, -1).every((status) => status === 400)).toBe(true)
    const last = await confirm('guessed-token', 'assez long pour passer', '203.0.113.250')
    expect(last.statusCode).toBe(429)
    expect(Number(last.headers['retry-after'])).toBeGreaterThan(0)
  })

  it('sends no link to a disabled account', async () => {
    const account = await createTestAccount(t, { role: 'member' })
    await t.database.query(sql`UPDATE accounts SET disabled_at = now() WHERE id = ${account.id}`)
    expect((await request(account.email)).statusCode).toBe(202)
    const [row] = await t.database.query<{ n: number }>(sql`SELECT count(*)::int AS n FROM account_tokens WHERE account_id = ${account.id}`)
    expect(row!.n).toBe(0)
  })

  it('throttles requests for one address, from any client, with 429', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 4; i++) statuses.push((await request('flood@example.org')).statusCode)
    expect(statuses).toEqual([202, 202, 202, 429])
  })
})
