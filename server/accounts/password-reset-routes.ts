/** POST /api/auth/password-reset and /password-reset/confirm: one-time links that set a password. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import type { Config } from '../config.js'
import type { RateLimiter } from '../http/rate-limit.js'
import { Email, NewPassword } from './schemas.js'
import type { AccountService } from './service.js'

const ACCEPTED = {
  detail: 'Si un compte utilise cette adresse, un lien lui a été envoyé. / If an account uses this address, a link was sent to it.',
}

export const passwordResetRoutes: FastifyPluginAsyncTypebox<{
  accounts: AccountService
  rateLimiter: RateLimiter
  config: Config
}> = async (app, { accounts, rateLimiter, config }) => {
  app.post('/api/auth/password-reset', {
    schema: {
      tags: ['auth'],
      summary: 'E-mail a one-time link to set a new password (same answer whether the address has an account or not)',
      body: Type.Object({ email: Email }, { additionalProperties: false }),
      response: { 202: Type.Object({ detail: Type.String() }) },
    },
  }, async (request, reply) => {
    const email = request.body.email.trim().toLowerCase()
    // Per client and per address: nobody floods an inbox, whether the address has an account or not.
    await rateLimiter.hit(`password-reset:ip:${request.ip}`, config.rateLimitWrites, config.rateLimitWindowSeconds)
    await rateLimiter.hit(`password-reset:email:${email}`, config.rateLimitWrites, config.rateLimitWindowSeconds)
    await accounts.requestPasswordReset(email, config.publicUrl)
    return reply.code(202).send(ACCEPTED)
  })

  app.post('/api/auth/password-reset/confirm', {
    schema: {
      tags: ['auth'],
      summary: 'Set a password with the token of an invitation or reset link; closes the account’s sessions',
      body: Type.Object({
        token: Type.String({ minLength: 1, maxLength: 200 }),
        password: NewPassword,
      }, { additionalProperties: false }),
      response: { 204: Type.Null() },
    },
  }, async (request, reply) => {
    // Per client: tokens are not guessed, and hashes not paid for, at the rate a client can send.
    await rateLimiter.hit(`password-reset-confirm:ip:${request.ip}`, config.rateLimitClientLogins, config.rateLimitWindowSeconds)
    await accounts.setPassword(request.body.token, request.body.password)
    return reply.code(204).send(null)
  })
}
