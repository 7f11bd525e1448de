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
import { invalidField, NotFound } from '../shared/errors.js'
import { GEOJSON } from '../shared/geojson-schemas.js'
import { parseRoomFilter } from './list-filter.js'
import type { RoomRepository } from './repository.js'
import { actsFor } from '../accounts/acting-for.js'
import { Availability, AvailabilityQuery, RoomCollection, RoomFeature, RoomListQuery } from './schemas.js'
import { parisTime, parseAvailabilityWindow } from './time-window.js'
import { PUBLIC_READ } from '../http/public-reads.js'
import { IdParams } from '../shared/params.js'

export interface RoomRouteDependencies {
  rooms: RoomRepository
  /** The current time; a parameter so tests can hold it still. */
  clock?: () => Date
}

/** The last room seen, by id. */
const RoomKey = Uuid()

export const roomRoutes: FastifyPluginAsyncTypebox<RoomRouteDependencies> = async (app, { rooms, clock = () => new Date() }) => {

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
    const filter = parseRoomFilter(request.query)
    const [unknown] = await rooms.unknownTerritories(filter.territories ?? [])
    if (unknown !== undefined) throw invalidField('query', 'territory', `unknown territory "${unknown}"`)
    // A member asking for their own organisation's rooms sees the hidden ones too ("Mes salles").
    const hiddenVisibleFor = (filter.hosts ?? []).filter((host) => actsFor(request.account, host))
    if (hiddenVisibleFor.length > 0) reply.header('cache-control', 'private, no-store')
    const page = await rooms.listPublished({ ...filter, hiddenVisibleFor, after }, limit)
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
    const room = await rooms.findFeature(request.params.id)
    if (room === undefined || (!room.published && !actsFor(request.account, room.hostId))) throw new NotFound('No such room.')
    // A hidden room seen by its host must not stay in a shared cache.
    if (!room.published) reply.header('cache-control', 'private, no-store')
    return reply.type(GEOJSON).send(room.feature as never)
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
  }, async (request) => {
    const room = await rooms.findPublished(request.params.id)
    if (!room) throw new NotFound('No such room.')
    const window = parseAvailabilityWindow(request.query.from, request.query.to, clock())
    const loans = await rooms.approvedLoans(room.id, window.from, window.to)
    return {
      room_id: room.id,
      from: parisTime(window.from),
      to: parisTime(window.to),
      busy: loans.map((loan) => ({ start: parisTime(loan.start), end: parisTime(loan.end) })),
    }
  })
}
