/**
 * The headers of a public site on every answer (pages, API, errors), HSTS
 * and the Secure cookie only when the public address is https, and answers
 * to a signed-in person kept out of every cache.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestAccount, type TestAccount } from '../helpers/accounts.js'
import { buildTestApp, type TestApp } from '../helpers/app.js'

describe('security headers', () => {
  let t: TestApp
  let member: TestAccount

  beforeAll(async () => {
    t = await buildTestApp({ demo: true })
    member = await createTestAccount(t, { role: 'member' })
  })
  afterAll(async () => { await t?.close() })

  it('sends the policy headers on the page, the API and an error alike', async () => {
    for (const url of ['/', '/carte', '/api/initiatives?limit=1', '/api/nothing-here', '/api/rooms?limit=oops']) {
      const { headers } = await t.app.inject({ url })
      const csp = String(headers['content-security-policy'])
      expect(csp, url).toContain("default-src 'self'")
      expect(csp, url).toContain("script-src 'self'")
      expect(csp, url).toContain("frame-ancestors 'self'")
      expect(csp, url).toContain("object-src 'none'")
      expect(csp, url).toMatch(/worker-src 'self' blob:/)
      expect(headers['x-content-type-options'], url).toBe('nosniff')
      expect(headers['x-frame-options'], url).toBe('SAMEORIGIN')
      expect(headers['referrer-policy'], url).toBe('strict-origin-when-cross-origin')
      expect(String(headers['permissions-policy']), url).toContain('camera=()')
      // The test instance's public address is http: no HSTS.
      expect(headers['strict-transport-security'], url).toBeUndefined()
    }
  })

  it('lets other sites embed the public reads, and only those', async () => {
    expect((await t.app.inject({ url: '/api/initiatives?limit=1' })).headers['cross-origin-resource-policy']).toBe('cross-origin')
    expect((await t.app.inject({ url: '/api/auth/me' })).headers['cross-origin-resource-policy']).toBe('same-site')
  })

  it('keeps the documentation page working under its own policy', async () => {
    const { statusCode, headers } = await t.app.inject({ url: '/api/docs' })
    expect(statusCode).toBe(200)
    // The policy @fastify/swagger-ui writes for its own page, in place of the site's.
    expect(String(headers['content-security-policy'])).toContain('validator.swagger.io')
  })

  it('keeps answers to a signed-in person out of caches, and tells caches that answers vary by cookie', async () => {
    for (const url of ['/api/auth/me', '/api/loans', '/api/initiatives?limit=1']) {
      const { statusCode, headers } = await t.app.inject({ url, cookies: member.cookies })
      expect(statusCode, url).toBe(200)
      expect(headers['cache-control'], url).toBe('private, no-store')
      expect(String(headers.vary), url).toMatch(/\bCookie\b/)
    }
    const anonymous = await t.app.inject({ url: '/api/initiatives?limit=1' })
    expect(String(anonymous.headers['cache-control'] ?? '')).not.toContain('no-store')
    expect(String(anonymous.headers.vary)).toMatch(/\bCookie\b/)
  })
})

describe('security headers behind https', () => {
  let t: TestApp
  beforeAll(async () => { t = await buildTestApp({ env: { PUBLIC_URL: 'https://carte.example.org' } }) })
  afterAll(async () => { await t?.close() })

  it('sends HSTS and asks browsers to upgrade requests when the public address is https', async () => {
    const { headers } = await t.app.inject({ url: '/api/settings' })
    expect(headers['strict-transport-security']).toMatch(/^max-age=31536000/)
    expect(String(headers['content-security-policy'])).toContain('upgrade-insecure-requests')
  })
})
