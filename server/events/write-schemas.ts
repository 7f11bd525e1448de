/**
 * TypeBox schemas of the agenda's writes: proposing, changing and cancelling
 * an event. An event travels as the GeoJSON Feature that GET /api/events/{id}
 * answers (the field names of SPEC section 3), without the fields the server
 * derives (`commune_name`, `status`, `sequence`, times of the record, the
 * upcoming dates). The place is exactly one of:
 *   - `properties.room_id`: a published room; its point, address and commune
 *     are used (naming a room does not book it: the answer then carries the
 *     notice `room_not_booked` when the organiser is not its host);
 *   - `properties.place_initiative_id`: a published initiative whose point,
 *     address and commune are copied (usually the organiser itself);
 *   - a `geometry` Point with `properties.address` and `properties.commune`;
 *   - `properties.online_url` alone: an online event.
 * In all but the third, `geometry` is null: the point comes from the place,
 * and an online event has none, as its answers say.
 */
import { Type, type Static } from 'typebox'
import { Line, Name, Text } from '../shared/text-schemas.js'
import { EVENT_KINDS } from '../../db/schema/events.js'
import { PointGeometry } from '../shared/geojson-schemas.js'
import { Notices, type PendingAnswer } from '../shared/pending-schemas.js'
import { EventFeature } from './schemas.js'

// Null first: with coercion on, AJV would otherwise turn a null into "" for the string branch.
const nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([Type.Null(), schema])
const Slug = Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 100 })
const Id = Type.String({ format: 'uuid' })
const Url = (description: string) => Type.String({ maxLength: 2000, description: `${description}; http or https only` })

/** Every field of an event a client may write, each optional (what a change may send). */
const writableFields = {
  title: Name({ minLength: 1, maxLength: 200 }),
  description: Text({ maxLength: 10_000 }),
  start: Type.String({
    maxLength: 40, description: 'RFC 3339 with the offset of `timezone` at that date, or a date (YYYY-MM-DD) for an all-day event',
    examples: ['2027-03-20T10:00:00+01:00'],
  }),
  end: Type.String({ maxLength: 40, description: 'after start; an all-day event\'s end date is exclusive', examples: ['2027-03-20T12:00:00+01:00'] }),
  all_day: Type.Boolean({ description: 'default false' }),
  timezone: Type.String({ maxLength: 64, description: 'IANA zone, default Europe/Paris', examples: ['Europe/Paris'] }),
  rrule: nullable(Type.String({
    maxLength: 500, description: 'RFC 5545 RRULE without DTSTART (FREQ DAILY, WEEKLY, MONTHLY or YEARLY; UNTIL or COUNT)',
    examples: ['FREQ=WEEKLY;BYDAY=TU;UNTIL=20270630'],
  })),
  exdates: Type.Array(Type.String({ maxLength: 40 }), {
    maxItems: 500, description: 'excluded occurrences: local times in the event zone (2027-03-23T18:00:00), dates for an all-day event',
  }),
  kind: Type.String({ enum: [...EVENT_KINDS] }),
  categories: Type.Array(Slug, { maxItems: 10, uniqueItems: true, description: 'category slugs' }),
  organiser_id: nullable(Id),
  organiser_name: Line({ maxLength: 200, description: 'default: the organising initiative\'s name' }),
  room_id: Id,
  place_initiative_id: Type.String({ format: 'uuid', description: 'an initiative whose point, address and commune are the place' }),
  address: Line({ maxLength: 300, description: 'with a geometry' }),
  commune: Type.String({ pattern: '^[0-9][0-9AB][0-9]{3}$', description: 'INSEE code', examples: ['37261'] }),
  online_url: Url('the online event'),
  free: Type.Boolean({ description: 'default true' }),
  price: Line({ maxLength: 200 }),
  registration_url: nullable(Url('where to register')),
  accessibility: Text({ maxLength: 2000 }),
  programmes: Type.Array(Slug, { maxItems: 10, uniqueItems: true, description: 'programme slugs' }),
}

type Fields = typeof writableFields
const optional = <K extends keyof Fields>(names: K[]) =>
  Object.fromEntries(names.map((name) => [name, Type.Optional(writableFields[name])])) as { [N in K]: ReturnType<typeof Type.Optional<Fields[N]>> }

const OPTIONAL_ON_CREATE = [
  'description', 'all_day', 'timezone', 'rrule', 'exdates', 'categories', 'organiser_id', 'organiser_name',
  'room_id', 'place_initiative_id', 'address', 'commune', 'online_url', 'free', 'price',
  'registration_url', 'accessibility', 'programmes',
] as const

/** The point of a place given by its address; null when it comes from a room or an initiative, or for an online event. */
const Geometry = nullable(Type.Object(PointGeometry.properties, { additionalProperties: false }))

export const EventCreateBody = Type.Object({
  type: Type.Literal('Feature'),
  geometry: Geometry,
  properties: Type.Object({
    title: writableFields.title,
    start: writableFields.start,
    end: writableFields.end,
    kind: writableFields.kind,
    ...optional([...OPTIONAL_ON_CREATE]),
    proposer_email: Type.Optional(Type.String({
      maxLength: 254, pattern: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$', description: 'to answer an anonymous proposer; never shown',
    })),
    website_url: Type.Optional(Type.String({ maxLength: 500, description: 'leave empty (spam trap, as for initiatives)' })),
  }, { additionalProperties: false }),
}, { additionalProperties: false })
export type EventCreateBody = Static<typeof EventCreateBody>

/** A partial change: any properties and/or the geometry. */
export const EventChangeBody = Type.Object({
  type: Type.Optional(Type.Literal('Feature')),
  geometry: Type.Optional(Geometry),
  properties: Type.Optional(Type.Object(
    optional(Object.keys(writableFields) as (keyof Fields)[]),
    { additionalProperties: false },
  )),
}, { additionalProperties: false, minProperties: 1 })
export type EventChangeBody = Static<typeof EventChangeBody>

export const PublishedEventAnswer = Type.Intersect([EventFeature, Type.Object({ notices: Notices })])

/** What a write of an event answers: the published event, or the pending proposal (shared/pending-schemas.ts). */
export type EventWritten = Static<typeof PublishedEventAnswer> | PendingAnswer
