/** POST /api/auth/login, /logout; GET /api/auth/me, /session. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import type { Config } from '../config.js'
import { SESSION_COOKIE, clearSessionCookie, requireAccount, setSessionCookie } from '../http/auth.js'
import type { RateLimiter } from '../http/rate-limit.js'
import type { SessionService } from './sessions.js'
import { SignedInAccount } from './schemas.js'


export const authRoutes: FastifyPluginAsyncTypebox<{
  sessions: SessionService
  rateLimiter: RateLimiter
  config: Config
}> = async (app, { sessions, rateLimiter, config }) => {
  app.post('/api/auth/login', {
    schema: {
      tags: ['auth'],
      summary: 'Sign in: sets the session cookie',
      body: Type.Object({
        email: Type.String({ minLength: 3, maxLength: 254 }),
        password: Type.String({ minLength: 1, maxLength: 1000 }),
      }, { additionalProperties: false }),
      response: { 204: Type.Null() },
    },
  }, async (request, reply) => {
    const { email, password } = request.body
    // Throttled before any password check. The tight limit is on one account
    // from one client, so that someone guessing does not lock the owner out of
    // another device; one client is also limited across accounts, and one
    // account across clients (100 an hour at most), against guessing spread
    // over many addresses. With the defaults, one address alone (60 an hour on
    // an account) cannot reach the account's limit.
    const account = email.toLowerCase()
    await rateLimiter.hit(`login:account+client:${account} ${request.ip}`, config.rateLimitLogins, config.rateLimitWindowSeconds)
    await rateLimiter.hit(`login:client:${request.ip}`, config.rateLimitClientLogins, config.rateLimitWindowSeconds)
    await rateLimiter.hit(`login:account:${account}`, config.rateLimitAccountLogins, 3600)
    const { token, expiresAt } = await sessions.login(email, password)
    setSessionCookie(reply, token, expiresAt, config.publicUrl.startsWith('https:'))
    return reply.code(204).send(null)
  })

  app.post('/api/auth/logout', {
    schema: { tags: ['auth'], summary: 'Sign out', response: { 204: Type.Null() } },
  }, async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE]
    if (token) await sessions.logout(token)
    clearSessionCookie(reply)
    return reply.code(204).send(null)
  })

  app.get('/api/auth/me', {
    schema: { tags: ['auth'], summary: 'The signed-in account', response: { 200: SignedInAccount } },
  }, async (request) => requireAccount(request))

  // What the site's pages ask on every load: an anonymous visitor is an
  // answer, not an error (me's 401 is logged in the browser's console).
  app.get('/api/auth/session', {
    schema: {
      tags: ['auth'],
      summary: 'Who is signed in: the account, or null for an anonymous visitor',
      response: { 200: Type.Object({ account: Type.Union([SignedInAccount, Type.Null()]) }, { additionalProperties: false }) },
    },
  }, async (request, reply) => {
    // Never kept by a cache: the answer changes with the session, not the address.
    reply.header('cache-control', 'private, no-store')
    return { account: request.account ?? null }
  })
}
