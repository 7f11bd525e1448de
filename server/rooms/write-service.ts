/**
 * Rules of the room writes: a member of the host organisation (or a
 * moderator) creates and changes its rooms, hides and publishes them. Every
 * value the schema cannot judge alone (equipment slugs, coordinates, the
 * commune, the host) is checked here, each bad one named.
 */
import type { Account } from '../accounts/repository.js'
import { EQUIPMENT } from '../../db/schema/rooms.js'
import { Forbidden, Invalid, NotFound, Unauthorized, type FieldError } from '../shared/errors.js'
import type { RoomRepository } from './repository.js'
import { pointInFranceError } from '../shared/point-in-france.js'
import { actsFor } from '../accounts/acting-for.js'
import type { RoomValues, RoomWriteRepository } from './write-repository.js'
import type { RoomChangeBody, RoomCreateBody } from './write-schemas.js'

const KNOWN_EQUIPMENT: ReadonlySet<string> = new Set(EQUIPMENT)

type RoomProperties = NonNullable<RoomChangeBody['properties']>

export function createRoomWriteService({ rooms, writes }: { rooms: RoomRepository; writes: RoomWriteRepository }) {
  /** The bad fields among those given, each with why (empty when all are fine). */
  async function badFields(properties: RoomProperties, coordinates: number[] | undefined): Promise<FieldError[]> {
    const errors: FieldError[] = []
    const bad = (field: string, detail: string) => errors.push({ in: 'body', field, detail })
    if (properties.name !== undefined && properties.name.trim() === '') bad('properties.name', 'must not be blank')
    const unknown = (properties.equipment ?? []).filter((slug) => !KNOWN_EQUIPMENT.has(slug))
    if (unknown.length > 0) {
      bad('properties.equipment', `unknown equipment ${unknown.map((slug) => `"${slug}"`).join(', ')}; known: ${EQUIPMENT.join(', ')}`)
    }
    const pointError = coordinates && pointInFranceError(coordinates, 'geometry.coordinates')
    if (pointError) errors.push(pointError)
    if (properties.commune !== undefined && !(await writes.isCommune(properties.commune))) {
      bad('properties.commune', `"${properties.commune}" is not the INSEE code of a current commune`)
    }
    return errors
  }

  function values(properties: RoomProperties, coordinates: number[] | undefined): RoomValues {
    const { step_free: stepFree, ...rest } = properties
    return {
      ...rest,
      ...(properties.name === undefined ? {} : { name: properties.name.trim() }),
      ...(stepFree === undefined ? {} : { stepFree }),
      ...(coordinates === undefined ? {} : { location: coordinates as [number, number] }),
    }
  }

  function refuse(errors: FieldError[]): never {
    throw new Invalid(errors.map((error) => `${error.field}: ${error.detail}`).join('; '), errors)
  }

  /** The room as GET /api/rooms/{id} gives it, whatever its status. */
  async function feature(id: string): Promise<string> {
    const room = await rooms.findFeature(id)
    if (!room) throw new NotFound('No such room.')
    return room.feature
  }

  return {
    /** A new room of `host_id`; answers its Feature (JSON text). */
    async create(actor: Account | null, body: RoomCreateBody): Promise<{ id: string; feature: string }> {
      if (!actor) throw new Unauthorized()
      const { host_id: hostId, ...properties } = body.properties
      if (!actsFor(actor, hostId)) throw new Forbidden('Only a member of the host organisation may add its rooms.')
      const errors = await badFields(properties, body.geometry.coordinates)
      if (!(await writes.isPublishedOrganisation(hostId))) {
        errors.push({ in: 'body', field: 'properties.host_id', detail: 'is not a published organisation' })
      }
      if (errors.length > 0) refuse(errors)
      const id = await writes.insert(hostId, {
        ...values(properties, body.geometry.coordinates),
        name: properties.name.trim(),
        capacity: properties.capacity,
        location: body.geometry.coordinates as [number, number],
      })
      return { id, feature: await feature(id) }
    },

    /** Changes a room (partly), hides or publishes it; answers its Feature (JSON text). */
    async change(actor: Account | null, id: string, body: RoomChangeBody): Promise<string> {
      if (!actor) throw new Unauthorized()
      const hostId = await writes.findHost(id)
      if (hostId === undefined) throw new NotFound('No such room.')
      if (!actsFor(actor, hostId)) throw new Forbidden('Only a member of the host organisation may change its rooms.')
      const properties = body.properties ?? {}
      const coordinates = body.geometry?.coordinates
      const errors = await badFields(properties, coordinates)
      if (errors.length > 0) refuse(errors)
      const changes = values(properties, coordinates)
      if (Object.keys(changes).length > 0) await writes.update(id, changes)
      return feature(id)
    },
  }
}

export type RoomWriteService = ReturnType<typeof createRoomWriteService>
