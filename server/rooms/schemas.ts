/** TypeBox schemas of the public room reads, for validation and OpenAPI. */
import { Type, type Static, type TSchema } from 'typebox'
import { EQUIPMENT } from '../../db/schema/rooms.js'
import { feature, featureCollection, placeListQuery } from '../shared/geojson-schemas.js'

const nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()])

export const RoomProperties = Type.Object({
  name: Type.String(),
  description: Type.String(),
  host_id: Type.String({ description: 'the host organisation (an initiative)' }),
  host_name: Type.String(),
  address: Type.String(),
  commune: nullable(Type.String()),
  commune_name: nullable(Type.String()),
  capacity: Type.Integer({ description: 'people' }),
  surface: nullable(Type.Number({ description: 'm²' })),
  equipment: Type.Array(Type.String({ enum: [...EQUIPMENT] })),
  step_free: Type.Boolean(),
  free: Type.Boolean(),
  conditions: Type.String(),
  rules: Type.String(),
  status: Type.Enum(['published', 'hidden'], { description: 'hidden: seen only by its host\'s members and moderators' }),
})

export const RoomFeature = feature(RoomProperties)
export const RoomCollection = featureCollection(RoomProperties)
export type RoomProperties = Static<typeof RoomProperties>
export type RoomFeature = Static<typeof RoomFeature>
export type RoomCollection = Static<typeof RoomCollection>

/**
 * RFC 3339 with an offset (`2027-03-20T10:00:00+01:00` or `...Z`); seconds
 * may be left out. Whether the date exists is checked when it is parsed.
 */
const OFFSET_TIME = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})$'

const offsetTime = (description: string) =>
  Type.String({ pattern: OFFSET_TIME, description, examples: ['2027-03-20T10:00:00+01:00'] })

/** Values of a repeatable parameter; each may also be a comma-separated list (checked in the route). */
const repeatable = (description: string, examples: string[]) =>
  Type.Array(Type.String({ maxLength: 500 }), { maxItems: 50, description, examples })

export const RoomListQuery = Type.Object({
  ...placeListQuery,
  territory: Type.Optional(repeatable('`commune:37261`, `epci:243700754`, `departement:37`, `region:24`; several are OR\'d', ['departement:37'])),
  host: Type.Optional(repeatable('host organisations (initiative ids); their members also see their hidden rooms', ['0b6f7d52-8d51-4c62-9a3e-3f0e2c7b9a10'])),
  capacity_min: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000, description: 'at least this many people' })),
  equipment: Type.Optional(repeatable(`a room must have all of them: ${EQUIPMENT.join(', ')}`, ['videoprojecteur,wifi'])),
  step_free: Type.Optional(Type.Boolean()),
  free: Type.Optional(Type.Boolean()),
  available_from: Type.Optional(offsetTime('with available_to: only rooms with no approved loan overlapping [from, to)')),
  available_to: Type.Optional(offsetTime('with available_from; after it')),
}, { additionalProperties: false })


export const AvailabilityQuery = Type.Object({
  from: Type.Optional(offsetTime('start of the window; now when not given')),
  to: Type.Optional(offsetTime('end of the window; 31 days after its start when not given; at most 366 days after it')),
}, { additionalProperties: false })

const parisTime = Type.String({ description: 'RFC 3339, Europe/Paris offset', examples: ['2027-03-20T10:00:00+01:00'] })

export const Availability = Type.Object({
  room_id: Type.String(),
  from: parisTime,
  to: parisTime,
  busy: Type.Array(Type.Object({ start: parisTime, end: parisTime }), { description: 'approved loans overlapping the window, oldest first' }),
})
export type Availability = Static<typeof Availability>
