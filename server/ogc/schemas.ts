/**
 * TypeBox schemas of the OGC API – Features answers and query strings, for
 * validation and for the OpenAPI document (conformance class `oas30`). The
 * filters of each collection are those of the JSON API, with the same names.
 */
import { Type, type TSchema } from 'typebox'
import { EventProperties, eventFilterQuery } from '../events/schemas.js'
import { InitiativeProperties } from '../initiatives/schemas.js'
import { initiativeFilterQuery } from '../initiatives/list-filter.js'
import { RoomListQuery, RoomProperties } from '../rooms/schemas.js'
import { PointGeometry } from '../shared/geojson-schemas.js'
import { CRS84, DEFAULT_LIMIT, MAX_LIMIT } from './parameters.js'

const OgcLink = Type.Object({
  href: Type.String(), rel: Type.String(), type: Type.Optional(Type.String()), title: Type.Optional(Type.String()),
})

/** Part 1's parameters, shared by the three item lists. */
const partOneQuery = {
  bbox: Type.Optional(Type.String({
    maxLength: 300, description: 'minLon,minLat,maxLon,maxLat in CRS84 (six numbers with heights are accepted)',
    examples: ['0.5,47.2,0.9,47.5'],
  })),
  'bbox-crs': Type.Optional(Type.String({ maxLength: 200, description: `only ${CRS84}`, examples: [CRS84] })),
  limit: Type.Integer({
    minimum: 1, default: DEFAULT_LIMIT,
    description: `features per page; at most ${MAX_LIMIT}, a larger limit is served as ${MAX_LIMIT}`,
  }),
  cursor: Type.Optional(Type.String({ maxLength: 500, description: 'opaque, from a `next` or `prev` link' })),
}

const { bbox: _initiativeBbox, ...initiativeFilters } = initiativeFilterQuery
const { bbox: _eventBbox, ...eventFilters } = eventFilterQuery
const { territory, equipment, capacity_min, step_free, free } = RoomListQuery.properties

export const InitiativeItemsQuery = Type.Object({ ...partOneQuery, ...initiativeFilters }, { additionalProperties: false })
export const RoomItemsQuery = Type.Object({
  ...partOneQuery, territory, equipment, capacity_min, step_free, free,
}, { additionalProperties: false })
export const EventItemsQuery = Type.Object({
  ...partOneQuery,
  datetime: Type.Optional(Type.String({
    maxLength: 100,
    description: 'an RFC 3339 instant or an interval start/end, either end open as `..`; matches the events whose span (first start to end of the last occurrence) meets it',
    examples: ['2026-11-01T00:00:00Z/2026-11-30T23:59:59Z', '../2027-06-30T00:00:00Z'],
  })),
  ...eventFilters,
}, { additionalProperties: false })

export const ItemParams = Type.Object({ featureId: Type.String({ maxLength: 100, description: 'the feature id (UUID)' }) })

/** Answers of the metadata paths take no parameter. */
export const NoQuery = Type.Object({}, { additionalProperties: false })

export const LandingPage = Type.Object({
  title: Type.String(), description: Type.String(), links: Type.Array(OgcLink),
})

export const Conformance = Type.Object({ conformsTo: Type.Array(Type.String()) })

export const Extent = Type.Object({
  spatial: Type.Optional(Type.Object({ bbox: Type.Array(Type.Array(Type.Number())), crs: Type.String() })),
  temporal: Type.Optional(Type.Object({
    interval: Type.Array(Type.Array(Type.Union([Type.String(), Type.Null()]))), trs: Type.String(),
  })),
})

export const Collection = Type.Object({
  id: Type.String(),
  title: Type.String(),
  description: Type.String(),
  links: Type.Array(OgcLink),
  extent: Extent,
  itemType: Type.Literal('feature'),
  crs: Type.Array(Type.String()),
})

export const Collections = Type.Object({ links: Type.Array(OgcLink), collections: Type.Array(Collection) })

/**
 * Part 3: a JSON Schema of what may be filtered; its keywords vary with each
 * property. (Its `$schema` and `$id` are not declared here: a schema naming
 * them as properties would be read as identifiers by the OpenAPI generator.)
 */
export const Queryables = Type.Object({
  type: Type.Literal('object'), title: Type.String(), properties: Type.Record(Type.String(), Type.Unknown()),
}, { additionalProperties: true, description: 'a JSON Schema (draft 2020-12) with its `$schema` and `$id`' })

const itemsOf = (properties: TSchema, geometry: TSchema) => Type.Object({
  type: Type.Literal('FeatureCollection'),
  timeStamp: Type.String({ description: 'when the page was read' }),
  numberMatched: Type.Integer({ description: 'features matching the query, all pages together' }),
  numberReturned: Type.Integer(),
  links: Type.Array(OgcLink),
  features: Type.Array(Type.Object({ type: Type.Literal('Feature'), id: Type.String(), geometry, properties })),
})

const itemOf = (properties: TSchema, geometry: TSchema) => Type.Object({
  type: Type.Literal('Feature'), id: Type.String(), geometry, properties, links: Type.Array(OgcLink),
})

const EventGeometry = Type.Union([PointGeometry, Type.Null()], { description: 'null for an online event' })

export const InitiativeItems = itemsOf(InitiativeProperties, PointGeometry)
export const RoomItems = itemsOf(RoomProperties, PointGeometry)
export const EventItems = itemsOf(EventProperties, EventGeometry)
export const InitiativeItem = itemOf(InitiativeProperties, PointGeometry)
export const RoomItem = itemOf(RoomProperties, PointGeometry)
export const EventItem = itemOf(EventProperties, EventGeometry)
