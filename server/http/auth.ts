/**
 * Who is asking: `request.account` is the signed-in account (or null), read
 * from the session cookie. `requireAccount` / `requireRole` guard routes.
 */
import cookie from '@fastify/cookie'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Account, Role } from '../accounts/repository.js'
import type { SessionService } from '../accounts/sessions.js'
import { Forbidden, Unauthorized } from '../shared/errors.js'

export const SESSION_COOKIE = 'archipel_session'

declare module 'fastify' {
  interface FastifyRequest {
    account: Account | null
  }
}

export async function registerAuth(app: FastifyInstance, sessions: SessionService) {
  await app.register(cookie)
  app.decorateRequest('account', null)
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE]
    request.account = token ? ((await sessions.current(token)) ?? null) : null
  })
}

/**
 * `secure` follows the public address (https → Secure), not the request:
 * behind a TLS-terminating proxy the request itself arrives over http.
 */
export function setSessionCookie(reply: FastifyReply, token: string, expiresAt: Date, secure: boolean) {
  reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure, expires: expiresAt })
}

export function clearSessionCookie(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: '/' })
}

export function requireAccount(request: FastifyRequest): Account {
  if (!request.account) throw new Unauthorized()
  return request.account
}

const RANK: Record<Role, number> = { member: 0, moderator: 1, admin: 2 }

/** The account, if its role is at least `role` (an admin may do what a moderator may). */
export function requireRole(request: FastifyRequest, role: Role): Account {
  const account = requireAccount(request)
  if (RANK[account.role] < RANK[role]) throw new Forbidden()
  return account
}
