/**
 * The agenda's writes over HTTP: propose or publish an event, change it,
 * cancel it. Same-origin only (no CORS header; the CSRF check guards them).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { requireAccount } from '../http/auth.js'
import { anonymousWriteLimit, type RateLimiter, type WriteLimit } from '../http/rate-limit.js'
import { GEOJSON } from '../shared/geojson-schemas.js'
import {
  EventChangeBody, EventCreateBody, PublishedEventAnswer,
} from './write-schemas.js'
import { PendingAnswer, type PendingAnswer as Pending } from '../shared/pending-schemas.js'
import type { EventWriter, WriteOutcome } from './write-service.js'
import { IdParams } from '../shared/params.js'
import { createdAnswer } from '../http/openapi.js'

const published = { content: { [GEOJSON]: { schema: PublishedEventAnswer } } }

export interface EventWriteOptions { writer: EventWriter; rateLimiter: RateLimiter; config: WriteLimit }

export const eventWriteRoutes: FastifyPluginAsyncTypebox<EventWriteOptions> = async (app, { writer, rateLimiter, config }) => {
  // Before the body is checked: a visitor learns nothing from a 400.
  const signedIn = async (request: FastifyRequest) => { requireAccount(request) }
  const actor = (request: FastifyRequest) => ({ account: request.account })

  /** A published event as its Feature (with notices), a pending one as every pending write answers. */
  const send = (reply: FastifyReply, outcome: WriteOutcome, publishedStatus: number) => {
    if (!outcome.published) {
      const pending: Pending = { id: outcome.id, status: 'pending', revision_id: null, possible_duplicates: [], notices: outcome.notices }
      return reply.code(202).send(pending)
    }
    // A creation says where the new event is (RFC 9110 §15.3.2), as every 201 of the API does.
    if (publishedStatus === 201) reply.header('location', `/api/events/${outcome.event.id}`)
    return reply.code(publishedStatus).type(GEOJSON).send(JSON.stringify({ ...outcome.event, notices: outcome.notices }) as never)
  }

  app.post('/api/events', {
    schema: {
      tags: ['events'],
      summary: 'Propose an event (anyone: 202 pending) or publish it (member of the organiser, moderator: 201)',
      description: 'The event is written as the Feature it is read as. Its place is exactly one of properties.room_id, '
        + 'properties.place_initiative_id, a geometry (+ properties.address, properties.commune) or properties.online_url; '
        + 'geometry is null but for the third. Timed events give start and end with the offset of `timezone` at that date; all-day events give dates, the end exclusive.',
      body: EventCreateBody,
      response: { 201: createdAnswer(GEOJSON, PublishedEventAnswer), 202: PendingAnswer },
    },
    preHandler: anonymousWriteLimit(rateLimiter, config, 'events'),
  }, async (request, reply) => send(reply, await writer.propose(request.body, actor(request)), 201))

  app.patch('/api/events/:id', {
    schema: {
      tags: ['events'],
      summary: 'Change an event (member of the organiser, moderator); a published change raises its sequence',
      description: 'Partial: the fields given replace the stored ones and the whole event is checked again. '
        + 'Naming the geometry or any place property (room_id, place_initiative_id, address, commune, online_url) replaces the whole place. '
        + 'A pending event answers 202 with its id: it stays pending.',
      params: IdParams,
      body: EventChangeBody,
      response: { 200: published, 202: PendingAnswer },
    },
    preValidation: signedIn,
  }, async (request, reply) => send(reply, await writer.change(request.params.id, request.body, actor(request)), 200))

  app.post('/api/events/:id/cancel', {
    schema: {
      tags: ['events'],
      summary: 'Cancel a published event (member of the organiser, moderator): it stays listed as cancelled',
      params: IdParams,
      response: { 200: published },
    },
    preValidation: signedIn,
  }, async (request, reply) => send(reply, await writer.cancel(request.params.id, actor(request)), 200))
}
