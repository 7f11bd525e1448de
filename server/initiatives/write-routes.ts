/**
 * Writes on initiatives: POST /api/initiatives (propose), PATCH
 * /api/initiatives/{id} (propose a change), POST …/reports, POST …/archive.
 * Anonymous writes are rate-limited per client address; a moderator's write
 * applies at once.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { Type } from 'typebox'
import { isModerator } from '../accounts/acting-for.js'
import type { Config } from '../config.js'
import { requireRole } from '../http/auth.js'
import { anonymousWriteLimit, type RateLimiter } from '../http/rate-limit.js'
import { GEOJSON, feature } from '../shared/geojson-schemas.js'
import { ChangeBody, ProposalBody, ReportBody } from './write-schemas.js'
import { PendingAnswer } from '../shared/pending-schemas.js'
import type { Actor, ProposalService, WriteOutcome } from './write-service.js'
import { IdParams } from '../shared/params.js'
import { createdAnswer } from '../http/openapi.js'

export interface InitiativeWriteOptions {
  proposals: ProposalService
  rateLimiter: RateLimiter
  config: Pick<Config, 'rateLimitWrites' | 'rateLimitWindowSeconds'>
}

const AnyFeature = feature(Type.Object({}, { additionalProperties: true }))
const featureAnswer = { content: { [GEOJSON]: { schema: AnyFeature } } }

export const initiativeWriteRoutes: FastifyPluginAsyncTypebox<InitiativeWriteOptions> = async (app, { proposals, rateLimiter, config }) => {
  /** Who writes. */
  function actorOf({ account }: FastifyRequest): Actor {
    if (!account) return { accountId: null, email: null, moderator: false }
    return { accountId: account.id, email: account.email, moderator: isModerator(account) }
  }
  const limited = anonymousWriteLimit(rateLimiter, config, 'initiatives')

  const answer = (reply: FastifyReply, outcome: WriteOutcome, appliedStatus: 200 | 201) => {
    if (outcome.state === 'applied') {
      // A creation says where the new initiative is (RFC 9110 §15.3.2), as every 201 of the API does.
      if (appliedStatus === 201) reply.header('location', `/api/initiatives/${outcome.id}`)
      return reply.code(appliedStatus).type(GEOJSON).send(outcome.feature as never)
    }
    const { state: _state, ...pending } = outcome
    return reply.code(202).send(pending)
  }

  app.post('/api/initiatives', {
    schema: {
      tags: ['initiatives'],
      summary: 'Propose an initiative (a GeoJSON Feature with a Point): 202 pending; a moderator\'s is published at once (201)',
      body: ProposalBody,
      response: { 201: createdAnswer(GEOJSON, AnyFeature), 202: PendingAnswer },
    },
    preHandler: limited,
  }, async (request, reply) => {
    const actor = actorOf(request)
    if (proposals.isSpam(request.body)) return answer(reply, proposals.decoyAnswer(), 201)
    return answer(reply, await proposals.propose(request.body, actor), 201)
  })

  app.patch('/api/initiatives/:id', {
    schema: {
      tags: ['initiatives'],
      summary: 'Propose a change (partial properties and/or geometry): 202 pending; a moderator\'s applies at once (200)',
      params: IdParams,
      body: ChangeBody,
      response: { 200: featureAnswer, 202: PendingAnswer },
    },
    preHandler: limited,
  }, async (request, reply) => {
    const actor = actorOf(request)
    if (proposals.isSpam(request.body)) return answer(reply, { ...proposals.decoyAnswer(), id: request.params.id }, 200)
    return answer(reply, await proposals.change(request.params.id, request.body, actor), 200)
  })

  app.post('/api/initiatives/:id/reports', {
    schema: {
      tags: ['initiatives'],
      summary: 'Report a problem (closed, wrong information, duplicate, other) to the moderators',
      params: IdParams,
      body: ReportBody,
      response: { 201: Type.Object({ id: Type.String(), status: Type.Literal('pending') }) },
    },
    preHandler: limited,
  }, async (request, reply) => {
    const actor = actorOf(request)
    return reply.code(201).send(await proposals.report(request.params.id, request.body, actor))
  })

  app.post('/api/initiatives/:id/archive', {
    schema: {
      tags: ['initiatives'],
      summary: 'Archive an initiative (moderators): off the map, kept with its history',
      params: IdParams,
      response: { 200: featureAnswer },
    },
  }, async (request, reply) => {
    const moderator = requireRole(request, 'moderator')
    return reply.type(GEOJSON).send(await proposals.archive(request.params.id, moderator.id) as never)
  })
}
