/**
 * Public reads of the contributory map: GET /api/initiatives (GeoJSON,
 * filtered, ranked by relevance when searched, cursor-paged),
 * /api/initiatives/{id}, /api/initiatives/{id}/history, and the exports.
 * Anyone may read them, from any origin.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { decodeCursor } from '../shared/cursor.js'
import { featureCollectionText } from '../shared/feature-page.js'
import { GEOJSON } from '../shared/geojson-schemas.js'
import { initiativeFilterQuery, parseInitiativeFilter } from './list-filter.js'
import type { ListPosition } from './repository.js'
import type { InitiativeReader } from './service.js'
import { History, InitiativeCollection, InitiativeFeature } from './schemas.js'
import { PUBLIC_READ } from '../http/public-reads.js'
import { pageLinks, pageQuery } from '../shared/list-pages.js'
import { IdParams } from '../shared/params.js'

/** A cursor is the last id seen, or `rank:id` when the list is ranked by a search; both are read by POSITION. */
const LOWER_UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'
const POSITION = new RegExp(`^(?:(\\d{1,9}):)?(${LOWER_UUID})$`)
// A cursor given by an unranked list is refused by a ranked one, and the other way round.
const UNRANKED_KEY = Type.String({ pattern: `^${LOWER_UUID}$` })
const RANKED_KEY = Type.String({ pattern: `^\\d{1,9}:${LOWER_UUID}$` })

export interface InitiativeRouteDependencies {
  initiatives: InitiativeReader
}

export const initiativeRoutes: FastifyPluginAsyncTypebox<InitiativeRouteDependencies> = async (app, { initiatives }) => {
  app.get('/api/initiatives', {
    config: PUBLIC_READ,
    schema: {
      tags: ['initiatives'],
      summary: 'Published initiatives (GeoJSON FeatureCollection), filtered, cursor-paged',
      description: 'Ordered by id; with `q`, by relevance (name first, then address, then description), then id.',
      querystring: Type.Object({
        ...initiativeFilterQuery,
        limit: Type.Integer({ minimum: 1, maximum: 5000, default: 500 }),
        cursor: Type.Optional(Type.String({ maxLength: 500, description: 'opaque, from the `next` link' })),
      }, { additionalProperties: false }),
      response: { 200: { content: { [GEOJSON]: { schema: InitiativeCollection } } } },
    },
  }, async (request, reply) => {
    const { limit, cursor } = request.query
    const filter = parseInitiativeFilter(request.query)
    const ranked = filter.tsquery !== undefined
    const raw = decodeCursor(cursor, ranked ? RANKED_KEY : UNRANKED_KEY)
    const page = await initiatives.list(filter, limit, raw === undefined ? undefined : position(raw))
    // Features come from PostGIS as JSON text; the envelope is added around them.
    return reply.type(GEOJSON).send(featureCollectionText('/api/initiatives', request.url, request.query, page) as never)
  })

  app.get('/api/initiatives/:id', {
    config: PUBLIC_READ,
    schema: {
      tags: ['initiatives'],
      summary: 'One published initiative (GeoJSON Feature); a moderator sees any, with private contact fields',
      params: IdParams,
      querystring: Type.Object({}, { additionalProperties: false }),
      response: { 200: { content: { [GEOJSON]: { schema: InitiativeFeature } } } },
    },
  }, async (request, reply) => {
    return reply.type(GEOJSON).send(await initiatives.feature(request.params.id, request.account) as never)
  })

  app.get('/api/initiatives/:id/history', {
    config: PUBLIC_READ,
    schema: {
      tags: ['initiatives'],
      summary: 'Approved revisions of a published initiative, newest first',
      params: IdParams,
      querystring: Type.Object(pageQuery(100, 1_000), { additionalProperties: false }),
      response: { 200: History },
    },
  }, async (request) => {
    const { id } = request.params
    const { limit, cursor } = request.query
    const page = await initiatives.history(id, limit, decodeCursor(cursor, UNRANKED_KEY))
    return { items: page.items, links: pageLinks(`/api/initiatives/${id}/history`, request.url, request.query, page.next) }
  })

}

function position(raw: string): ListPosition {
  const [, rank, id] = POSITION.exec(raw)!
  return rank === undefined ? { id: id! } : { id: id!, rank: Number(rank) }
}
