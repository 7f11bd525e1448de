/**
 * POST /api/rooms and PATCH /api/rooms/{id}: a host organisation's members
 * (or moderators) manage its rooms, hide and publish them. Same-origin writes
 * (the CSRF check applies); answers are the room as GET /api/rooms/{id} gives it.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { GEOJSON } from '../shared/geojson-schemas.js'
import { RoomFeature } from './schemas.js'
import { RoomChangeBody, RoomCreateBody } from './write-schemas.js'
import type { RoomWriteService } from './write-service.js'
import { IdParams } from '../shared/params.js'
import { createdAnswer } from '../http/openapi.js'

export const roomWriteRoutes: FastifyPluginAsyncTypebox<{ roomWrites: RoomWriteService }> = async (app, { roomWrites }) => {
  app.post('/api/rooms', {
    schema: {
      tags: ['rooms'],
      summary: 'Add a room of an organisation you are a member of (or as a moderator)',
      body: RoomCreateBody,
      response: { 201: createdAnswer(GEOJSON, RoomFeature) },
    },
  }, async (request, reply) => {
    const room = await roomWrites.create(request.account, request.body)
    return reply.code(201).type(GEOJSON).header('location', `/api/rooms/${room.id}`).send(room.feature as never)
  })

  app.patch('/api/rooms/:id', {
    schema: {
      tags: ['rooms'],
      summary: "Change a room of your organisation: any properties, the point, `status` to hide or publish it",
      params: IdParams,
      body: RoomChangeBody,
      response: { 200: { content: { [GEOJSON]: { schema: RoomFeature } } } },
    },
  }, async (request, reply) => {
    const feature = await roomWrites.change(request.account, request.params.id, request.body)
    return reply.type(GEOJSON).send(feature as never)
  })
}
