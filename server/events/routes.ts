/**
 * The agenda's public reads: occurrences (GeoJSON), one event, programmes.
 * Writes (proposing, editing, cancelling) and moderation live elsewhere.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { Uuid } from '../shared/text-schemas.js'
import { decodeCursor } from '../shared/cursor.js'
import { ItemList, pageLinks, singlePageLinks } from '../shared/list-pages.js'
import { GEOJSON } from '../shared/geojson-schemas.js'
import { EventFeature, OccurrenceCollection, OccurrenceListQuery, Programme } from './schemas.js'
import type { EventReader, OccurrenceCursor } from './service.js'
import { PUBLIC_READ } from '../http/public-reads.js'
import { IdParams, SlugParams } from '../shared/params.js'

/** The last occurrence seen: its start (ms since 1970) and its event's id. */
const OccurrenceKey = Type.Unsafe<OccurrenceCursor>(Type.Tuple([Type.Integer(), Uuid()]))

export const eventRoutes: FastifyPluginAsyncTypebox<{ reader: EventReader }> = async (app, { reader }) => {

  app.get('/api/events', {
    config: PUBLIC_READ,
    schema: {
      tags: ['events'],
      summary: 'Occurrences of published and cancelled events between from and to, recurrences expanded, by start',
      querystring: OccurrenceListQuery,
      response: { 200: { content: { [GEOJSON]: { schema: OccurrenceCollection } } } },
    },
  }, async (request, reply) => {
    const after = decodeCursor(request.query.cursor, OccurrenceKey)
    const page = await reader.occurrences(request.query, after)
    const links = pageLinks('/api/events', request.url, request.query, page.next, GEOJSON)
    return reply.type(GEOJSON).send(JSON.stringify({
      type: 'FeatureCollection', numberMatched: page.matched, numberReturned: page.features.length, links, features: page.features,
    }) as never)
  })

  app.get('/api/events/:id', {
    config: PUBLIC_READ,
    schema: {
      tags: ['events'],
      summary: 'One published or cancelled event, with its recurrence and next dates',
      params: IdParams,
      response: { 200: { content: { [GEOJSON]: { schema: EventFeature } } } },
    },
  }, async (request, reply) => {
    return reply.type(GEOJSON).send(JSON.stringify(await reader.event(request.params.id)) as never)
  })

  app.get('/api/programmes', {
    config: PUBLIC_READ,
    schema: {
      tags: ['events'],
      summary: 'Programmes, latest first, with their numbers of published events',
      response: { 200: ItemList(Programme) },
    },
  }, async (request) => ({ items: await reader.programmes(), links: singlePageLinks(request.url) }))

  app.get('/api/programmes/:slug', {
    config: PUBLIC_READ,
    schema: {
      tags: ['events'],
      summary: 'One programme with its number of published events',
      params: SlugParams,
      response: { 200: Programme },
    },
  }, async (request) => reader.programme(request.params.slug))
}
