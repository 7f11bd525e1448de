/** TypeBox schemas of the agenda's public answers and query strings (validation and OpenAPI). */
import { Type, type Static, type TSchema } from 'typebox'
import { EVENT_KINDS } from '../../db/schema/events.js'
import { PointGeometry } from '../shared/geojson-schemas.js'
import { Link } from '../shared/list-pages.js'

const list = (description: string, examples: string[]) =>
  Type.Optional(Type.Array(Type.String({ maxLength: 1000 }), { maxItems: 50, description, examples }))

/** The filters shared by the occurrence list and the feeds. */
export const eventFilterQuery = {
  category: list('category slugs, repeated or comma-separated (OR)', ['alimentation']),
  kind: list(`kinds (OR): ${EVENT_KINDS.join(', ')}`, ['atelier,visite']),
  programme: list('programme slugs (OR)', ['mois-de-l-ess-2026']),
  territory: list('territories written type:code (OR)', ['departement:37']),
  organiser: list('ids of organising initiatives (OR)', []),
  bbox: Type.Optional(Type.String({ description: 'minLon,minLat,maxLon,maxLat', examples: ['0.5,47.2,0.9,47.5'] })),
  q: Type.Optional(Type.String({ maxLength: 200, description: 'words searched for, accents and case ignored, as prefixes' })),
}

const moment = (description: string) =>
  Type.Optional(Type.String({ maxLength: 64, description, examples: ['2027-03-20T10:00:00+01:00'] }))

export const OccurrenceListQuery = Type.Object({
  from: moment('RFC 3339 with offset; default now'),
  to: moment('RFC 3339 with offset; default from + 3 months; at most one year after from'),
  ...eventFilterQuery,
  limit: Type.Integer({ minimum: 1, maximum: 5000, default: 500 }),
  cursor: Type.Optional(Type.String({ maxLength: 500, description: 'opaque, from the `next` link' })),
}, { additionalProperties: false })

export const FeedQuery = Type.Object({
  to: moment('RFC 3339 with offset; only events starting before it (no upper bound by default)'),
  ...eventFilterQuery,
}, { additionalProperties: false })

const nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()])

const eventFields = {
  title: Type.String(),
  description: Type.String(),
  start: Type.String({ description: 'with the offset of the event zone, or a date for an all-day event' }),
  end: Type.String({ description: 'exclusive; a date for an all-day event' }),
  all_day: Type.Boolean(),
  timezone: Type.String({ examples: ['Europe/Paris'] }),
  rrule: nullable(Type.String()),
  exdates: Type.Array(Type.String(), { description: 'local times or dates in the event zone' }),
  kind: Type.String(),
  categories: Type.Array(Type.String()),
  organiser_id: nullable(Type.String()),
  organiser_name: Type.String(),
  room_id: nullable(Type.String()),
  address: Type.String(),
  commune: nullable(Type.String()),
  commune_name: nullable(Type.String()),
  online_url: nullable(Type.String()),
  free: Type.Boolean(),
  price: Type.String(),
  registration_url: nullable(Type.String()),
  accessibility: Type.String(),
  programmes: Type.Array(Type.String()),
  status: Type.Union([Type.Literal('published'), Type.Literal('cancelled')]),
  sequence: Type.Integer(),
  created_at: Type.String(),
  updated_at: Type.String(),
}

/** An event's own fields, as one Feature per event carries them (the OGC collection). */
export const EventProperties = Type.Object(eventFields)

const Geometry = nullable(PointGeometry)

export const OccurrenceCollection = Type.Object({
  type: Type.Literal('FeatureCollection'),
  numberMatched: Type.Integer(),
  numberReturned: Type.Integer(),
  links: Type.Array(Link),
  features: Type.Array(Type.Object({
    type: Type.Literal('Feature'),
    id: Type.String({ description: '<event id>/<occurrence start in UTC, or its date>' }),
    geometry: Geometry,
    properties: Type.Object({
      ...eventFields,
      event_id: Type.String(),
      occurrence_start: Type.String(),
      occurrence_end: Type.String(),
    }),
  })),
})

export const EventFeature = Type.Object({
  type: Type.Literal('Feature'),
  id: Type.String(),
  geometry: Geometry,
  properties: Type.Object({
    ...eventFields,
    upcoming_occurrences: Type.Array(Type.Object({ start: Type.String(), end: Type.String() }), {
      description: 'the next dates (at most 10)',
    }),
  }),
})

export const Programme = Type.Object({
  slug: Type.String(),
  title: Type.String(),
  description: Type.String(),
  start_date: Type.String({ format: 'date' }),
  end_date: Type.String({ format: 'date' }),
  event_count: Type.Integer({ description: 'published events of the programme' }),
})

export type EventProperties = Static<typeof EventProperties>
export type OccurrenceCollection = Static<typeof OccurrenceCollection>
export type Occurrence = OccurrenceCollection['features'][number]
export type EventFeature = Static<typeof EventFeature>
export type Programme = Static<typeof Programme>

const { programme: _programme, ...programmeFeedFilters } = eventFilterQuery

/** A programme's feed: the same filters but the programme, which the path names. */
export const ProgrammeFeedQuery = Type.Object({ to: FeedQuery.properties.to, ...programmeFeedFilters }, { additionalProperties: false })

/** The Atom feed lists what is still to come: filters only, no window. */
export const AtomQuery = Type.Object(eventFilterQuery, { additionalProperties: false })
