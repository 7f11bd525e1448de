/**
 * Schemas of the room writes: a room travels as the GeoJSON Feature that
 * GET /api/rooms/{id} answers, without the fields the server derives
 * (`host_name`, `commune_name`). Unknown fields are refused. Equipment slugs
 * and coordinate ranges are checked by the service, which names what is wrong.
 */
import { Type, type Static } from 'typebox'
import { Line, Name, Text } from '../shared/text-schemas.js'
import { EQUIPMENT } from '../../db/schema/rooms.js'
import { PointGeometry } from '../shared/geojson-schemas.js'

const Point = Type.Object(PointGeometry.properties, { additionalProperties: false })

const fields = {
  name: Name({ minLength: 1, maxLength: 200 }),
  description: Text({ maxLength: 10_000, description: 'plain text; line breaks kept' }),
  address: Line({ maxLength: 500 }),
  commune: Type.String({ pattern: '^[0-9][0-9AB][0-9]{3}$', description: 'INSEE code of the commune' }),
  capacity: Type.Integer({ minimum: 1, maximum: 100_000, description: 'people' }),
  surface: Type.Union([Type.Number({ exclusiveMinimum: 0, maximum: 1_000_000, description: 'm²' }), Type.Null()]),
  equipment: Type.Array(Type.String({ maxLength: 60 }), { maxItems: 50, uniqueItems: true, description: EQUIPMENT.join(', ') }),
  step_free: Type.Boolean(),
  free: Type.Boolean(),
  conditions: Text({ maxLength: 5_000, description: 'price or contribution in kind, as text' }),
  rules: Text({ maxLength: 10_000 }),
  status: Type.Enum(['published', 'hidden']),
}

export const RoomCreateBody = Type.Object({
  type: Type.Literal('Feature'),
  geometry: Point,
  properties: Type.Object({
    name: fields.name,
    host_id: Type.String({ format: 'uuid', description: 'the host organisation (an initiative you are a member of)' }),
    capacity: fields.capacity,
    description: Type.Optional(fields.description),
    address: Type.Optional(fields.address),
    commune: Type.Optional(fields.commune),
    surface: Type.Optional(fields.surface),
    equipment: Type.Optional(fields.equipment),
    step_free: Type.Optional(fields.step_free),
    free: Type.Optional(fields.free),
    conditions: Type.Optional(fields.conditions),
    rules: Type.Optional(fields.rules),
    status: Type.Optional(fields.status),
  }, { additionalProperties: false }),
}, { additionalProperties: false })
export type RoomCreateBody = Static<typeof RoomCreateBody>

/** A partial change: any properties and/or the point; the host does not change. */
export const RoomChangeBody = Type.Object({
  type: Type.Optional(Type.Literal('Feature')),
  geometry: Type.Optional(Point),
  properties: Type.Optional(Type.Object({
    name: Type.Optional(fields.name),
    description: Type.Optional(fields.description),
    address: Type.Optional(fields.address),
    commune: Type.Optional(fields.commune),
    capacity: Type.Optional(fields.capacity),
    surface: Type.Optional(fields.surface),
    equipment: Type.Optional(fields.equipment),
    step_free: Type.Optional(fields.step_free),
    free: Type.Optional(fields.free),
    conditions: Type.Optional(fields.conditions),
    rules: Type.Optional(fields.rules),
    status: Type.Optional(fields.status),
  }, { additionalProperties: false })),
}, { additionalProperties: false })
export type RoomChangeBody = Static<typeof RoomChangeBody>
