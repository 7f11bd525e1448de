import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hashPassword } from '../../server/accounts/passwords.js'
import { buildTestApp, type TestApp } from '../helpers/app.js'

describe('sign-in and sessions', () => {
  let t: TestApp
  const password = 'correct horse battery staple'

  beforeAll(async () => {
    t = await buildTestApp({ demo: true, env: { RATE_LIMIT_LOGINS: '5', RATE_LIMIT_CLIENT_LOGINS: '6', RATE_LIMIT_ACCOUNT_LOGINS: '12' } })
    const hash = await hashPassword(password)
    await t.database.query(sql`UPDATE accounts SET password_hash = ${hash} WHERE email = 'salles+radiance@example.org'`)
  })
  afterAll(async () => { await t?.close() })

  // Each call from its own address unless told: the per-address limit is tested on its own.
  let client = 0
  const login = (email: string, pass: string, remoteAddress = `192.0.2.${++client}`) =>
    t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: pass }, remoteAddress })

  const sessionCookie = (response: Awaited<ReturnType<typeof login>>) => {
    const cookie = response.cookies.find((c) => c.name === 'archipel_session')
    expect(cookie).toBeDefined()
    return cookie!
  }

  it('opens a session kept in the database, with an HttpOnly SameSite cookie', async () => {
    const response = await login('Salles+Radiance@example.org', password)
    expect(response.statusCode).toBe(204)
    const cookie = sessionCookie(response)
    expect(cookie.httpOnly).toBe(true)
    expect(cookie.sameSite).toBe('Lax')
    const [row] = await t.database.query<{ n: number }>(sql`SELECT count(*)::int AS n FROM sessions`)
    expect(row?.n).toBeGreaterThan(0)

    const me = await t.app.inject({ url: '/api/auth/me', cookies: { archipel_session: cookie.value } })
    expect(me.statusCode).toBe(200)
    expect(me.json()).toMatchObject({
      email: 'salles+radiance@example.org',
      role: 'member',
      organisations: [expect.objectContaining({ name: 'Mutuelle Radiance' })],
    })
  })

  it('refuses a wrong password and an unknown e-mail alike', async () => {
    const wrong = await login('salles+radiance@example.org', 'not the password')
    const unknown = await login('nobody@example.org', password)
    for (const response of [wrong, unknown]) {
      expect(response.statusCode).toBe(401)
      expect(response.headers['content-type']).toContain('application/problem+json')
      expect(response.cookies).toHaveLength(0)
    }
  })

  it('tells who is signed in, or that nobody is, without an error, and never from a cache', async () => {
    const anonymous = await t.app.inject({ url: '/api/auth/session' })
    expect(anonymous.statusCode).toBe(200)
    expect(anonymous.json()).toEqual({ account: null })
    expect(anonymous.headers['cache-control']).toBe('private, no-store')
    const cookie = sessionCookie(await login('salles+radiance@example.org', password))
    const session = await t.app.inject({ url: '/api/auth/session', cookies: { archipel_session: cookie.value } })
    const me = await t.app.inject({ url: '/api/auth/me', cookies: { archipel_session: cookie.value } })
    expect(session.json()).toEqual({ account: me.json() })
    expect(session.headers['cache-control']).toBe('private, no-store')
  })

  it('answers 401 to me without a session, and after logout', async () => {
    expect((await t.app.inject({ url: '/api/auth/me' })).statusCode).toBe(401)
    const cookie = sessionCookie(await login('salles+radiance@example.org', password))
    const logout = await t.app.inject({ method: 'POST', url: '/api/auth/logout', cookies: { archipel_session: cookie.value } })
    expect(logout.statusCode).toBe(204)
    const me = await t.app.inject({ url: '/api/auth/me', cookies: { archipel_session: cookie.value } })
    expect(me.statusCode).toBe(401)
  })

  it('refuses a cross-site write even with a valid session', async () => {
    const cookie = sessionCookie(await login('salles+radiance@example.org', password))
    for (const headers of [{ 'sec-fetch-site': 'cross-site' }, { origin: 'https://evil.example' }]) {
      const response = await t.app.inject({
        method: 'POST', url: '/api/auth/logout', cookies: { archipel_session: cookie.value }, headers,
      })
      expect(response.statusCode).toBe(403)
    }
    const me = await t.app.inject({ url: '/api/auth/me', cookies: { archipel_session: cookie.value } })
    expect(me.statusCode).toBe(200)
  })

  it('refuses a form post from a browser that sends neither Origin nor Sec-Fetch-Site (415), even to a write without a body', async () => {
    const cookie = sessionCookie(await login('salles+radiance@example.org', password))
    for (const [type, body] of [['text/plain', 'x=1'], ['application/x-www-form-urlencoded', 'x=1'], ['multipart/form-data; boundary=b', '--b--']]) {
      const response = await t.app.inject({
        method: 'POST', url: '/api/auth/logout', cookies: { archipel_session: cookie.value }, headers: { 'content-type': type! }, payload: body,
      })
      expect(response.statusCode).toBe(415)
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/)
    }
    const me = await t.app.inject({ url: '/api/auth/me', cookies: { archipel_session: cookie.value } })
    expect(me.statusCode).toBe(200)
  })

  it('refuses unknown fields and a missing password, naming them', async () => {
    const response = await t.app.inject({
      method: 'POST', url: '/api/auth/login', payload: { email: 'a@example.org', role: 'admin' },
    })
    expect(response.statusCode).toBe(400)
    expect(response.json().errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['password', 'role']))
  })

  it('throttles one account from one client with 429 and Retry-After, without locking the owner out of another device', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 5; i++) statuses.push((await login('salles+radiance@example.org', 'guess', '198.51.100.1')).statusCode)
    expect(statuses).toEqual([401, 401, 401, 401, 401])
    const last = await login('salles+radiance@example.org', password, '198.51.100.1')
    expect(last.statusCode).toBe(429)
    expect(last.headers['content-type']).toMatch(/^application\/problem\+json/)
    expect(Number(last.headers['retry-after'])).toBeGreaterThan(0)
    expect((await login('salles+radiance@example.org', password, '198.51.100.2')).statusCode).toBe(204)
  })

  it('throttles one client address trying many accounts', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 7; i++) statuses.push((await login(`guess${i}@example.org`, 'guess', '198.51.100.9')).statusCode)
    expect(statuses).toEqual([401, 401, 401, 401, 401, 401, 429])
  })

  it('throttles one account tried from many addresses (RATE_LIMIT_ACCOUNT_LOGINS an hour)', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 13; i++) statuses.push((await login('spread@example.org', 'guess')).statusCode)
    expect(statuses).toEqual([...Array(12).fill(401), 429])
  })
})
