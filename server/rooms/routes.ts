/**
 * Public reads of the open rooms: GET /api/rooms (GeoJSON, filtered,
 * cursor-paged), /api/rooms/{id} and /api/rooms/{id}/availability. Anyone may
 * read them, from any origin; a hidden room only its host's members. The
 * writes are in write-routes.ts and server/loans/.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { Uuid } from '../shared/text-schemas.js'
import { decodeCursor } from '../shared/cursor.js'
import { featureCollectionText } from '../shared/feature-page.js'
import { GEOJSON } from '../shared/geojson-schemas.js'
import { parseRoomFilter } from './list-filter.js'
import type { RoomReader } from './service.js'
import { Availability, AvailabilityQuery, RoomCollection, RoomFeature, RoomListQuery } from './schemas.js'
import { PUBLIC_READ } from '../http/public-reads.js'
import { IdParams } from '../shared/params.js'

export interface RoomRouteDependencies {
  rooms: RoomReader
}

/** The last room seen, by id. */
const RoomKey = Uuid()

export const roomRoutes: FastifyPluginAsyncTypebox<RoomRouteDependencies> = async (app, { rooms }) => {

  app.get('/api/rooms', {
    config: PUBLIC_READ,
    schema: {
      tags: ['rooms'],
      summary: 'Published rooms (GeoJSON FeatureCollection), filtered, cursor-paged; with `host`, members of that host also get its hidden rooms',
      querystring: RoomListQuery,
      response: { 200: { content: { [GEOJSON]: { schema: RoomCollection } } } },
    },
  }, async (request, reply) => {
    const { limit, cursor } = request.query
    const after = decodeCursor(cursor, RoomKey)
    const { page, personal } = await rooms.list({ ...parseRoomFilter(request.query), after }, limit, request.account)
    // Hidden rooms seen by their host must not stay in a shared cache.
    if (personal) reply.header('cache-control', 'private, no-store')
    // Features come from PostGIS as JSON text; the envelope is added around them.
    return reply.type(GEOJSON).send(featureCollectionText('/api/rooms', request.url, request.query, page) as never)
  })

  app.get('/api/rooms/:id', {
    config: PUBLIC_READ,
    schema: {
      tags: ['rooms'],
      summary: 'One published room (GeoJSON Feature); a hidden one only for members of its host',
      params: IdParams,
      querystring: Type.Object({}, { additionalProperties: false }),
      response: { 200: { content: { [GEOJSON]: { schema: RoomFeature } } } },
    },
  }, async (request, reply) => {
    const { feature, personal } = await rooms.room(request.params.id, request.account)
    // A hidden room seen by its host must not stay in a shared cache.
    if (personal) reply.header('cache-control', 'private, no-store')
    return reply.type(GEOJSON).send(feature as never)
  })

  app.get('/api/rooms/:id/availability', {
    config: PUBLIC_READ,
    schema: {
      tags: ['rooms'],
      summary: 'Busy intervals of a room (approved loans, without personal data) over a window',
      params: IdParams,
      querystring: AvailabilityQuery,
      response: { 200: Availability },
    },
  }, async (request) => rooms.availability(request.params.id, request.query.from, request.query.to))
}
