/**
 * The loans of rooms: POST /api/rooms/{id}/loans (ask for a slot),
 * POST /api/loans/{id}/approve | decline | cancel, GET /api/loans.
 * Same-origin writes (the CSRF check applies); requests without an account
 * are rate-limited per address, with counters shared through PostgreSQL.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { Config } from '../config.js'
import { anonymousWriteLimit, type RateLimiter } from '../http/rate-limit.js'
import type { LoanAction, LoanService } from './service.js'
import { CancelBody, DecisionBody, Loan, LoanCreated, LoanKey, LoanList, LoanListQuery, LoanRequestBody } from './schemas.js'
import { decodeCursor } from '../shared/cursor.js'
import { pageLinks } from '../shared/list-pages.js'
import { IdParams } from '../shared/params.js'

export interface LoanRouteDependencies {
  loans: LoanService
  rateLimiter: RateLimiter
  config: Pick<Config, 'publicUrl' | 'rateLimitWrites' | 'rateLimitWindowSeconds'>
}

export const loanRoutes: FastifyPluginAsyncTypebox<LoanRouteDependencies> = async (app, { loans, rateLimiter, config }) => {
  /** Links in answers and e-mails point to the configured public address, never to the one asked. */
  const baseUrl = config.publicUrl

  app.post('/api/rooms/:id/loans', {
    schema: {
      tags: ['loans'],
      summary: 'Ask for a slot of a room: signed in (for one of your organisations), or with requester_name and requester_email',
      params: IdParams,
      body: LoanRequestBody,
      response: { 201: LoanCreated },
    },
    preHandler: anonymousWriteLimit(rateLimiter, config, 'loans'),
  }, async (request, reply) => {
    const loan = await loans.request(request.account, request.params.id, request.body, baseUrl)
    return reply.code(201).send(loan)
  })

  const decision = (action: LoanAction, summary: string) => {
    app.post(`/api/loans/:id/${action}`, {
      schema: {
        tags: ['loans'],
        summary,
        params: IdParams,
        body: action === 'cancel' ? CancelBody : DecisionBody,
        response: { 200: Loan },
      },
      // Everything in the body is optional: a POST without one is an empty decision.
      preValidation: async (request) => { request.body ??= {} },
    }, async (request) => loans.decide(request.account, request.params.id, action, request.body, baseUrl))
  }
  decision('approve', "Approve a request for your organisation's room (409 if another approved loan overlaps)")
  decision('decline', "Decline a request for your organisation's room")
  decision('cancel', 'Cancel a requested or approved loan: the host, the requester, or the holder of the cancel link (`token`)')

  app.get('/api/loans', {
    schema: {
      tags: ['loans'],
      summary: "Your loans: of your organisations' rooms (role=host) or asked by you or your organisations (role=requester)",
      querystring: LoanListQuery,
      response: { 200: LoanList },
    },
  }, async (request) => {
    const { role, status, limit, cursor } = request.query
    const page = await loans.list(request.account, role, status, limit, decodeCursor(cursor, LoanKey))
    return { items: page.items, links: pageLinks('/api/loans', request.url, request.query, page.next) }
  })
}
