/** GET /api/initiatives — published initiatives as a GeoJSON FeatureCollection. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { parseBbox } from '../shared/bbox.js'
import { decodeCursor } from '../shared/cursor.js'
import { featureCollectionText } from '../shared/feature-page.js'
import { GEOJSON, featureCollection, placeListQuery } from '../shared/geojson-schemas.js'
import type { InitiativeRepository } from './repository.js'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

const InitiativeProperties = Type.Object({
  name: Type.String(), description: Type.String(), categories: Type.Array(Type.String()),
  legal_form: Type.String(), address: Type.String(), commune: Type.Union([Type.String(), Type.Null()]),
  commune_name: Type.Union([Type.String(), Type.Null()]), website: Type.Union([Type.String(), Type.Null()]),
  status: Type.String(), created_at: Type.String(), updated_at: Type.String(), source: Type.String(),
}, { additionalProperties: true })

export const initiativeRoutes: FastifyPluginAsyncTypebox<{ initiatives: InitiativeRepository }> = async (app, { initiatives }) => {
  app.get('/api/initiatives', {
    schema: {
      tags: ['initiatives'],
      summary: 'Published initiatives (GeoJSON FeatureCollection), cursor-paged',
      querystring: Type.Object(placeListQuery, { additionalProperties: false }),
      response: { 200: { content: { [GEOJSON]: { schema: featureCollection(InitiativeProperties) } } } },
    },
  }, async (request, reply) => {
    const { bbox, limit, cursor } = request.query
    const after = decodeCursor(cursor, (v): v is string => typeof v === 'string' && UUID.test(v))
    const page = await initiatives.listPublished({ bbox: parseBbox(bbox), after }, limit)
    // Features come from PostGIS as JSON text; the envelope is added around them.
    return reply.type(GEOJSON).send(featureCollectionText('/api/initiatives', request.url, request.query, page, limit) as never)
  })
}
