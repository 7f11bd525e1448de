/**
 * OGC API – Features under /ogc: landing page, conformance, collections, and
 * for each of initiatives, rooms and events its metadata, items, one item and
 * queryables. Each collection has its own paths so the OpenAPI document
 * declares its own filters. Anyone may read them, from any origin.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyReply } from 'fastify'
import type { TSchema } from 'typebox'
import { GEOJSON } from '../shared/geojson-schemas.js'
import type { CollectionId } from './catalogue.js'
import { JSON_TYPE, linkHeader, SCHEMA_TYPE, type Link } from './links.js'
import {
  Collection, Collections, Conformance, EventItem, EventItems, EventItemsQuery, InitiativeItem, InitiativeItems,
  InitiativeItemsQuery, ItemParams, LandingPage, NoQuery, Queryables, RoomItem, RoomItems, RoomItemsQuery,
} from './schemas.js'
import type { OgcService } from './service.js'

const json = (schema: TSchema) => ({ 200: { content: { [JSON_TYPE]: { schema } } } })
const geojson = (schema: TSchema) => ({ 200: { content: { [GEOJSON]: { schema } } } })

export const ogcRoutes: FastifyPluginAsyncTypebox<{ ogc: OgcService }> = async (app, { ogc }) => {
  // Public reads: any GIS tool or site may read them (never with credentials).
  app.addHook('onRequest', async (_request, reply) => { reply.header('access-control-allow-origin', '*') })
  const tags = ['ogc']

  app.get('/ogc', {
    schema: { tags, summary: 'Landing page of the OGC API – Features', querystring: NoQuery, response: json(LandingPage) },
  }, async () => ogc.landing())

  app.get('/ogc/conformance', {
    schema: { tags, summary: 'Conformance classes the API implements', querystring: NoQuery, response: json(Conformance) },
  }, async () => ogc.conformance())

  app.get('/ogc/collections', {
    schema: { tags, summary: 'The collections: initiatives, rooms, events', querystring: NoQuery, response: json(Collections) },
  }, async () => ogc.collections())

  const metadata = (id: CollectionId) => {
    app.get(`/ogc/collections/${id}`, {
      schema: { tags, summary: `The ${id} collection, with its extent`, querystring: NoQuery, response: json(Collection) },
    }, async () => ogc.collection(id))

    app.get(`/ogc/collections/${id}/queryables`, {
      schema: { tags, summary: `What the ${id} may be filtered on (OGC API – Features Part 3)`, querystring: NoQuery, response: { 200: { content: { [SCHEMA_TYPE]: { schema: Queryables } } } } },
    }, async (_request, reply) => reply.type(SCHEMA_TYPE).send(JSON.stringify(ogc.queryables(id)) as never))

    app.get(`/ogc/collections/${id}/items/:featureId`, {
      schema: {
        tags, summary: `One published feature of ${id}`, params: ItemParams, querystring: NoQuery,
        response: geojson(id === 'initiatives' ? InitiativeItem : id === 'rooms' ? RoomItem : EventItem),
      },
    }, async (request, reply) => reply.type(GEOJSON).send(JSON.stringify(await ogc.item(id, request.params.featureId)) as never))
  }

  const itemsSummary = (id: CollectionId) =>
    `Published ${id} (GeoJSON), filtered, paged by next/prev links in a stable order (by id)`
  /** The page as GeoJSON text, its links also in a `Link` header. */
  const send = (reply: FastifyReply, page: { body: string; links: Link[] }) => {
    reply.header('link', linkHeader(page.links.filter((link) => link.rel !== 'collection')))
    return reply.type(GEOJSON).send(page.body as never)
  }

  metadata('initiatives')
  app.get('/ogc/collections/initiatives/items', {
    schema: { tags, summary: itemsSummary('initiatives'), querystring: InitiativeItemsQuery, response: geojson(InitiativeItems) },
  }, async (request, reply) => send(reply, await ogc.initiatives({ query: request.query })))

  metadata('rooms')
  app.get('/ogc/collections/rooms/items', {
    schema: { tags, summary: itemsSummary('rooms'), querystring: RoomItemsQuery, response: geojson(RoomItems) },
  }, async (request, reply) => send(reply, await ogc.rooms({ query: request.query })))

  metadata('events')
  app.get('/ogc/collections/events/items', {
    schema: { tags, summary: itemsSummary('events'), querystring: EventItemsQuery, response: geojson(EventItems) },
  }, async (request, reply) => send(reply, await ogc.events({ query: request.query })))
}
